package org.peerwork.rules.text;

import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.ContextFlag;

/**
 * One lexicon phrase found in a duty statement: the category it signals, where the words are in the
 * original text, the exact words, the lexicon phrase they matched, and the context that applied.
 */
@Value.Immutable
abstract class DutyEvidenceDef {

  /** The activity category the phrase signals. */
  public abstract ActivityCategory getCategory();

  /** Where the words are, in offsets of the text that was classified (the posting, for a parsed duty). */
  public abstract TextSpan getSpan();

  /** The exact words of the text at {@link #getSpan()}. */
  public abstract String getQuote();

  /** The lexicon phrase, normalised; "..." marks a gap. */
  public abstract String getMatchedPhrase();

  /** Context that applied: negated, excluded section, hypothetical, another actor, referral, pseudo-negation. */
  public abstract Set<ContextFlag> getContext();

  /**
   * True when the statement asks the role to do this. Not when negated or listed as excluded; for
   * clinical work and power over the person, not when another actor does it or the person is referred
   * to it ("refers for assessment"); for chores and prohibited conduct, not when another actor does it
   * ("teaches members how to do their laundry"). Peer and supporting work still counts in those
   * contexts ("attends team meetings where the psychiatrist reviews medication" is a team meeting).
   * Hypotheticals ("may be asked to") still count.
   */
  @Value.Derived
  public boolean isAffirmed() {
    Set<ContextFlag> c = getContext();
    if (c.contains(ContextFlag.NEGATED) || c.contains(ContextFlag.EXCLUDED_SECTION)) {
      return false;
    }
    DutyLabel label = DutyLabel.of(getCategory());
    if (label == DutyLabel.CLINICAL) {
      return !c.contains(ContextFlag.OTHER_ACTOR) && !c.contains(ContextFlag.REFERRAL);
    }
    if (label == DutyLabel.OUTSIDE_ROLE) {
      return !c.contains(ContextFlag.OTHER_ACTOR);
    }
    return true;
  }

  /** True when the statement says the role does NOT do this (negated, or in a does-not-do list). */
  @Value.Derived
  public boolean isNegated() {
    return getContext().contains(ContextFlag.NEGATED) || getContext().contains(ContextFlag.EXCLUDED_SECTION);
  }

  @Override
  public String toString() {
    return getCategory() + " \"" + getQuote() + "\" " + getSpan() + (getContext().isEmpty() ? "" : " " + getContext());
  }
}
