/**
 * Activities: the {@link org.peerwork.model.activity.ActivityCategory categories} of the boundary norm table, procedure codes (HCPCS, CPT, local) and the bundled code catalog.
 */
@PeerStyle
package org.peerwork.model.activity;

import org.peerwork.model.PeerStyle;
