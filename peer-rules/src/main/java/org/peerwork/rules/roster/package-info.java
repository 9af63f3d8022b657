/** The roster rules. */
package org.peerwork.rules.roster;
