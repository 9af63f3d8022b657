package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
