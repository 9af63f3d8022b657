package org.peerwork.rules.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peerwork.model.job.Duty;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.policy.LexiconPhrase;

/**
 * Classifies a duty statement written in words: which activity categories it names, whether the
 * role is asked to do them (or the statement negates them, lists them as not done, gives them to
 * another actor or refers the person on), and the resulting {@link DutyLabel}.
 *
 * <pre>{@code
 * DutyClassification c = DutyClassifier.standard().classify("Does not diagnose or provide therapy.");
 * c.getLabel();    // Optional[NEGATED_CLINICAL]
 * c.getEvidence(); // DIAGNOSIS "diagnose" [NEGATED], PSYCHOTHERAPY "therapy" [NEGATED]
 * }</pre>
 *
 * <p>Safe on any string: it never throws for a non-null text (empty, binary, lone surrogates, very
 * long), and runs in time linear in the text. Text after the first {@value #MAX_CHARS} characters is
 * not read. Immutable and thread-safe.
 */
public final class DutyClassifier {

  /** The most characters of one text the classifier reads. */
  public static final int MAX_CHARS = 1_000_000;

  private static volatile DutyClassifier standard;

  private final DutyLexicon lexicon;

  private DutyClassifier(DutyLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The classifier with the bundled lexicon, built on first use. */
  public static DutyClassifier standard() {
    DutyClassifier s = standard;
    if (s == null) {
      synchronized (DutyClassifier.class) {
        s = standard;
        if (s == null) {
          s = new DutyClassifier(DutyLexicon.standard());
          standard = s;
        }
      }
    }
    return s;
  }

  /** A classifier with this lexicon. */
  public static DutyClassifier of(DutyLexicon lexicon) {
    return new DutyClassifier(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /** This classifier with an agency's phrases added to its lexicon (see {@link DutyLexicon#withExtraPhrases}). */
  public DutyClassifier withExtraPhrases(Collection<LexiconPhrase> extra) {
    Objects.requireNonNull(extra, "extra");
    return extra.isEmpty() ? this : new DutyClassifier(lexicon.withExtraPhrases(extra));
  }

  /** The lexicon in use. */
  public DutyLexicon lexicon() {
    return lexicon;
  }

  /** Classifies a duty statement; evidence spans are offsets into {@code text}. */
  public DutyClassification classify(String text) {
    Objects.requireNonNull(text, "text");
    return classify(text, 0, text.length(), false);
  }

  /**
   * Classifies a duty statement; {@code excluded} says it is listed under a heading such as "What the
   * peer specialist does NOT do", so every activity it names counts as not done.
   */
  public DutyClassification classify(String text, boolean excluded) {
    Objects.requireNonNull(text, "text");
    return classify(text, 0, text.length(), excluded);
  }

  /**
   * Classifies a duty of a job description. When the duty carries a span into {@code sourceText} that
   * quotes its text, evidence spans are offsets into the source text; otherwise into the duty's text.
   */
  public DutyClassification classify(Duty duty, Optional<String> sourceText) {
    Objects.requireNonNull(duty, "duty");
    Objects.requireNonNull(sourceText, "sourceText");
    Optional<TextSpan> inSource = spanInSource(duty, sourceText);
    if (inSource.isPresent()) {
      TextSpan s = inSource.get();
      return classify(sourceText.get(), s.getStart(), s.getEnd(), duty.isExcluded());
    }
    return classify(duty.getText(), 0, duty.getText().length(), duty.isExcluded());
  }

  /** The duty's span when it lies inside the source text and quotes the duty's text exactly. */
  public static Optional<TextSpan> spanInSource(Duty duty, Optional<String> sourceText) {
    if (duty.getSpan().isEmpty() || sourceText.isEmpty()) {
      return Optional.empty();
    }
    TextSpan s = duty.getSpan().get();
    String src = sourceText.get();
    if (!s.fitsIn(src.length()) || !src.regionMatches(s.getStart(), duty.getText(), 0, duty.getText().length())
        || s.length() != duty.getText().length()) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** Classifies {@code source[from, to)}; evidence spans are offsets into {@code source}. */
  public DutyClassification classify(CharSequence source, int from, int to, boolean excluded) {
    Objects.requireNonNull(source, "source");
    if (from < 0 || to > source.length() || from > to) {
      throw new IndexOutOfBoundsException("region [" + from + ", " + to + ") is outside a text of length " + source.length());
    }
    int end = Math.min(to, from + MAX_CHARS);
    if (end < to && end > from && Character.isHighSurrogate(source.charAt(end - 1))) {
      end--;
    }
    return classification(source, Analysis.run(lexicon, source, from, end, excluded));
  }

  /** The classification of an analysis of {@code source} (duty phrases read). */
  static DutyClassification classification(CharSequence source, Analysis a) {
    NormalizedText nt = a.text();
    List<DutyEvidence> evidence = new ArrayList<>();
    for (Analysis.Item it : a.items()) {
      DutyLexicon.Entry e = it.entry;
      if (e == null || e.category() == null) {
        continue;
      }
      boolean negated = it.has(ContextFlag.NEGATED) || it.has(ContextFlag.EXCLUDED_SECTION);
      if (e.negatedOnly() && !negated) {
        continue;
      }
      int s = nt.originalStart(it.start);
      int t = nt.originalEnd(it.end - 1);
      evidence.add(DutyEvidence.builder()
          .category(e.category())
          .span(TextSpan.of(s, t))
          .quote(source.subSequence(s, t).toString())
          .matchedPhrase(e.phrase())
          .context(flags(it))
          .build());
    }
    return decide(evidence);
  }

  /** The context flags of an analysed item. */
  static Set<ContextFlag> flags(Analysis.Item it) {
    if (it.flags == 0) {
      return Set.of();
    }
    Set<ContextFlag> flags = EnumSet.noneOf(ContextFlag.class);
    for (ContextFlag f : ContextFlag.values()) {
      if (it.has(f)) {
        flags.add(f);
      }
    }
    return flags;
  }

  /** The label by precedence, the deciding category, and a confidence. */
  static DutyClassification decide(List<DutyEvidence> evidence) {
    DutyLabel label = null;
    List<DutyEvidence> deciding = new ArrayList<>();
    for (DutyEvidence e : evidence) {
      DutyLabel l = e.isAffirmed() ? DutyLabel.of(e.getCategory())
          : e.isNegated() && DutyLabel.of(e.getCategory()) == DutyLabel.CLINICAL ? DutyLabel.NEGATED_CLINICAL
          : null;
      if (l == null) {
        continue;
      }
      if (label == null || l.precedence() < label.precedence()) {
        label = l;
        deciding.clear();
        deciding.add(e);
      } else if (l == label) {
        deciding.add(e);
      }
    }
    DutyClassification.Builder b = DutyClassification.builder().evidence(evidence);
    if (label == null) {
      return b.confidence(0.0).build();
    }
    DutyEvidence main = deciding.get(0);
    int mainWords = words(main.getMatchedPhrase());
    for (DutyEvidence e : deciding) {
      int w = words(e.getMatchedPhrase());
      if (w > mainWords) {
        main = e;
        mainWords = w;
      }
    }
    double confidence = 0.55 + 0.1 * Math.min(mainWords, 3);
    if (deciding.size() > 1) {
      confidence += 0.05;
    }
    if (main.getContext().contains(ContextFlag.HYPOTHETICAL)) {
      confidence -= 0.15;
    }
    for (DutyEvidence e : evidence) {
      if (e.isAffirmed() && DutyLabel.of(e.getCategory()) != label) {
        confidence -= 0.1;
        break;
      }
    }
    confidence = Math.max(0.05, Math.min(0.95, confidence));
    return b.label(label).category(main.getCategory()).confidence(Math.round(confidence * 100) / 100.0).build();
  }

  private static int words(String phrase) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < phrase.length(); i++) {
      boolean w = Character.isLetterOrDigit(phrase.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  @Override
  public String toString() {
    return "DutyClassifier(" + lexicon + ")";
  }
}
