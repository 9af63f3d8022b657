package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
