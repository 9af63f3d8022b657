/**
 * The supervision arrangement rules (study theme 4, work support): whether a clinical supervisor
 * of peers is trained on working with peers, whether the study's six supervisor traits are part of
 * the supervisor's expectations, whether peers have regular access to their supervisor and
 * debriefing when they need it, and whether supervision is as frequent as the standard in force
 * (IC&amp;RC's weekly by default, or the agency's own policy). Like every peerwork check, these
 * look at the arrangement, never at how a supervisor or a peer performs.
 */
package org.peerwork.rules.supervision;
