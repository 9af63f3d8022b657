package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Building the lexicon from its three files: the bundled files built anew give the standard lexicon
 * and label every development and sanity statement as written, and each option, macro, gap and
 * trigger option means what the files' headers say. Bad lines: {@link LexiconBadInputTest}.
 */
class DutyLexiconTest {

  private static final String DUTIES = "duty-lexicon.tsv";
  private static final String TRIGGERS = "context-triggers.tsv";
  private static final String FACTS = "posting-facts.tsv";

  /** A lexicon of these duty lines, with the bundled triggers and facts. */
  static DutyLexicon withDuties(String duties) {
    return DutyLexicon.read(DUTIES, duties, TRIGGERS, DutyLexicon.resource(TRIGGERS), FACTS, DutyLexicon.resource(FACTS));
  }

  static DutyLexicon withTriggers(String triggers) {
    return DutyLexicon.read(DUTIES, "", TRIGGERS, triggers, FACTS, "");
  }

  static DutyLexicon withFacts(String facts) {
    return DutyLexicon.read(DUTIES, "", TRIGGERS, DutyLexicon.resource(TRIGGERS), FACTS, facts);
  }

  private static String describe(DutyLexicon.Surface s) {
    return s.text + "|" + s.entry + "|" + s.trigger + "|" + s.fact + "|" + Arrays.toString(s.gappedRefs) + "|" + s.firstWord + s.lastWord + s.words;
  }

  private static List<String> describe(DutyLexicon lexicon) {
    List<String> out = new ArrayList<>();
    lexicon.surfaces().forEach(s -> out.add(describe(s)));
    lexicon.gapped().forEach(g -> out.add(g.entry() + "|" + Arrays.toString(g.parts()) + "|" + g.gap()));
    return out;
  }

  @Test
  void theBundledFilesBuiltAnewGiveTheStandardLexicon() {
    DutyLexicon fresh = DutyLexicon.bundled();
    DutyLexicon standard = DutyLexicon.standard();
    assertThat(fresh).isNotSameAs(standard);
    assertThat(fresh.phraseCount()).isEqualTo(standard.phraseCount()).isGreaterThan(3_000);
    assertThat(fresh.surfaceCount()).isEqualTo(standard.surfaceCount()).isGreaterThan(30_000);
    assertThat(fresh.automaton().states()).isEqualTo(standard.automaton().states());
    assertThat(fresh.automaton().denseStates()).isEqualTo(standard.automaton().denseStates());
    assertThat(describe(fresh)).isEqualTo(describe(standard));
    assertThat(fresh.toString()).isEqualTo(standard.toString()).contains("phrases", "surface forms", "states");
  }

  @Test
  void aFreshLexiconLabelsEveryDevelopmentAndSanityStatementAsWritten() throws IOException {
    DutyClassifier fresh = DutyClassifier.of(DutyLexicon.bundled());
    List<String> misses = new ArrayList<>();
    for (DutyEvaluationTest.Row row : DutyEvaluationTest.read("duty-eval-dev.tsv")) {
      DutyLabel got = fresh.classify(row.text()).getLabel().orElse(null);
      if (got != row.label()) {
        misses.add("dev " + row.line() + ": " + row.label() + " -> " + got + ": " + row.text());
      }
    }
    for (String line : Resources.lines("duty-sanity.tsv")) {
      String[] c = line.split("\t", 2);
      DutyLabel got = fresh.classify(c[1]).getLabel().orElse(null);
      if (got != DutyLabel.valueOf(c[0])) {
        misses.add("sanity: " + c[0] + " -> " + got + ": " + c[1]);
      }
    }
    assertThat(misses).as("the development set is the tuning set: it stays at accuracy 1.000").isEmpty();
  }

  private static List<String> evidence(DutyLexicon lexicon, String text) {
    List<String> out = new ArrayList<>();
    for (DutyEvidence e : DutyClassifier.of(lexicon).classify(text).getEvidence()) {
      out.add(e.getCategory() + " \"" + e.getQuote() + "\" " + e.getContext());
    }
    return out;
  }

