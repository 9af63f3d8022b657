package org.peerwork.rules.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peerwork.rules.text.DutyLexicon;

/**
 * Lexicon matching over 64 KiB of posting text (ASCII, so one character is one byte): peerwork's
 * duty lexicon (normalisation, one Aho-Corasick pass, whole words, longest-leftmost) against a
 * {@code java.util.regex} alternation of the same duty phrases and all their word forms
 * (case-insensitive, word-bounded, longest first). One operation is one character, so throughput in
 * ops/s divided by a million is MB/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LexiconBenchmark {

  static final int CHARS = 65_536;

  String text;
  DutyLexicon lexicon;
  Pattern alternation;

  /** The text, the lexicon and the regular expression, built once. */
  @Setup
  public void setUp() throws IOException {
    text = text(CHARS);
    lexicon = DutyLexicon.standard();
    List<String> forms = new ArrayList<>(lexicon.dutyPhraseForms());
    forms.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder re = new StringBuilder("\\b(?:");
    for (int i = 0; i < forms.size(); i++) {
      re.append(i == 0 ? "" : "|").append(Pattern.quote(forms.get(i)));
    }
    alternation = Pattern.compile(re.append(")\\b").toString(), Pattern.CASE_INSENSITIVE);
    if (lexicon.countMatches(text) == 0 || regexMatches() == 0) {
      throw new IllegalStateException("the text matches nothing: the comparison would be empty");
    }
  }

  /** The 2 KB sample posting. */
  static String posting() throws IOException {
    try (InputStream in = LexiconBenchmark.class.getResourceAsStream("posting-2kb.txt")) {
      if (in == null) {
        throw new IOException("posting-2kb.txt is missing from the bench resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Exactly {@code n} characters of posting text: the sample posting repeated. */
  static String text(int n) throws IOException {
    String p = posting();
    StringBuilder b = new StringBuilder(n + p.length());
    while (b.length() < n) {
      b.append(p).append('\n');
    }
    return b.substring(0, n);
  }

  /** peerwork's lexicon: normalise, match in one pass, resolve overlaps; per character. */
  @Benchmark
  @OperationsPerInvocation(CHARS)
  public int lexiconMatch() {
    return lexicon.countMatches(text);
  }

  /** A regular-expression alternation of the same phrases; per character. */
  @Benchmark
  @OperationsPerInvocation(CHARS)
  public int regexAlternation() {
    return regexMatches();
  }

  private int regexMatches() {
    Matcher m = alternation.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
