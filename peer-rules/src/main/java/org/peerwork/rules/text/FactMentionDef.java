package org.peerwork.rules.text;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.ContextFlag;

/**
 * A fact a posting states, where it states it, and the statement it is in: "Peer specialists take
 * calls on their days off" gives {@link PostingFact#CALLS_ON_DAYS_OFF}.
 */
@Value.Immutable
abstract class FactMentionDef {

  /** The fact. */
  public abstract PostingFact getFact();

  /** The cue's words in the posting. */
  public abstract TextSpan getSpan();

  /** The exact words at {@link #getSpan()}. */
  public abstract String getQuote();

  /** The whole statement (sentence or list item) the cue is in. */
  public abstract TextSpan getStatement();

  /** The section the statement is in. */
  public abstract SectionKind getSection();

  /** Context that applied to the cue (a negated cue states the opposite). */
  public abstract Set<ContextFlag> getContext();

  /** An argument of the cue, e.g. the training topic. */
  public abstract Optional<String> getArgument();

  /** True unless the cue is negated or in a does-not-do list. */
  @Value.Derived
  public boolean isAffirmed() {
    return !getContext().contains(ContextFlag.NEGATED) && !getContext().contains(ContextFlag.EXCLUDED_SECTION);
  }

  @Override
  public String toString() {
    return getFact() + " \"" + getQuote() + "\" " + getSpan() + (getContext().isEmpty() ? "" : " " + getContext());
  }
}
