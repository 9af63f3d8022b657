/** The assignment rules. */
package org.peerwork.rules.assignment;
