package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import static org.peerwork.model.testing.Tries.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The automaton finds every occurrence, overlapping and nested, in one pass. */
class AhoCorasickTest {

  @Test
  void findsEveryOccurrence() {
    AhoCorasick ac = new AhoCorasick(List.of("he", "she", "his", "hers", "\u00E9t\u00E9"));
    List<String> hits = new ArrayList<>();
    String text = "ushers \u00E9t\u00E9";
    ac.scan(text, (p, end) -> hits.add(p + "@" + (end - ac.patternLength(p))));
    assertThat(hits).containsExactlyInAnyOrder("1@1", "0@2", "3@2", "4@7");
  }

  @Test
  void emptyPatternsAndEmptyTexts() {
    AhoCorasick ac = new AhoCorasick(List.of("", "a"));
    List<Integer> hits = new ArrayList<>();
    ac.scan("", (p, end) -> hits.add(p));
    ac.scan("aa", (p, end) -> hits.add(p));
    assertThat(hits).containsExactly(1, 1);
  }

  /** Letters, a digit, a space, punctuation, accented and non-Latin characters: enough to branch past the dense threshold. */
  private static final String ALPHABET = "abcdefghijkl 1.-'\u00E9\u20AC\u4E2D";

  private static Gen<String> strings(int min, int max) {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(min, max)
        .map(l -> l.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).reduce("", String::concat));
  }

  /** Every (pattern, end) found by searching each pattern on its own. */
  private static Set<String> naive(List<String> patterns, String text) {
    Set<String> out = new TreeSet<>();
    for (int p = 0; p < patterns.size(); p++) {
      String pat = patterns.get(p);
      if (pat.isEmpty()) {
        continue;
      }
      for (int at = text.indexOf(pat); at >= 0; at = text.indexOf(pat, at + 1)) {
        out.add(p + "@" + (at + pat.length()));
      }
    }
    return out;
  }

  @Test
  void findsExactlyWhatANaiveSearchFinds() {
    Gen<List<String>> distinct = lists().of(strings(0, 5)).ofSizeBetween(1, 60).map(l -> List.copyOf(new java.util.LinkedHashSet<>(l)));
    qt().withExamples(300).forAll(distinct, strings(0, 80)).checkAssert((patterns, text) -> {
      AhoCorasick ac = new AhoCorasick(patterns);
      Set<String> want = naive(patterns, text);
      Set<String> fromSequence = new TreeSet<>();
      ac.scan(text, (p, end) -> fromSequence.add(p + "@" + end));
      Set<String> fromChars = new TreeSet<>();
      ac.scan(text.toCharArray(), text.length(), (p, end) -> fromChars.add(p + "@" + end));
      assertThat(fromSequence).isEqualTo(want);
      assertThat(fromChars).isEqualTo(want);
      // with word characters: every occurrence that can end a whole word is reported, and nothing that does not occur
      boolean[] word = new boolean[text.length()];
      for (int i = 0; i < text.length(); i++) {
        word[i] = Character.isLetterOrDigit(text.charAt(i));
      }
      Set<String> wordHits = new TreeSet<>();
      ac.scan(text.toCharArray(), text.length(), word, (p, end) -> wordHits.add(p + "@" + end));
      assertThat(want).containsAll(wordHits);
      for (String h : want) {
        int p = Integer.parseInt(h.substring(0, h.indexOf('@')));
        int end = Integer.parseInt(h.substring(h.indexOf('@') + 1));
        String pat = patterns.get(p);
        boolean endsOpen = !Character.isLetterOrDigit(pat.charAt(pat.length() - 1));
        if (end >= text.length() || !word[end] || endsOpen) {
          assertThat(wordHits).as("%s in %s", pat, text).contains(h);
        }
      }
    });
  }

  @Test
  void aRepeatedPatternIsReportedUnderItsFirstIndex() {
    List<Integer> hits = new ArrayList<>();
    new AhoCorasick(List.of("b", "a", "a")).scan("a", (p, end) -> hits.add(p));
    assertThat(hits).containsExactly(1);
  }

  @Test
  void manyPatternsWithSharedPrefixesUseDenseRows() {
    List<String> patterns = new ArrayList<>();
    for (char a = 'a'; a <= 'l'; a++) {
      for (char b = 'a'; b <= 'l'; b++) {
        patterns.add("x" + a + b);
      }
    }
    AhoCorasick ac = new AhoCorasick(patterns);
    assertThat(ac.denseStates()).isGreaterThanOrEqualTo(2);
    assertThat(ac.states()).isEqualTo(1 + 1 + 12 + 144);
    assertThat(ac.patternLength(0)).isEqualTo(3);
    List<String> hits = new ArrayList<>();
    ac.scan("xxab xlla", (p, end) -> hits.add(patterns.get(p) + "@" + end));
    assertThat(hits).containsExactly("xab@4", "xll@8");
  }
}
