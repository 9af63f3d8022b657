package org.peerwork.rules;

/**
 * Context found around a matched phrase in free text, in the style of NegEx and ConText. A finding's
 * evidence lists the flags that applied, so a reader can see why a phrase did or did not count.
 */
public enum ContextFlag {
  /** Negated: "does not diagnose", "no clinical assessments". */
  NEGATED,
  /** Inside a list or section of what the role must not do. */
  EXCLUDED_SECTION,
  /** Hypothetical: "may be asked to". Still a duty the posting asks for. */
  HYPOTHETICAL,
  /** Done by another actor: "supports clinicians who diagnose". */
  OTHER_ACTOR,
  /** A referral: "refers people for assessment". */
  REFERRAL,
  /** A pseudo-negation that does not negate: "not only ... but also". */
  PSEUDO_NEGATION
}
