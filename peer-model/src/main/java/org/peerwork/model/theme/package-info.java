/** The study's six themes, the axis along which findings are grouped. */
package org.peerwork.model.theme;
