/**
 * Boundary norms: the peer and clinical {@link org.peerwork.model.boundary.NormSet norm sets}, {@link org.peerwork.model.boundary.Verdict verdicts}, and the bundled {@link org.peerwork.model.boundary.BoundaryNorms norm table} an agency can overlay.
 */
@PeerStyle
package org.peerwork.model.boundary;

import org.peerwork.model.PeerStyle;
