/**
 * Incident and disciplinary reviews of a staff member's activity, with the norm set the reviewer applied.
 */
@PeerStyle
package org.peerwork.model.incident;

import org.peerwork.model.PeerStyle;
