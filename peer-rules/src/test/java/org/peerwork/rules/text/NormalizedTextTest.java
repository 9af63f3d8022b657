package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Normalisation and its offset map. */
class NormalizedTextTest {

  private static String norm(String s) {
    return NormalizedText.of(s).toString();
  }

  @Test
  void foldsCaseSpacesDashesQuotesAndShorthand() {
    assertThat(norm("  Self\u2010Disclosure\u00A0and\tCo-Facilitate  ")).isEqualTo("self disclosure and co facilitate");
    assertThat(norm("Don\u2019t \u201Cdiagnose\u201D \u2014 ever")).isEqualTo("don't \"diagnose\" - ever");
    assertThat(norm("w/ clients & w/o pay")).isEqualTo("with clients and without pay");
    assertThat(norm("client's home, clients' homes")).isEqualTo("client home, clients homes");
    assertThat(norm("R\u00E9sum\u00E9 \uFB01le")).isEqualTo("resume file");
    assertThat(norm("a\u200Bb\u00ADc\u0007d")).isEqualTo("abc d");
    assertThat(norm("\u2022 item")).isEqualTo("; item");
  }

  @Test
  void everyNormalisedCharacterMapsBackIntoTheOriginal() {
    String s = "Caf\u00E9 w/ \u201Cclients\u201D & \uD83D\uDE00 e\u0301 \uD800 end";
    NormalizedText n = NormalizedText.of(s);
    for (int i = 0; i < n.length(); i++) {
      assertThat(n.originalStart(i)).isBetween(0, s.length());
      assertThat(n.originalEnd(i)).isBetween(n.originalStart(i), s.length());
    }
    int w = n.toString().indexOf("with");
    assertThat(s.substring(n.originalStart(w), n.originalEnd(w + 3))).isEqualTo("w/");
  }

  @Test
  void aRegionMapsIntoTheWholeText() {
    String s = "xxx Diagnose yyy";
    NormalizedText n = NormalizedText.of(s, 4, 12);
    assertThat(n.toString()).isEqualTo("diagnose");
    assertThat(n.originalStart(0)).isEqualTo(4);
    assertThat(n.originalEnd(n.length() - 1)).isEqualTo(12);
  }

  /** Each normalised character with the original span it maps to, as in normalization-cases.tsv; offsets shifted by {@code shift}. */
  static String map(NormalizedText n, int shift) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n.length(); i++) {
      if (i > 0) {
        b.append(' ');
      }
      char c = n.charAt(i);
      b.append(c == ' ' ? "_" : c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? String.valueOf(c) : String.format("\\u%04X", (int) c));
      b.append(n.originalStart(i) - shift).append('-').append(n.originalEnd(i) - shift);
      if (n.isWordChar(i)) {
        b.append('w');
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  @Test
  void everyCaseMapsEachCharacterBackToItsOriginalSpan() throws IOException {
    List<String> lines = Resources.lines("normalization-cases.tsv");
    assertThat(lines).hasSizeGreaterThan(50);
    for (String line : lines) {
      String[] c = line.split("\t", 2);
      String input = unescape(c[0]);
      assertThat(map(NormalizedText.of(input), 0)).as("normalising %s", c[0]).isEqualTo(c[1]);
      // the same text as a region of a longer one maps into the longer text
      String longer = "Xy " + input + " zZ";
      NormalizedText region = NormalizedText.of(longer, 3, 3 + input.length());
      assertThat(map(region, 3)).as("normalising %s as a region", c[0]).isEqualTo(c[1]);
      assertThat(region.originalFrom()).isEqualTo(3);
      assertThat(region.originalTo()).isEqualTo(3 + input.length());
    }
  }
}
