/**
 * Task assignments (who is asked to do what, when, where, for whom), time windows, settings, rosters and debriefs.
 */
@PeerStyle
package org.peerwork.model.assignment;

import org.peerwork.model.PeerStyle;
