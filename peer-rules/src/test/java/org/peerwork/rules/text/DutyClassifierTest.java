package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.job.Duty;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.policy.LexiconPhrase;

/** The duty classifier: labels, evidence spans, context flags, policy phrases. */
class DutyClassifierTest {

  private final DutyClassifier classifier = DutyClassifier.standard();

  @Test
  void ownSanitySentencesAreLabelledAsWritten() throws IOException {
    List<String> misses = new ArrayList<>();
    int n = 0;
    for (String line : Resources.lines("duty-sanity.tsv")) {
      String[] c = line.split("\t", 2);
      DutyLabel want = DutyLabel.valueOf(c[0]);
      DutyClassification got = classifier.classify(c[1]);
      n++;
      if (got.getLabel().orElse(null) != want) {
        misses.add(want + " -> " + got.getLabel().orElse(null) + ": " + c[1] + " " + got.getEvidence());
      }
    }
    assertThat(n).isGreaterThan(70);
    assertThat(misses).as("misclassified sentences").isEmpty();
  }

  private DutyEvidence only(String text) {
    DutyClassification c = classifier.classify(text);
    assertThat(c.getEvidence()).as("evidence of %s", text).hasSize(1);
    return c.getEvidence().get(0);
  }

  @Test
  void evidenceQuotesTheRealWordsAtItsSpan() {
    String text = "  Diagnoses  co\u2011occurring disorders and writes Treatment\u00A0Plans. ";
    DutyClassification c = classifier.classify(text);
    assertThat(c.getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(c.getEvidence()).extracting(DutyEvidence::getQuote).containsExactly("Diagnoses", "Treatment\u00A0Plans");
    assertThat(c.getEvidence()).allSatisfy(e -> assertThat(e.getSpan().quote(text)).isEqualTo(e.getQuote()));
    assertThat(c.getEvidence()).extracting(DutyEvidence::getMatchedPhrase).containsExactly("diagnose", "treatment plan");
  }

  @Test
  void negationBeforeAndAfterThePhrase() {
    assertThat(only("Does not diagnose").getContext()).containsExactly(ContextFlag.NEGATED);
    assertThat(classifier.classify("Does NOT: diagnose, prescribe, assess risk; or provide therapy").getEvidence())
        .as("a negation followed by a colon reads the whole list").allSatisfy(e -> assertThat(e.isNegated()).isTrue());
    assertThat(classifier.classify("Diagnosis is outside the scope of this role").getLabel()).contains(DutyLabel.NEGATED_CLINICAL);
    assertThat(classifier.classify("Medication administration is excluded from peer duties").getLabel()).contains(DutyLabel.NEGATED_CLINICAL);
  }

  @Test
  void terminationEndsTheScope() {
    DutyClassification c = classifier.classify("Does not provide therapy, but completes intake assessments");
    assertThat(c.getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(c.getEvidence()).extracting(e -> e.getCategory(), DutyEvidence::isNegated)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ActivityCategory.PSYCHOTHERAPY, true),
            org.assertj.core.groups.Tuple.tuple(ActivityCategory.CLINICAL_ASSESSMENT, false));
  }

