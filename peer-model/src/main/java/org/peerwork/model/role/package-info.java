/**
 * Roles, role kinds and the norm set each maps to; credentials and the bundled credential catalog; certification policies.
 */
@PeerStyle
package org.peerwork.model.role;

import org.peerwork.model.PeerStyle;
