/**
 * Workplace policy (study themes 3 to 5): work conditions, working from home, recorded challenges.
 */
@PeerStyle
package org.peerwork.model.workplace;

import org.peerwork.model.PeerStyle;