  @Test
  void pseudoNegationsDoNotNegate() {
    DutyClassification c = classifier.classify("Not only shares hope but also conducts risk assessments");
    assertThat(c.getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(classifier.classify("No less than weekly drug screens of all residents").getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(classifier.classify("Duties include but are not limited to: intake screening").getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(classifier.classify("Not only shares hope but also conducts risk assessments").getContext()).contains(ContextFlag.PSEUDO_NEGATION);
  }

  @Test
  void hypotheticalsStillCount() {
    DutyEvidence e = only("May be asked to complete risk assessments");
    assertThat(e.getContext()).containsExactly(ContextFlag.HYPOTHETICAL);
    assertThat(e.isAffirmed()).isTrue();
  }

  @Test
  void anotherActorAndReferral() {
    DutyClassification other = classifier.classify("Works alongside psychiatrists who diagnose and prescribe");
    assertThat(other.getLabel()).contains(DutyLabel.ADMIN);
    assertThat(other.getEvidence()).filteredOn(e -> e.getCategory() == ActivityCategory.DIAGNOSIS).singleElement()
        .satisfies(e -> assertThat(e.getContext()).contains(ContextFlag.OTHER_ACTOR));
    DutyClassification ref = classifier.classify("Refers people for assessment and connects them to counseling");
    assertThat(ref.getLabel()).contains(DutyLabel.PEER);
    assertThat(ref.getEvidence()).filteredOn(e -> e.getCategory() == ActivityCategory.CLINICAL_ASSESSMENT).singleElement()
        .satisfies(e -> assertThat(e.getContext()).contains(ContextFlag.REFERRAL));
  }

  @Test
  void excludedStatementsRaiseNoClinicalLabel() {
    DutyClassification c = classifier.classify("Diagnose, assess or treat", true);
    assertThat(c.getLabel()).contains(DutyLabel.NEGATED_CLINICAL);
    assertThat(c.getEvidence()).allSatisfy(e -> assertThat(e.getContext()).contains(ContextFlag.EXCLUDED_SECTION));
  }

  @Test
  void precedenceClinicalOutsideNegatedPeerAdmin() {
    assertThat(classifier.classify("Share your recovery story and complete intake assessments").getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(classifier.classify("Share your recovery story and clean clients' apartments").getLabel()).contains(DutyLabel.OUTSIDE_ROLE);
    assertThat(classifier.classify("Shares hope rather than diagnosing").getLabel()).contains(DutyLabel.NEGATED_CLINICAL);
    assertThat(classifier.classify("Shares hope and completes progress notes").getLabel()).contains(DutyLabel.PEER);
    assertThat(classifier.classify("Completes progress notes").getLabel()).contains(DutyLabel.ADMIN);
    assertThat(classifier.classify("Lorem ipsum dolor").getLabel()).isEmpty();
    assertThat(classifier.classify("Lorem ipsum dolor").getConfidence()).isZero();
  }

  @Test
  void wordFormsAndSpellingsAreMatched() {
    assertThat(classifier.classify("Provides counselling").getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(classifier.classify("Diagnosed").getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(classifier.classify("Organising social outings").getLabel()).contains(DutyLabel.PEER);
    assertThat(classifier.classify("w/ members: lends money & gifts").getLabel()).contains(DutyLabel.OUTSIDE_ROLE);
  }

  @Test
  void capitalsOnlyAbbreviations() {
    assertThat(classifier.classify("Collects UAs").getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(classifier.classify("Recycles cans").getLabel()).as("\"cans\" is not the CANS").isEmpty();
  }

  @Test
  void confidenceIsHigherForLongerPhrases() {
    double longer = classifier.classify("Completes comprehensive biopsychosocial assessments").getConfidence();
    double hedged = classifier.classify("May be asked to diagnose").getConfidence();
    assertThat(longer).isGreaterThan(hedged).isLessThanOrEqualTo(0.95);
    assertThat(hedged).isGreaterThan(0.0);
  }

  @Test
  void aParsedDutyIsClassifiedInPostingOffsets() {
    String source = "Duties:\n- Complete intake assessments\n";
    Duty d = Duty.builder().text("Complete intake assessments").span(TextSpan.of(10, 37)).build();
    DutyClassification c = classifier.classify(d, java.util.Optional.of(source));
    assertThat(c.getEvidence()).singleElement().satisfies(e -> assertThat(e.getSpan().quote(source)).isEqualTo(e.getQuote()));
    assertThat(c.getEvidence().get(0).getSpan().getStart()).isGreaterThanOrEqualTo(10);
    Duty moved = d.withSpan(TextSpan.of(0, 27));
    assertThat(DutyClassifier.spanInSource(moved, java.util.Optional.of(source))).as("a span that does not quote the duty").isEmpty();
  }

  @Test
  void policyPhrasesAreAdded() {
    DutyClassifier agency = classifier.withExtraPhrases(List.of(LexiconPhrase.of("wellness audit", ActivityCategory.CLINICAL_ASSESSMENT),
        LexiconPhrase.of("coffee ... with the director", ActivityCategory.PERSONAL_ERRAND)));
    assertThat(classifier.classify("Performs wellness audits").getLabel()).contains(DutyLabel.PEER);
    assertThat(agency.classify("Performs wellness audits").getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(agency.classify("Gets coffee every morning with the director").getLabel()).contains(DutyLabel.OUTSIDE_ROLE);
    assertThat(agency.lexicon().phraseCount()).isEqualTo(classifier.lexicon().phraseCount() + 2);
    assertThat(classifier.withExtraPhrases(List.of())).isSameAs(classifier);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> classifier.withExtraPhrases(List.of(LexiconPhrase.of(" ", ActivityCategory.DIAGNOSIS))))
        .isInstanceOf(org.peerwork.rules.policy.PolicyException.class).hasMessageContaining("$.extraPhrases[0].phrase");
  }

  @Test
  void regionsOutsideTheTextAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> classifier.classify("abc", 2, 9, false))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("outside a text of length 3");
  }

  /**
   * Confidence: 0.55 plus 0.1 per word of the deciding phrase (at most three), plus 0.05 when more than
   * one phrase decides, minus 0.15 when it is hypothetical, minus 0.1 when another label is also affirmed.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "null", value = {
      "Diagnose                                                   | CLINICAL         | DIAGNOSIS                | 0.65",
      "Completes comprehensive biopsychosocial assessments        | CLINICAL         | CLINICAL_ASSESSMENT      | 0.75",
      "Completes the emergency room clinical assessment           | CLINICAL         | CLINICAL_ASSESSMENT      | 0.85",
      "Makes a level of care determination                        | CLINICAL         | CLINICAL_ASSESSMENT      | 0.85",
      "May be asked to diagnose                                   | CLINICAL         | DIAGNOSIS                | 0.5",
      "Diagnose and provide therapy                               | CLINICAL         | PSYCHOTHERAPY            | 0.8",
      "Diagnose, diagnose, diagnose, diagnose                     | CLINICAL         | DIAGNOSIS                | 0.7",
      "Diagnose and share lived experience                        | CLINICAL         | DIAGNOSIS                | 0.55",
      "Assess, plan, coordinate and determine eligibility for services | CLINICAL    | CLINICAL_ASSESSMENT      | 0.75",
      "Does not diagnose                                          | NEGATED_CLINICAL | DIAGNOSIS                | 0.65",
      "Does not diagnose or provide therapy                       | NEGATED_CLINICAL | PSYCHOTHERAPY            | 0.8",
      "Shares lived experience                                    | PEER             | SHARING_LIVED_EXPERIENCE | 0.75",
      "Shares hope and completes progress notes                   | PEER             | MUTUAL_SUPPORT           | 0.65",
      "Completes progress notes                                   | ADMIN            | DOCUMENTATION            | 0.75",
      "Feeds the client's cat                                     | OUTSIDE_ROLE     | PERSONAL_ERRAND          | 0.75",
      "May be asked to feed the cat and share lived experience    | OUTSIDE_ROLE     | PERSONAL_ERRAND          | 0.5",
      "Lorem ipsum                                                | null             | null                     | 0.0"})
  void labelCategoryAndConfidence(String text, DutyLabel label, org.peerwork.model.activity.ActivityCategory category, double confidence) {
    DutyClassification c = classifier.classify(text);
    assertThat(c.getLabel()).isEqualTo(java.util.Optional.ofNullable(label));
    assertThat(c.getCategory()).isEqualTo(java.util.Optional.ofNullable(category));
    assertThat(c.getConfidence()).isEqualTo(confidence);
  }

  @Test
  void aRegionIsReadUpToTheClassifiersLimitWithoutSplittingASurrogatePair() {
    String pad = "x ".repeat(DutyClassifier.MAX_CHARS / 2 - 1) + "\uD83D\uDE00 diagnose";
    DutyClassification c = classifier.classify(pad, 0, pad.length(), false);
    assertThat(c.getEvidence()).as("text past the limit is not read").isEmpty();
    String near = "x ".repeat(DutyClassifier.MAX_CHARS / 2 - 6) + "diagnose";
    assertThat(classifier.classify(near, 0, near.length(), false).getLabel()).contains(DutyLabel.CLINICAL);
    String cut = "x".repeat(DutyClassifier.MAX_CHARS - 1) + "\uD83D\uDE00";
    DutyClassification atPair = classifier.classify(cut + " diagnose", 0, cut.length() + 9, false);
    assertThat(atPair.getEvidence()).isEmpty();
  }

  @Test
  void theAffirmedEvidenceOfAClassification() {
    DutyClassification c = classifier.classify("Does not diagnose, but completes intake assessments and shares lived experience");
    assertThat(c.affirmed()).extracting(DutyEvidence::getCategory)
        .containsExactly(org.peerwork.model.activity.ActivityCategory.CLINICAL_ASSESSMENT,
            org.peerwork.model.activity.ActivityCategory.SHARING_LIVED_EXPERIENCE);
    assertThat(c.affirmed(DutyLabel.PEER)).extracting(DutyEvidence::getCategory)
        .containsExactly(org.peerwork.model.activity.ActivityCategory.SHARING_LIVED_EXPERIENCE);
    assertThat(c.affirmed(DutyLabel.ADMIN)).isEmpty();
    assertThat(c.affirms(org.peerwork.model.activity.ActivityCategory.CLINICAL_ASSESSMENT)).isTrue();
    assertThat(c.affirms(org.peerwork.model.activity.ActivityCategory.DIAGNOSIS)).as("negated").isFalse();
    assertThat(c.getContext()).contains(org.peerwork.rules.ContextFlag.NEGATED);
    assertThat(c.toString()).startsWith("CLINICAL/CLINICAL_ASSESSMENT [");
    assertThat(classifier.classify("Lorem").toString()).isEqualTo("UNKNOWN []");
    assertThat(classifier.toString()).startsWith("DutyClassifier(DutyLexicon(").contains("phrases");
    assertThat(DutyClassifier.of(classifier.lexicon()).classify("Does not diagnose")).isEqualTo(classifier.classify("Does not diagnose"));
  }
}
