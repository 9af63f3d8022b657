package org.peerwork.rules.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peerwork.rules.text.DutyLexicon;

/**
 * Lexicon matching throughput: the duty lexicon's one-pass Aho-Corasick matching (normalising the
 * text, whole words, longest-leftmost) against a {@code java.util.regex} alternation of the same
 * phrases (case-insensitive, word boundaries, longest first), on the same posting-like text. Average
 * time per pass over the text; MB/s = text size / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostingLexiconBenchmark {

  /** Characters of text per pass. */
  @Param({"65536"})
  public int chars;

  private String text;
  private DutyLexicon lexicon;
  private Pattern alternation;

  /** Builds the text, the lexicon and the regular expression of all the lexicon's duty phrase forms. */
  @Setup
  public void setUp() {
    text = BenchTexts.text(chars);
    lexicon = DutyLexicon.standard();
    List<String> phrases = new ArrayList<>(lexicon.dutyPhraseForms());
    phrases.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder("\\b(?:");
    for (int i = 0; i < phrases.size(); i++) {
      if (i > 0) {
        b.append('|');
      }
      b.append(Pattern.quote(phrases.get(i)));
    }
    b.append(")\\b");
    alternation = Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE);
    if (automaton() == 0 || regex() == 0) {
      throw new IllegalStateException("both matchers should find phrases in the text");
    }
  }

  /** One pass of the lexicon's automaton over the text. */
  @Benchmark
  public int automaton() {
    return lexicon.countMatches(text);
  }

  /** One pass of the regular-expression alternation over the text. */
  @Benchmark
  public int regex() {
    Matcher m = alternation.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
