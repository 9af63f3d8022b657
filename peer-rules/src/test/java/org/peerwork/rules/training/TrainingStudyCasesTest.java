package org.peerwork.rules.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerwork.model.population.Population;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingOffering;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Policy;

/** The study's training needs, written from its Results and Discussion, checked end to end. */
class TrainingStudyCasesTest {

  private final PeerChecks checks = PeerChecks.standard();

  private static TrainingOffering offer(TrainingTopic topic, TrainingAudience... audiences) {
    return TrainingOffering.builder().topic(topic).audiences(EnumSet.of(audiences[0], audiences)).build();
  }

  /**
   * The agency-led community mental health center as its peers describe it: self-care training
   * offered to everyone but not tailored to peers; trauma-informed care; clinicians never trained on
   * the peer role; peers never trained on working with clinicians or on peer boundaries; staff who
   * serve people in the opioid crisis and the chronically homeless without training for either.
   */
  @Test
  void communityMentalHealthCenterTrainingPlan() {
    TrainingPlan plan = TrainingPlan.builder().id("tp-cmhc-2020")
        .addOffering(offer(TrainingTopic.SELF_CARE, TrainingAudience.ALL_STAFF))
        .addOffering(offer(TrainingTopic.TRAUMA_INFORMED_CARE, TrainingAudience.ALL_STAFF))
        .populationsServed(EnumSet.of(Population.OPIOID_CRISIS, Population.CHRONICALLY_HOMELESS, Population.TRAUMA_HISTORY))
        .build();
    Report report = checks.check(plan);

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly(
        "NoSelfCareTraining",
        "PopulationTrainingGap", "PopulationTrainingGap",
        "CliniciansNotTrainedOnPeers",
        "PeersNotTrainedOnClinicians",
        "NoPeerBoundaryTraining");
    assertThat(report.findings()).extracting(Finding::getSeverity).containsExactly(
        Severity.INFO, Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.WARNING);
    assertThat(report.findings()).extracting(f -> f.getMessage().getText()).containsExactly(
        "Self-care training reaches peer staff but is not tailored to peer support specialists",
        "Staff serve people affected by the opioid crisis, and the plan offers no training that prepares for it (coping with vicarious trauma)",
        "Staff serve people experiencing chronic homelessness, and the plan offers no training that prepares for it (working with the chronically homeless)",
        "Clinical staff work with peers, but the plan offers neither clinical staff nor supervisors training on working with peers",
        "Peers work alongside clinicians, but the plan offers them no training on working with clinicians",
        "The plan offers peer staff no training on peer boundaries");
    assertThat(report.findings().get(0).getLocation().getPath()).isEqualTo("offerings[0].tailoredToPeers");
    assertThat(report.findingsOf("PopulationTrainingGap")).extracting(f -> f.getEvidence().getFacts().get("population"))
        .containsExactly("OPIOID_CRISIS", "CHRONICALLY_HOMELESS");
    TrainingPlan supervisorsOnly = plan.withId("tp-cmhc-2021").withOfferings(offer(TrainingTopic.WORKING_WITH_PEERS, TrainingAudience.SUPERVISORS));
    assertThat(checks.check(supervisorsOnly).findingsOf("CliniciansNotTrainedOnPeers")).extracting(f -> f.getMessage().getText())
        .containsExactly("Clinical staff work with peers, but the plan offers clinical staff no training on working with peers");
    assertThat(report.countsByTheme()).containsEntry(StudyTheme.TRAINING_NEEDS, 5).containsEntry(StudyTheme.WORK_ROLE_AND_BOUNDARIES, 1);
  }

  /**
   * The peer-led substance use agency after it acts on the study: self-care tailored to peers,
   * vicarious trauma for its opioid crisis work, an agency-wide orientation on the peer role, peers
   * trained on working with clinicians and on peer boundaries.
   */
  @Test
  void peerLedAgencyThatActsOnTheStudyIsClean() {
    TrainingPlan plan = TrainingPlan.builder().id("tp-sud-2021")
        .addOffering(TrainingOffering.builder().topic(TrainingTopic.SELF_CARE).tailoredToPeers(true).build())
        .addOffering(TrainingOffering.of(TrainingTopic.VICARIOUS_TRAUMA))
        .addOffering(TrainingOffering.of(TrainingTopic.SEX_TRAFFICKING))
        .addOffering(offer(TrainingTopic.WORKING_WITH_PEERS, TrainingAudience.ALL_STAFF))
        .addOffering(TrainingOffering.of(TrainingTopic.WORKING_WITH_CLINICIANS))
        .addOffering(TrainingOffering.of(TrainingTopic.PEER_BOUNDARIES))
        .populationsServed(EnumSet.of(Population.OPIOID_CRISIS, Population.TRAFFICKING_SURVIVOR))
        .build();

    assertThat(checks.check(plan).findings()).isEmpty();
  }

  /** No self-care training at all is the study's top need unmet: a WARNING, whatever else is offered. */
  @Test
  void noSelfCareTrainingIsAWarningAndOverridesApplyToBothCases() {
    TrainingPlan none = TrainingPlan.builder().id("tp-none").peersWorkWithClinicians(false).clinicalStaffWorkWithPeers(false)
        .addOffering(TrainingOffering.of(TrainingTopic.PEER_BOUNDARIES)).build();
    TrainingPlan clinicalOnly = none.withId("tp-clinical-self-care")
        .withOfferings(TrainingOffering.of(TrainingTopic.PEER_BOUNDARIES), offer(TrainingTopic.SELF_CARE, TrainingAudience.CLINICAL_STAFF));
    TrainingPlan generic = none.withId("tp-generic-self-care")
        .withOfferings(TrainingOffering.of(TrainingTopic.PEER_BOUNDARIES), TrainingOffering.of(TrainingTopic.SELF_CARE));

    Finding f = checks.check(none).findings().get(0);
    assertThat(f.getRuleId()).isEqualTo("NoSelfCareTraining");
    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(f.getMessage().getText()).isEqualTo("The plan offers no self-care training, the study's top training need");
    assertThat(checks.check(clinicalOnly).findings()).extracting(x -> x.getMessage().getText())
        .containsExactly("Self-care training, the study's top training need, is offered but not to peer staff");
    assertThat(checks.check(generic).findings()).extracting(Finding::getSeverity).containsExactly(Severity.INFO);

    PeerChecks raised = checks.withPolicy(Policy.builder().severityOverrides(Map.of("NoSelfCareTraining", Severity.ERROR)).build());
    assertThat(raised.check(none).findings()).extracting(Finding::getSeverity).containsExactly(Severity.ERROR);
    assertThat(raised.check(generic).findings()).extracting(Finding::getSeverity).containsExactly(Severity.ERROR);
  }
}
