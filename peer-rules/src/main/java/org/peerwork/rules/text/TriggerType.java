package org.peerwork.rules.text;

/**
 * The kinds of context trigger in {@code context-triggers.tsv}, after NegEx (Chapman et al. 2001) and
 * ConText (Harkema et al. 2009). The file documents each kind; {@code docs/lexicon.md} explains them
 * with examples.
 */
enum TriggerType {
  /** Negation before the phrase, scope forward: "does not", "no", "never", "rather than". */
  NEGATION_PRE(true, 15),
  /** Negation after the phrase, scope backward: "is excluded", "is not part of this role". */
  NEGATION_POST(false, 12),
  /** Looks like a negation but is not: "not only", "no less than", "not limited to". */
  PSEUDO(true, 0),
  /** Ends every scope: "but", "however", "except". */
  TERMINATION(true, 0),
  /** Hypothetical, scope forward; the duty still counts: "may be asked to", "as needed". */
  HYPOTHETICAL(true, 30),
  /** Another actor does it, scope forward: "who", "where the", "in which". */
  OTHER_ACTOR_PRE(true, 12),
  /** Another actor does it, scope backward: "is done by the clinical team". */
  OTHER_ACTOR_POST(false, 12),
  /** A referral, scope forward: "refers", "connects to", "warm handoff". */
  REFERRAL(true, 10),
  /**
   * What follows is only the topic of something else, not an activity: "trainings on motivational
   * interviewing", "bills peer support services". Phrases in its scope are not evidence at all.
   */
  TOPIC(true, 6),
  /**
   * A new clause's subject ("you", "the peer specialist", "they"): after a comma or a dash it ends
   * every scope, as cTAKES' boundary words do.
   */
  CLAUSE_SUBJECT(true, 0);

  private final boolean forward;
  private final int defaultScope;

  TriggerType(boolean forward, int defaultScope) {
    this.forward = forward;
    this.defaultScope = defaultScope;
  }

  /** True when the scope runs forward from the trigger. */
  boolean forward() {
    return forward;
  }

  /** The default scope in words. */
  int defaultScope() {
    return defaultScope;
  }
}
