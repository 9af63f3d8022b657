/**
 * Populations a task may serve that call for specific training.
 */
@PeerStyle
package org.peerwork.model.population;

import org.peerwork.model.PeerStyle;
