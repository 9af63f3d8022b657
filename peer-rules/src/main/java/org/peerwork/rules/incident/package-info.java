/** The incident rules. */
package org.peerwork.rules.incident;
