/**
 * Agencies (the study's three types), their governance and teams.
 */
@PeerStyle
package org.peerwork.model.organization;

import org.peerwork.model.PeerStyle;
