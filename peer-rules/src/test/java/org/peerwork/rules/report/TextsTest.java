package org.peerwork.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small text helpers of the renderers. */
class TextsTest {

  @Test
  void theFirstSentenceEndsAtAFullStopBeforeACapital() {
    assertThat(Texts.firstSentence("Name the supervisor. Then assign the task.")).isEqualTo("Name the supervisor.");
    assertThat(Texts.firstSentence("Use e.g. a peer. Then go on.")).isEqualTo("Use e.g. a peer.");
    assertThat(Texts.firstSentence("Ends here. ")).isEqualTo("Ends here. ");
    assertThat(Texts.firstSentence("One. 2 is a number. Next")).isEqualTo("One. 2 is a number.");
    assertThat(Texts.firstSentence("No full stop at all")).isEqualTo("No full stop at all");
    assertThat(Texts.firstSentence(". A")).isEqualTo(".");
    assertThat(Texts.firstSentence("")).isEmpty();
  }

  @Test
  void everyKindOfLineBreakBecomesALineFeed() {
    assertThat(Texts.normaliseLineBreaks("a\r\nb\rc\u2028d\u2029e\nf")).isEqualTo("a\nb\nc\nd\ne\nf");
    assertThat(Texts.normaliseLineBreaks("only\r")).isEqualTo("only\n");
    assertThat(Texts.normaliseLineBreaks("only\u2028")).isEqualTo("only\n");
    assertThat(Texts.normaliseLineBreaks("only\u2029")).isEqualTo("only\n");
    String plain = "no breaks\n";
    assertThat(Texts.normaliseLineBreaks(plain)).isSameAs(plain);
    assertThat(Texts.oneLine("a\r\n\r\nb\nc")).isEqualTo("a b c");
    assertThat(Texts.oneLine("a\rb")).isEqualTo("a b");
    String one = "one line";
    assertThat(Texts.oneLine(one)).isSameAs(one);
  }
}
