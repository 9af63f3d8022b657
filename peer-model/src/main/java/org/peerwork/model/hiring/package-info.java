/**
 * Hiring (study theme 2): readiness areas, desired traits and red flags as what an interview guide should cover, position kinds, peer involvement, interview panels and questions, hiring plans.
 *
 * <p>Nothing here describes, scores, ranks or screens a candidate: these values describe a hiring
 * process, and the rules check the process.
 */
@PeerStyle
package org.peerwork.model.hiring;

import org.peerwork.model.PeerStyle;
