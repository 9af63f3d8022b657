package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a context trigger's scope ends, one row per rule of {@link Analysis}: sentence ends (and the
 * full stops that are not one), word limits exactly at the boundary, commas for clause triggers,
 * termination terms, a new clause's subject, a negation before a colon, backward triggers, and
 * phrases written with gaps. Each row gives a statement and what the classifier makes of each phrase
 * in it: the phrase's words and its context flags.
 */
class ContextScopeTest {

  private static final DutyClassifier CLASSIFIER = DutyClassifier.standard();

  /** "quote[FLAG,FLAG]" for each piece of evidence, in text order, joined by " / ". */
  static String read(String text) {
    List<String> out = new ArrayList<>();
    for (DutyEvidence e : CLASSIFIER.classify(text).getEvidence()) {
      out.add(e.getQuote() + e.getContext().stream().map(Enum::name).sorted().toList().toString().replace(" ", ""));
    }
    return String.join(" / ", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a full stop followed by a space and a capital ends the sentence, and the negation with it
      "Does not diagnose. Provides therapy.                    | diagnose[NEGATED] / Provides therapy[]",
      "Does not diagnose! Provides therapy.                    | diagnose[NEGATED] / Provides therapy[]",
      "Does not diagnose; provides therapy.                    | diagnose[NEGATED] / provides therapy[]",
      "Does not diagnose . Provides therapy.                   | diagnose[NEGATED] / Provides therapy[]",
      "Does not diagnose approximately. Provides therapy.      | diagnose[NEGATED] / Provides therapy[]",
      // full stops that do not end a sentence
      "Does not diagnose. provides therapy.                    | diagnose[NEGATED] / provides therapy[NEGATED]",
      "Does not diagnose etc. Provides therapy.                | diagnose[NEGATED] / Provides therapy[NEGATED]",
      "Does not diagnose, e.g. Provides therapy.               | diagnose[NEGATED] / Provides therapy[NEGATED]",
      "Does not diagnose per Dr. Provides therapy.             | diagnose[NEGATED] / Provides therapy[NEGATED]",
      "Does not diagnose plan B. Provides therapy.             | diagnose[NEGATED] / Provides therapy[NEGATED]",
      "Does not diagnose at 9 a.m. Provides therapy.           | diagnose[NEGATED] / Provides therapy[NEGATED]",
      "Does not diagnose.Provides therapy.                     | diagnose[NEGATED] / Provides therapy[NEGATED]",
      "Does not diagnose incl. Provides therapy.               | diagnose[NEGATED] / Provides therapy[NEGATED]",
      // a termination term ends every open scope; a colon does not end a sentence
      "Does not diagnose but provides therapy                  | diagnose[NEGATED] / provides therapy[]",
      "Does not diagnose; however, provides therapy            | diagnose[NEGATED] / provides therapy[]",
      "Never: diagnose, prescribe, or provide therapy          | diagnose[NEGATED] / prescribe[NEGATED] / provide therapy[NEGATED]",
      "Never: diagnose; prescribe; provide therapy             | diagnose[NEGATED] / prescribe[NEGATED] / provide therapy[NEGATED]",
      "Never: diagnose. Provides therapy                       | diagnose[NEGATED] / Provides therapy[]",
      "Never: diagnose? Provides therapy                       | diagnose[NEGATED] / Provides therapy[]",
      // a new clause's subject after a comma ends the scope
      "Does not diagnose, you will provide therapy             | diagnose[NEGATED] / provide therapy[]",
      "Does not diagnose and you will provide therapy          | diagnose[NEGATED] / provide therapy[NEGATED]",
      // backward triggers reach back within the sentence
      "Diagnosis and therapy are not permitted                 | Diagnosis[NEGATED] / therapy[NEGATED]",
      "Provides hope. Therapy is not permitted                 | hope[] / Therapy[NEGATED]",
      "Diagnosis is done by the clinical team                  | Diagnosis[OTHER_ACTOR] / clinical team[]",
      // hypothetical, other actor, referral
      "May be asked to diagnose                                | diagnose[HYPOTHETICAL]",
      "Assists clinicians who diagnose                         | diagnose[OTHER_ACTOR]",
      "Refers members for therapy                              | Refers[] / therapy[REFERRAL]"})
  void whereAScopeEnds(String text, String reading) {
    assertThat(read(text)).isEqualTo(reading);
  }

  private static String words(int n) {
    return "very ".repeat(n);
  }

  @Test
  void aNegationReachesFifteenWordsAndNoFurther() {
    assertThat(read("Does not " + words(15) + "diagnose")).isEqualTo("diagnose[NEGATED]");
    assertThat(read("Does not " + words(16) + "diagnose")).isEqualTo("diagnose[]");
  }

  @Test
  void aNegationBeforeAColonReachesTheWholeList() {
    String list = "Does NOT: " + "listen, ".repeat(20) + "diagnose";
    assertThat(read(list)).endsWith("diagnose[NEGATED]");
    assertThat(read("Does not " + "listen, ".repeat(20) + "diagnose")).as("without the colon: fifteen words").endsWith("diagnose[]");
  }

  @Test
  void aBackwardNegationReachesTwelveWords() {
    assertThat(read("Diagnosis " + words(11) + "is not permitted")).isEqualTo("Diagnosis[NEGATED]");
    assertThat(read("Diagnosis " + words(13) + "is not permitted")).isEqualTo("Diagnosis[]");
  }

  @Test
  void aPhraseWithGapsStaysInOneClauseAndUnblocked() {
    assertThat(read("Monitors each client's medication")).isEqualTo("Monitors each client's medication[]");
    assertThat(read("Monitors, then later medication")).as("a comma between the parts is another clause")
        .doesNotContain("Monitors, then later medication");
    assertThat(read("Monitors whether they take medication")).contains("Monitors whether they take medication[]");
    assertThat(read("Monitors " + words(6) + "medication")).doesNotContain("Monitors " + words(6) + "medication");
    assertThat(read("Monitors but not medication")).doesNotContain("Monitors but not medication");
  }
}
