/**
 * Agency and state policy overlays: thresholds with cited defaults, severity overrides, disabled
 * rules, extra lexicon phrases and codes, norm verdict overrides.
 */
@PeerStyle
package org.peerwork.rules.policy;

import org.peerwork.model.PeerStyle;
