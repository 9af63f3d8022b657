/**
 * Character spans into the original text of a document.
 */
@PeerStyle
package org.peerwork.model.text;

import org.peerwork.model.PeerStyle;
