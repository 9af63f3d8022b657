/**
 * The workplace policy rules (study themes 3 to 5: work-life balance, work support, challenges):
 * calls expected on days off, work from home without limits, no way to send a worn-out peer home
 * for self-care, crisis work without peer check-ins or debriefing, peer pay below comparable roles,
 * and too few peers on intensive treatment teams. Like every peerwork check, these look at the
 * agency's policy, never at how any person copes with it.
 */
package org.peerwork.rules.workplace;
