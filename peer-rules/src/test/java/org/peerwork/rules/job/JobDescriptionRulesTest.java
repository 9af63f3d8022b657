package org.peerwork.rules.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.BoundaryNorm;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.job.Coverage;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.Role;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.LexiconPhrase;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;

/** The job description rules beyond their catalog examples: policy, coded duties, roles, evidence. */
class JobDescriptionRulesTest {

  private final PeerChecks checks = PeerChecks.standard();

  @Test
  void theRulesAreRegisteredInCatalogOrder() {
    assertThat(JobDescriptionRules.all()).extracting(r -> r.metadata().getId()).containsExactly(
        "ClinicalDutyInPeerRole", "DutyOutsideAnyRole", "ProhibitedConductInDuties", "PowerOverPersonDuty", "RoleDriftAsMainDuty",
        "NoPeerCoreDuty", "ClinicalBoundaryNormsImposed", "LivedExperienceNotRequired", "RecoveryTimeOnlyCriterion",
        "CallsOnDaysOffExpected", "CoverageOverThreshold", "SupervisionNotStated", "ClinicalSupervisorWithoutPeerTraining",
        "WageBelowComparableRoles", "NoSelfCareSupport");
    assertThat(JobDescriptionRules.all()).extracting(r -> r.metadata().getDefaultSeverity()).containsExactly(
        Severity.ERROR, Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.WARNING, Severity.WARNING,
        Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING,
        Severity.WARNING, Severity.INFO);
  }

  @Test
  void aSoundJobHasNoFindings() {
    assertThat(checks.check(Examples.sound("sound")).findings()).isEmpty();
  }

  @Test
  void textFindingsCarryTheWordsTheirPhraseAndContext() {
    Report r = checks.check(Examples.withDuties("t", "Offer peer support", "May be asked to diagnose co-occurring disorders"));
    Finding f = r.findingsOf("ClinicalDutyInPeerRole").get(0);
    assertThat(f.getLocation().getPath()).isEqualTo("duties[1]");
    assertThat(f.getLocation().getSpan()).as("a structured duty has no source text to point into").isEmpty();
    assertThat(f.getEvidence().getQuote()).contains("diagnose");
    assertThat(f.getEvidence().getMatchedPhrase()).contains("diagnose");
    assertThat(f.getEvidence().getContext()).containsExactly(ContextFlag.HYPOTHETICAL);
    assertThat(f.getVerdicts()).hasValueSatisfying(v -> {
      assertThat(v.getPeerVerdict()).isEqualTo(Verdict.OUT_OF_SCOPE);
      assertThat(v.getClinicalVerdict()).isEqualTo(Verdict.EXPECTED);
    });
  }

