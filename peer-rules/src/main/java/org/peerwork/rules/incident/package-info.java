/**
 * The incident review rules (study theme 1, work role and boundaries): a reprimand, written
 * warning or boundary-violation finding against a peer for an activity peer norms expect or permit
 * is a clinical norm applied to a peer (WARNING); one for an activity peer norms prohibit too is
 * confirmed as a real peer boundary breach (INFO). Both findings carry the verdicts of both norm
 * sets. These checks look at how a review judged an activity, never at the person reviewed, who
 * appears only as an opaque id.
 */
package org.peerwork.rules.incident;
