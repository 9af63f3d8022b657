package org.peerwork.rules.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.RuleContext;

/**
 * How one lexicon reads one posting text, in one pass: its layout (title, sections, statements),
 * the fact cues it states, and the duty classification of every statement.
 *
 * <p>The {@link PostingParser} makes one while it parses, and the job description rules of one
 * check share it through {@link #of(RuleContext, String)}, so a posting is read once per check, not
 * once per rule. It is an ordinary immutable value made per text: nothing is kept between checks or
 * per thread.
 */
public final class PostingReading {

  /** Where the rules of one check share the reading of the job description's source text. */
  public static final RuleContext.Key<PostingReading> KEY = RuleContext.Key.named("posting reading");

  private final String text;
  private final DutyLexicon lexicon;
  final PostingParser.Layout layout;
  private final List<FactMention> facts;
  private final Map<Long, DutyClassification> classifications;

  PostingReading(String text, DutyLexicon lexicon, PostingParser.Layout layout, List<FactMention> facts,
      Map<Long, DutyClassification> classifications) {
    this.text = text;
    this.lexicon = lexicon;
    this.layout = layout;
    this.facts = List.copyOf(facts);
    this.classifications = Map.copyOf(classifications);
  }

  /**
   * The reading of a job description's source text that the rules of the current check share: the
   * parser's own when the check started from a posting ({@code PeerChecks.checkPosting}), else read
   * with the bundled lexicon the first time a rule asks. Outside a check, read anew on each call.
   */
  public static PostingReading of(RuleContext context, String sourceText) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(sourceText, "sourceText");
    return context.shared(KEY, sourceText, () -> PostingParser.standard().read(sourceText));
  }

  /** The reading of the posting behind this job description, if it has a source text. */
  public static Optional<PostingReading> of(RuleContext context, JobDescription jd) {
    return jd.getSourceText().map(t -> of(context, t));
  }

  /** The text read (after the parser's length cap). */
  public String text() {
    return text;
  }

  /** The lexicon it was read with. */
  public DutyLexicon lexicon() {
    return lexicon;
  }

  /** The statements (list items and sentences outside headings), in text order. */
  public List<TextSpan> statements() {
    return layout.statementSpans();
  }

  /** The fact cues, in text order, with their context. */
  public List<FactMention> facts() {
    return facts;
  }

  /**
   * The classification of {@code text[from, to)} by {@code classifier}: the one made while reading
   * when the region is one of the statements and the classifier uses this reading's lexicon, else
   * worked out now. Either way the same value as {@code classifier.classify(text, from, to, excluded)}.
   */
  public DutyClassification classify(DutyClassifier classifier, int from, int to, boolean excluded) {
    if (classifier.lexicon() == lexicon) {
      DutyClassification known = classifications.get(key(from, to, excluded));
      if (known != null) {
        return known;
      }
    }
    return classifier.classify(text, from, to, excluded);
  }

  /** A key for a region and the excluded flag. */
  static long key(int from, int to, boolean excluded) {
    return ((long) from << 32) | ((long) to << 1) | (excluded ? 1 : 0);
  }

  @Override
  public String toString() {
    return "PostingReading{" + text.length() + " chars, " + layout.statements.size() + " statements, " + facts.size() + " facts}";
  }
}