  @Test
  void policyPhrasesReachTheRulesThroughTheContext() {
    JobDescription jd = Examples.withDuties("p", "Offer peer support", "Completes the wellness audit for each member");
    assertThat(checks.check(jd).findingsOf("ClinicalDutyInPeerRole")).isEmpty();
    PeerChecks agency = checks.withPolicy(Policy.builder()
        .addExtraPhrase(LexiconPhrase.of("wellness audit", ActivityCategory.CLINICAL_ASSESSMENT)).build());
    assertThat(agency.check(jd).findingsOf("ClinicalDutyInPeerRole")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getQuote()).contains("wellness audit"));
    assertThat(agency.context().dutyClassifier()).isSameAs(agency.context().dutyClassifier());
    // a posting is parsed with the bundled lexicon; under the agency's lexicon its duties are read again
    String posting = "Peer Support Specialist\n\nDuties:\n- Offer peer support\n- Completes the wellness audit for each member\n";
    assertThat(checks.checkPosting(posting).findingsOf("ClinicalDutyInPeerRole")).isEmpty();
    assertThat(agency.checkPosting(posting).findingsOf("ClinicalDutyInPeerRole")).singleElement()
        .satisfies(f -> assertThat(f.getLocation().getSpan()).isPresent());
  }

  @Test
  void roleDriftBecomesAWarningAtItsThresholdAndFollowsPolicy() {
    JobDescription jd = Examples.withDuties("d", "Drive the agency van", "Answer phones at the front desk", "Offer peer support");
    assertThat(checks.check(jd).findingsOf("RoleDriftAsMainDuty")).hasSize(2).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
    PeerChecks lenient = checks.withPolicy(Policy.builder().putThreshold(Threshold.ROLE_DRIFT_SHARE, 0.9).build());
    assertThat(lenient.check(jd).findingsOf("RoleDriftAsMainDuty")).hasSize(2).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.INFO));
    PeerChecks overridden = checks.withPolicy(Policy.builder().putSeverityOverride("RoleDriftAsMainDuty", Severity.ERROR).build());
    assertThat(overridden.check(jd).findingsOf("RoleDriftAsMainDuty")).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void codedDutiesAreReadByTheirActivity() {
    JobDescription coded = JobDescription.builder().from(Examples.sound("c"))
        .addDuty(Duty.of("Weekly check", Activity.of(ActivityCategory.COMPLIANCE_ENFORCEMENT)))
        .addDuty(Duty.builder().text("Prescribing").activity(Activity.of(ActivityCategory.MEDICATION_MANAGEMENT)).excluded(true).build())
        .build();
    Report r = checks.check(coded);
    assertThat(r.findingsOf("PowerOverPersonDuty")).singleElement()
        .satisfies(f -> assertThat(f.getLocation().getPath()).isEqualTo("duties[4].activity.category"));
    assertThat(r.findingsOf("ClinicalDutyInPeerRole")).as("an excluded coded duty").isEmpty();
  }

  @Test
  void peerOnlyRulesLeaveOtherRolesAloneButChoresAndEthicsApplyToEveryone() {
    JobDescription clinician = JobDescription.builder().from(Examples.withDuties("k", "Complete intake assessments",
        "Walk clients' dogs", "Accept gifts from clients")).role(Role.CLINICIAN).build();
    Report r = checks.check(clinician);
    assertThat(r.findings()).extracting(Finding::getRuleId).containsExactly("DutyOutsideAnyRole", "ProhibitedConductInDuties");
  }

  @Test
  void normOverridesChangeWhatIsRuledOut() {
    JobDescription jd = Examples.withDuties("n", "Offer peer support", "Complete intake screenings");
    assertThat(checks.check(jd).findingsOf("ClinicalDutyInPeerRole")).hasSize(1);
    PeerChecks permissive = checks.withPolicy(Policy.builder().addNormOverride(BoundaryNorm.builder().normSet(NormSet.PEER)
        .category(ActivityCategory.CLINICAL_ASSESSMENT).verdict(Verdict.PERMITTED).rationale("state pilot")
        .addCitation(Citation.of(SourceCatalog.PEERWORK, "test")).build()).build());
    assertThat(permissive.check(jd).findingsOf("ClinicalDutyInPeerRole")).isEmpty();
  }

  @Test
  void thresholdsComeFromThePolicy() {
    JobDescription jd = Examples.sound("th").withCoverage(Coverage.builder().caseload(20).build());
    assertThat(checks.check(jd).findingsOf("CoverageOverThreshold")).hasSize(1);
    assertThat(checks.withPolicy(Policy.builder().putThreshold(Threshold.MAX_CASELOAD, 25.0).build()).check(jd)
        .findingsOf("CoverageOverThreshold")).isEmpty();
  }

  @Test
  void boundaryBansAreFoundInDutiesAndInTheRestOfAPosting() {
    Report r = checks.checkPosting("b", "Peer Specialist\n\nDuties:\n- Share lived experience\n- Never socialize with clients\n\n"
        + "Policies:\nSelf-disclosure is prohibited.\n");
    assertThat(r.findingsOf("ClinicalBoundaryNormsImposed")).extracting(f -> f.getLocation().getPath(), f -> f.getEvidence().getQuote().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("duties[1]", "socialize"),
            org.assertj.core.groups.Tuple.tuple("sourceText", "Self-disclosure"));
  }

  @Test
  void everyJobRuleCitesTheStudyOrAStandardAndExplainsItself() {
    for (var rule : JobDescriptionRules.all()) {
      RuleMetadata m = rule.metadata();
      assertThat(m.getRationale()).hasSizeGreaterThan(80);
      assertThat(m.getSuggestion()).hasSizeGreaterThan(40);
      assertThat(m.getCitations()).isNotEmpty();
      assertThat(rule.examples()).hasSizeGreaterThanOrEqualTo(2);
    }
    assertThat(List.of(RoleDriftAsMainDuty.METADATA, WageBelowComparableRoles.METADATA))
        .allSatisfy(m -> assertThat(m.getCitations()).anyMatch(Citation::isDesignChoice));
  }
}
