/**
 * Supervision: supervisor kinds, the study's six supervisor traits, frequencies, and supervision arrangements.
 */
@PeerStyle
package org.peerwork.model.supervision;

import org.peerwork.model.PeerStyle;
