/** The supervision rules. */
package org.peerwork.rules.supervision;
