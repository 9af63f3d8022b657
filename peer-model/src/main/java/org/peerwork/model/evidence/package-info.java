/**
 * Evidence: {@link org.peerwork.model.evidence.Citation citations} of public
 * {@link org.peerwork.model.evidence.Source sources}, the bundled
 * {@link org.peerwork.model.evidence.SourceCatalog source catalog}, and the
 * {@link org.peerwork.model.evidence.Vocabulary} contract every closed vocabulary follows.
 *
 * <p>Nothing in peerwork is asserted without a source. A choice made by the peerwork developers
 * themselves cites {@link org.peerwork.model.evidence.SourceCatalog#PEERWORK} so it is visible as
 * such.
 */
@PeerStyle
package org.peerwork.model.evidence;

import org.peerwork.model.PeerStyle;
