package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerwork.rules.text.DutyLexiconTest.withDuties;
import static org.peerwork.rules.text.DutyLexiconTest.withFacts;
import static org.peerwork.rules.text.DutyLexiconTest.withTriggers;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input catalog of the lexicon files (duty phrases, context triggers, fact cues): every kind
 * of line the format does not allow stops the build of the lexicon with the file, the line number,
 * the problem and, where there is a list, what is allowed. Nothing is ignored silently.
 */
class LexiconBadInputTest {

  static Stream<Arguments> badDutyLines() {
    String gapped17 = String.join(" ... ", java.util.Collections.nCopies(17, "word"));
    return Stream.of(
        Arguments.of("DIAGNOSIS", "duty-lexicon.tsv:1: expected category<TAB>phrase[<TAB>options]"),
        Arguments.of("BOGUS\tdiagnose", "duty-lexicon.tsv:1: unknown category BOGUS; allowed: NONE, SHARING_LIVED_EXPERIENCE"),
        Arguments.of("DIAGNOSIS\tdiagnose\tfast", "unknown option fast; allowed: exact, neg, upper, negated, gap"),
        Arguments.of("DIAGNOSIS\tdiagnose\tscope=3", "unknown option scope; allowed: exact, neg, upper, negated, gap"),
        Arguments.of("DIAGNOSIS\tmonitor ... meds\tgap=x", "not a number: x"),
        Arguments.of("DIAGNOSIS\tmonitor ... meds\tgap=101", "option value out of range 0..100: 101"),
        Arguments.of("DIAGNOSIS\tmonitor ... meds\tgap=-1", "option value out of range 0..100: -1"),
        Arguments.of("DIAGNOSIS\tfeed the {pet}", "unknown macro {pet}"),
        Arguments.of("DIAGNOSIS\tfeed the {pet", "unclosed { in feed the {pet"),
        Arguments.of("@pet", "expected @name<TAB>alternative|alternative|..."),
        Arguments.of("@pet\t | ", "macro @pet has no alternatives"),
        Arguments.of("@pet\tcat\n@pet\tdog", "duty-lexicon.tsv:2: macro @pet is defined twice"),
        Arguments.of("DIAGNOSIS\t   ", "phrase is blank"),
        Arguments.of("DIAGNOSIS\t\u200B\u200D", "phrase is empty after normalisation"),
        Arguments.of("DIAGNOSIS\tmonitor ... ", "empty part in a phrase with gaps"),
        Arguments.of("DIAGNOSIS\t" + gapped17, "at most 16 parts separated by ..."),
        Arguments.of("DIAGNOSIS\tdiagnose\texact\textra", "duty-lexicon.tsv:1: at most three columns separated by tabs, found 4"),
        Arguments.of("# a comment\n\n   \nDIAGNOSIS\tdiagnose\nBOGUS\tx", "duty-lexicon.tsv:5: unknown category BOGUS"));
  }

  @ParameterizedTest
  @MethodSource("badDutyLines")
  void aBadDutyLineIsRefusedWithItsFileLineAndProblem(String text, String message) {
    assertThatThrownBy(() -> withDuties(text)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("lexicon duty-lexicon.tsv:").hasMessageContaining(message);
  }

  static Stream<Arguments> badTriggerLines() {
    return Stream.of(
        Arguments.of("NEGATION_PRE", "context-triggers.tsv:1: expected type<TAB>phrase[<TAB>options]"),
        Arguments.of("NEGATE\tnot", "unknown trigger type NEGATE; allowed: NEGATION_PRE, NEGATION_POST"),
        Arguments.of("NEGATION_PRE\tnot\tgap=2", "unknown option gap; allowed: scope, clause, forms, and"),
        Arguments.of("NEGATION_PRE\tnot\tscope=many", "not a number: many"),
        Arguments.of("NEGATION_PRE\tnot\tscope=500", "option value out of range 0..100: 500"),
        Arguments.of("NEGATION_PRE\t\u200B", "trigger is empty after normalisation"),
        Arguments.of("NEGATION_PRE\t{who} not", "unknown macro {who}"),
        Arguments.of("@who\t", "expected @name<TAB>alternative|alternative|..."));
  }

  @ParameterizedTest
  @MethodSource("badTriggerLines")
  void aBadTriggerLineIsRefusedWithItsFileLineAndProblem(String text, String message) {
    assertThatThrownBy(() -> withTriggers(text)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("lexicon context-triggers.tsv:").hasMessageContaining(message);
  }

  static Stream<Arguments> badFactLines() {
    return Stream.of(
        Arguments.of("LIVED_EXPERIENCE", "posting-facts.tsv:1: expected fact<TAB>phrase[<TAB>argument]"),
        Arguments.of("LIVED\tlived experience", "unknown fact LIVED; allowed: LIVED_EXPERIENCE, REQUIRED"),
        Arguments.of("LIVED_EXPERIENCE\t\u200B", "cue is empty after normalisation"),
        Arguments.of("LIVED_EXPERIENCE\tlived experience\tSELF_CARE", "only TRAINING_OFFERED takes an argument (a training topic), not LIVED_EXPERIENCE"),
        Arguments.of("TRAINING_OFFERED\tself care\tSELFCARE", "unknown training topic SELFCARE; allowed: SELF_CARE"));
  }

  @ParameterizedTest
  @MethodSource("badFactLines")
  void aBadFactLineIsRefusedWithItsFileLineAndProblem(String text, String message) {
    assertThatThrownBy(() -> withFacts(text)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("lexicon posting-facts.tsv:").hasMessageContaining(message);
  }

}
