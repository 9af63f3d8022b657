package org.peerwork.rules.text;

import java.util.List;
import org.immutables.value.Value;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.text.TextSpan;

/**
 * A plain-text posting read by the {@link PostingParser}: the job description the rules check, and
 * what the parser saw on the way, its sections, statements and stated facts, each with its span in
 * the original text.
 */
@Value.Immutable
abstract class ParsedPostingDef {

  /** The job description, with the original text as its source text. */
  public abstract JobDescription getJobDescription();

  /** The sections, in text order. */
  public abstract List<PostingSection> getSections();

  /** Every statement (list item or sentence) outside headings, in text order. */
  public abstract List<TextSpan> getStatements();

  /** Every fact cue found, in text order, with its context. */
  public abstract List<FactMention> getFacts();

  /**
   * How the parser read the text: its statements, fact cues and the classification of every
   * statement. A check of this posting's job description reuses it instead of reading the text again.
   * Not part of equality: it is worked out from the text.
   */
  @Value.Auxiliary
  public abstract PostingReading getReading();

  @Override
  public String toString() {
    return "ParsedPosting{" + getJobDescription() + ", " + getSections().size() + " sections, " + getFacts().size() + " facts}";
  }
}
