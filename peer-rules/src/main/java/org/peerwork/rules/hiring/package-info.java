/** The hiring rules. */
package org.peerwork.rules.hiring;
