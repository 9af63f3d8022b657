/** The job rules. */
package org.peerwork.rules.job;