  @Test
  void wordFormsAreAddedUnlessExact() {
    DutyLexicon l = withDuties("DIAGNOSIS\tdiagnose disorder\nPSYCHOTHERAPY\tcounsel\texact");
    assertThat(evidence(l, "Diagnoses disorders")).containsExactly("DIAGNOSIS \"Diagnoses disorders\" []");
    assertThat(evidence(l, "diagnosing disorder")).containsExactly("DIAGNOSIS \"diagnosing disorder\" []");
    assertThat(evidence(l, "counsel clients")).containsExactly("PSYCHOTHERAPY \"counsel\" []");
    assertThat(evidence(l, "counsels clients")).isEmpty();
    assertThat(l.phraseCount()).isEqualTo(2);
    assertThat(l.dutyPhraseForms()).contains("diagnose disorder", "diagnoses disorders", "diagnosing disorders", "counsel")
        .doesNotContain("counsels");
  }

  @Test
  void optionsNegUpperAndNegatedChangeWhatAPhraseMeans() {
    DutyLexicon l = withDuties("PSYCHOTHERAPY\ttherapist\tneg\nCOMPLIANCE_ENFORCEMENT\tua\tupper\n"
        + "CLINICAL_ASSESSMENT\tnon clinical role\tnegated\nNONE\tdual diagnosis\nDIAGNOSIS\tdiagnosis");
    assertThat(evidence(l, "Works with the therapist")).isEmpty();
    assertThat(evidence(l, "Is not a therapist")).containsExactly("PSYCHOTHERAPY \"therapist\" [NEGATED]");
    assertThat(evidence(l, "Collects UAs weekly")).containsExactly("COMPLIANCE_ENFORCEMENT \"UAs\" []");
    assertThat(evidence(l, "Collects ua weekly")).isEmpty();
    assertThat(evidence(l, "A non-clinical role")).containsExactly("CLINICAL_ASSESSMENT \"non-clinical role\" [NEGATED]");
    assertThat(DutyClassifier.of(l).classify("A non-clinical role").getLabel()).contains(DutyLabel.NEGATED_CLINICAL);
    assertThat(evidence(l, "Supports people with a dual diagnosis")).as("a neutral phrase blocks the shorter one inside it").isEmpty();
    assertThat(evidence(l, "Makes a diagnosis")).containsExactly("DIAGNOSIS \"diagnosis\" []");
  }

  @Test
  void gapsAndMacros() {
    DutyLexicon l = withDuties("@pet\tcat|dog\nPERSONAL_ERRAND\tfeed ... {pet}\nMEDICATION_MANAGEMENT\tmonitor ... medication\tgap=1");
    assertThat(evidence(l, "Feeds the client's dog")).containsExactly("PERSONAL_ERRAND \"Feeds the client's dog\" []");
    assertThat(evidence(l, "feeding their cats")).containsExactly("PERSONAL_ERRAND \"feeding their cats\" []");
    assertThat(evidence(l, "feed the bird")).isEmpty();
    assertThat(evidence(l, "monitors their medication")).containsExactly("MEDICATION_MANAGEMENT \"monitors their medication\" []");
    assertThat(evidence(l, "monitors all of their medication")).as("three words between the parts, one allowed").isEmpty();
    assertThat(l.gapped()).hasSize(3);
    assertThat(l.phraseCount()).isEqualTo(3);
  }

