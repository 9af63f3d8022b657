/**
 * Staff members by opaque id: role, credentials, trainings, supervisor, working schedule and job description.
 */
@PeerStyle
package org.peerwork.model.staff;

import org.peerwork.model.PeerStyle;
