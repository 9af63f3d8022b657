/**
 * Training: the study's training needs as topics with audiences and populations, offerings and training plans.
 */
@PeerStyle
package org.peerwork.model.training;

import org.peerwork.model.PeerStyle;