  @Test
  void triggerOptionsSetTheScope() {
    String duties = "DIAGNOSIS\tdiagnose\nPSYCHOTHERAPY\ttherapy";
    DutyLexicon wide = DutyLexicon.read(DUTIES, duties, TRIGGERS, "NEGATION_PRE\tnever", FACTS, "");
    DutyLexicon narrow = DutyLexicon.read(DUTIES, duties, TRIGGERS, "NEGATION_PRE\tnever\tscope=1", FACTS, "");
    DutyLexicon clause = DutyLexicon.read(DUTIES, duties, TRIGGERS, "NEGATION_PRE\tnever\tclause", FACTS, "");
    DutyLexicon forms = DutyLexicon.read(DUTIES, duties, TRIGGERS, "OTHER_ACTOR_PRE\trefer\tforms", FACTS, "");
    String text = "Will never really quite diagnose, or provide therapy";
    assertThat(evidence(wide, text)).containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]", "PSYCHOTHERAPY \"therapy\" [NEGATED]");
    assertThat(evidence(narrow, text)).containsExactly("DIAGNOSIS \"diagnose\" []", "PSYCHOTHERAPY \"therapy\" []");
    assertThat(evidence(clause, text)).containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]", "PSYCHOTHERAPY \"therapy\" []");
    assertThat(evidence(forms, "Referred for therapy")).containsExactly("PSYCHOTHERAPY \"therapy\" [OTHER_ACTOR]");
    DutyLexicon and = DutyLexicon.read(DUTIES, duties, TRIGGERS, "NEGATION_PRE\tnever\tand", FACTS, "");
    assertThat(evidence(and, "Will never diagnose and provide therapy")).containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]",
        "PSYCHOTHERAPY \"therapy\" []");
    assertThat(evidence(and, "Will never diagnose or provide therapy")).as("only the word and ends it")
        .containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]", "PSYCHOTHERAPY \"therapy\" [NEGATED]");
    assertThat(evidence(and, "Will never diagnose, handle therapy")).containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]",
        "PSYCHOTHERAPY \"therapy\" [NEGATED]");
    assertThat(evidence(and, "Will never diagnose sandy therapy")).as("a word that contains and")
        .containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]", "PSYCHOTHERAPY \"therapy\" [NEGATED]");
    assertThat(evidence(clause, "Will never diagnose - provide therapy")).as("a spaced dash is a comma")
        .containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]", "PSYCHOTHERAPY \"therapy\" []");
    assertThat(evidence(clause, "Will never diagnose-therapy")).as("a dash inside a word is not")
        .containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]", "PSYCHOTHERAPY \"therapy\" [NEGATED]");
    assertThat(evidence(clause, "- never diagnose therapy")).containsExactly("DIAGNOSIS \"diagnose\" [NEGATED]",
        "PSYCHOTHERAPY \"therapy\" [NEGATED]");
  }

  @Test
  void factCuesCarryTheirArgument() {
    DutyLexicon l = withFacts("TRAINING_OFFERED\tself care\tSELF_CARE\nCALLS_ON_DAYS_OFF\tcalls on days off");
    List<FactMention> facts = PostingParser.of(l).facts("Training:\n- Self-care training\n- No calls on days off");
    assertThat(facts).extracting(FactMention::getFact, m -> m.getArgument().orElse(null), FactMention::isAffirmed)
        .containsExactly(org.assertj.core.api.Assertions.tuple(PostingFact.TRAINING_OFFERED, "SELF_CARE", true),
            org.assertj.core.api.Assertions.tuple(PostingFact.CALLS_ON_DAYS_OFF, null, false));
  }

  @Test
  void gappedPhrasesAgainstContiguousOnesAndEachOther() {
    DutyLexicon l = withDuties(String.join("\n",
        "MEDICATION_MANAGEMENT\tmonitor ... medication\tgap=2",
        "DIAGNOSIS\tmedication review",
        "PERSONAL_ERRAND\tfeed ... cat",
        "NONE\tfeed",
        "ADVOCACY\tspeak ... for ... member"));
    assertThat(evidence(l, "Monitor their own medication")).containsExactly("MEDICATION_MANAGEMENT \"Monitor their own medication\" []");
    assertThat(evidence(l, "Monitor all of their medication")).as("three words between, two allowed").isEmpty();
    assertThat(evidence(l, "Monitor their medication review")).as("a longer contiguous phrase holds a part")
        .containsExactly("DIAGNOSIS \"medication review\" []");
    assertThat(evidence(l, "Feed the cat")).as("a contiguous phrase that is exactly a part gives way")
        .containsExactly("PERSONAL_ERRAND \"Feed the cat\" []");
    assertThat(evidence(l, "Monitor. Their medication")).as("a sentence end between the parts").isEmpty();
    assertThat(evidence(l, "Monitor, but not medication")).as("a termination or negation between the parts").isEmpty();
    assertThat(evidence(l, "Speak up for the member")).containsExactly("ADVOCACY \"Speak up for the member\" []");
    assertThat(evidence(l, "Speak up for")).as("the last part missing").isEmpty();
    assertThat(evidence(l, "For the member, speak")).as("parts out of order").isEmpty();
    DutyLexicon two = withDuties("MEDICATION_MANAGEMENT\tmonitor ... medication\tgap=2\nCOMPLIANCE_ENFORCEMENT\tmonitor ... their\texact");
    assertThat(evidence(two, "Monitor their medication")).as("of two gapped phrases on the same word, the longer")
        .containsExactly("MEDICATION_MANAGEMENT \"Monitor their medication\" []");
    assertThat(evidence(two, "Monitor all of their cats")).containsExactly("COMPLIANCE_ENFORCEMENT \"Monitor all of their\" []");
  }
}
