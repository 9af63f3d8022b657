/** The workplace rules. */
package org.peerwork.rules.workplace;
