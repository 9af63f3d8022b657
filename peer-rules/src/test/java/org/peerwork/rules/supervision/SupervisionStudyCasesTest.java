package org.peerwork.rules.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.supervision.SupervisorTrait;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;

/** The study's supervision arrangements, written from its Results, checked end to end. */
class SupervisionStudyCasesTest {

  private final PeerChecks checks = PeerChecks.standard();

  /**
   * The agency-led community mental health center: peers supervised by a clinical staff member who
   * has had no training on working with peers, once a month, with expectations of honesty and
   * respect only, and no debriefing.
   */
  @Test
  void communityMentalHealthCenterWithAnUntrainedClinicalSupervisor() {
    SupervisionArrangement a = SupervisionArrangement.builder().id("sa-cmhc-itt")
        .supervisorId("staff-clin-4").supervisorKind(SupervisorKind.CLINICAL).supervisorPeerRoleTrained(false)
        .addSuperviseeIds("staff-peer-1", "staff-peer-2", "staff-peer-3")
        .frequency(SupervisionFrequency.MONTHLY)
        .addExpectedTraits(SupervisorTrait.HONESTY, SupervisorTrait.RESPECT)
        .regularAccess(true).debriefingAvailable(false)
        .build();
    Report report = checks.check(a);

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly(
        "SupervisorNotTrainedInPeerRole", "SupervisorTraitsMissing", "NoDebriefing", "SupervisionBelowStandard");
    assertThat(report.findings()).extracting(Finding::getSeverity).containsExactly(
        Severity.WARNING, Severity.INFO, Severity.WARNING, Severity.WARNING);
    assertThat(report.findings()).extracting(f -> f.getMessage().getText()).containsExactly(
        "The clinical supervisor (staff-clin-4) has not taken training on working with peers",
        "The supervisor's expectations leave out 4 of the study's 6 supervisor traits: celebrates strengths, flexibility, refines job skills after mistakes, offers trainings",
        "No debriefing is available to peers when they need it",
        "Supervision is monthly (1 session a month), less than the standard of 4 a month: ICRC-PR, Code of ethics: at least one supervision session per week");
    Finding standard = report.findingsOf("SupervisionBelowStandard").get(0);
    assertThat(standard.getEvidence().getFacts()).containsEntry("standard", "ICRC-PR").containsEntry("minimum", "4");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.getTheme()).isEqualTo(StudyTheme.WORK_SUPPORT));
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.getSubjectId()).isEqualTo("sa-cmhc-itt"));
  }

  /**
   * The peer-led agencies: a peer supervisor, weekly, regular access and debriefing as needed, with
   * the six traits in the supervisor's expectations.
   */
  @Test
  void peerSupervisedArrangementIsClean() {
    SupervisionArrangement a = SupervisionArrangement.builder().id("sa-peer-led")
        .supervisorKind(SupervisorKind.PEER).supervisorPeerRoleTrained(false)
        .addSuperviseeIds("staff-peer-8")
        .frequency(SupervisionFrequency.WEEKLY)
        .expectedTraits(EnumSet.allOf(SupervisorTrait.class))
        .regularAccess(true).debriefingAvailable(true)
        .build();

    assertThat(checks.check(a).findings()).isEmpty();
  }

  /** A state that follows NAADAC's two sessions a month sets its own standard, and the finding names it. */
  @Test
  void theStandardUsedIsTheAgencysWhenItSetsOne() {
    Policy naadac = Policy.builder().name("NAADAC two a month").thresholds(Map.of(Threshold.MIN_SUPERVISION_SESSIONS_PER_MONTH, 2.0)).build();
    SupervisionArrangement twice = Examples.studyArrangement("sa-twice").withFrequency(SupervisionFrequency.TWICE_MONTHLY);
    SupervisionArrangement quarterly = Examples.studyArrangement("sa-quarterly").withFrequency(SupervisionFrequency.QUARTERLY);

    assertThat(checks.check(twice).findingsOf("SupervisionBelowStandard")).hasSize(1);
    assertThat(checks.withPolicy(naadac).check(twice).findings()).isEmpty();
    Report report = checks.withPolicy(naadac).check(quarterly);
    assertThat(report.findings()).extracting(f -> f.getMessage().getText()).containsExactly(
        "Supervision is quarterly (0.33 sessions a month), less than the standard of 2 a month: the policy's own standard (NAADAC two a month)");
    assertThat(report.findings().get(0).getEvidence().getFacts()).containsEntry("standard", "policy");
  }

  /** Severity overrides and disabled rules come from the agency's policy. */
  @Test
  void agencyPolicyCanRaiseOrSilenceRules() {
    SupervisionArrangement a = Examples.studyArrangement("sa-no-traits").withExpectedTraits().withRegularAccess(false);
    Policy policy = Policy.builder()
        .severityOverrides(Map.of("SupervisorTraitsMissing", Severity.WARNING))
        .addDisabledRule("NoRegularSupervisorAccess")
        .build();

    assertThat(checks.check(a).findings()).extracting(Finding::getRuleId).containsExactly("SupervisorTraitsMissing", "NoRegularSupervisorAccess");
    Report report = checks.withPolicy(policy).check(a);
    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly("SupervisorTraitsMissing");
    assertThat(report.findings().get(0).getSeverity()).isEqualTo(Severity.WARNING);
  }
}
