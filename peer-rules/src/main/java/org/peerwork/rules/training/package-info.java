/** The training rules. */
package org.peerwork.rules.training;
