package org.peerwork.rules.incident;

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
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.incident.ReviewOutcome;
import org.peerwork.model.role.Role;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.Finding;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Policy;

/** The study's boundary incidents, written from its Results, checked end to end. */
class IncidentStudyCasesTest {

  private final PeerChecks checks = PeerChecks.standard();

  private static IncidentReview review(String id, Role role, Activity activity, NormSet applied, ReviewOutcome outcome) {
    return IncidentReview.builder().id(id).staffId("staff-17").staffRole(role).activity(activity)
        .appliedNormSet(applied).outcome(outcome).reviewerRole(Role.CLINICAL_SUPERVISOR).build();
  }

  /**
   * "If a service user was feeling lonely, that could mean a peer support specialist could socialize
   * with the service user (eg, going fishing together...); however, this would be considered
   * unethical if a clinician were to conduct these activities." The clinical supervisor reprimands
   * the peer under clinical norms.
   */
  @Test
  void reprimandForGoingFishingWithALonelyServiceUserIsAClinicalNormAppliedToAPeer() {
    IncidentReview fishing = review("ir-2020-014", Role.PEER_SUPPORT_SPECIALIST,
        Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Went fishing with a member who was lonely"), NormSet.CLINICAL, ReviewOutcome.REPRIMAND);
    Report report = checks.check(fishing);

    assertThat(report.findings()).hasSize(1);
    Finding f = report.findings().get(0);
    assertThat(f.getRuleId()).isEqualTo("ClinicalNormAppliedToPeer");
    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(f.getTheme()).isEqualTo(StudyTheme.WORK_ROLE_AND_BOUNDARIES);
    assertThat(f.getSubjectId()).isEqualTo("ir-2020-014");
    assertThat(f.getLocation().getPath()).isEqualTo("outcome");
    assertThat(f.getMessage().getText()).isEqualTo(
        "A peer support specialist drew a reprimand for social activity, which peer norms permit and clinical norms prohibit; the review applied clinical norms");
    NormComparison verdicts = f.getVerdicts().orElseThrow();
    assertThat(verdicts.getCategory()).isEqualTo(ActivityCategory.SOCIAL_ACTIVITY);
    assertThat(verdicts.getPeerVerdict()).isEqualTo(Verdict.PERMITTED);
    assertThat(verdicts.getClinicalVerdict()).isEqualTo(Verdict.PROHIBITED);
    assertThat(f.getEvidence().getFacts()).containsEntry("appliedNormSet", "CLINICAL").containsEntry("staffId", "staff-17");
    assertThat(f.getCitations()).extracting(Citation::getSourceId).contains(SourceCatalog.ALMEIDA2020);
    // the finding never quotes the review's words about the service user
    assertThat(f.toString()).doesNotContain("lonely").doesNotContain("member");
    assertThat(f.getEvidence().getQuote()).isEmpty();
  }

  /** A real breach: a peer lends a service user money. Peer norms prohibit it too; the review stands. */
  @Test
  void reprimandForALoanIsConfirmedAsARealPeerBoundaryBreach() {
    IncidentReview loan = review("ir-2020-021", Role.RECOVERY_SUPPORT_WORKER,
        Activity.of(ActivityCategory.FINANCIAL_DEALING), NormSet.PEER, ReviewOutcome.BOUNDARY_VIOLATION_FOUND);
    Report report = checks.check(loan);

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly("PeerBoundaryBreachConfirmed");
    Finding f = report.findings().get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
    assertThat(f.getMessage().getText()).isEqualTo(
        "Peer norms prohibit financial dealing, as clinical norms do: the review's finding of a boundary violation stands; the recovery support worker's activity is a real peer boundary breach");
    assertThat(f.getVerdicts()).hasValueSatisfying(v -> {
      assertThat(v.getPeerVerdict()).isEqualTo(Verdict.PROHIBITED);
      assertThat(v.getClinicalVerdict()).isEqualTo(Verdict.PROHIBITED);
    });
    assertThat(report.hasAtLeast(Severity.WARNING)).isFalse();
  }

  /** Sharing one's recovery story is expected of a peer and restricted for clinicians. */
  @Test
  void writtenWarningForSelfDisclosureIsAClinicalNormAppliedToAPeer() {
    Report report = checks.check(review("ir-2020-030", Role.RECOVERY_COACH,
        Activity.of(ActivityCategory.SHARING_LIVED_EXPERIENCE), NormSet.CLINICAL, ReviewOutcome.WRITTEN_WARNING));

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly("ClinicalNormAppliedToPeer");
    assertThat(report.findings().get(0).getMessage().getText()).isEqualTo(
        "A recovery coach drew a written warning for sharing lived experience, which peer norms expect and clinical norms hold out of scope; the review applied clinical norms");
  }

  /**
   * Neither rule speaks where the review is not adverse, where the staff member is a clinician, or
   * where the activity is outside the peer role (the cat-feeding errand clinicians asked of peers is
   * out of scope under both norm sets: that is a task-assignment problem, not a norm misapplied).
   */
  @Test
  void silentWhereNoNormIsMisapplied() {
    List<IncidentReview> reviews = List.of(
        review("ir-coaching", Role.PEER_SUPPORT_SPECIALIST, Activity.of(ActivityCategory.SOCIAL_ACTIVITY), NormSet.PEER, ReviewOutcome.COACHING),
        review("ir-no-action", Role.PEER_SUPPORT_SPECIALIST, Activity.of(ActivityCategory.FINANCIAL_DEALING), NormSet.PEER, ReviewOutcome.NO_ACTION),
        review("ir-clinician", Role.CLINICIAN, Activity.of(ActivityCategory.SOCIAL_ACTIVITY), NormSet.CLINICAL, ReviewOutcome.REPRIMAND),
        review("ir-cat", Role.PEER_SUPPORT_SPECIALIST, Activity.of(ActivityCategory.PERSONAL_ERRAND, "Fed a service user's cat"), NormSet.CLINICAL, ReviewOutcome.REPRIMAND),
        review("ir-er", Role.PEER_SUPPORT_SPECIALIST, Activity.of(ActivityCategory.CLINICAL_ASSESSMENT), NormSet.CLINICAL, ReviewOutcome.REPRIMAND));
    for (IncidentReview r : reviews) {
      assertThat(checks.check(r).findings()).as(r.getId()).isEmpty();
    }
  }

  /** An agency that overlays its own verdict on social activity changes what counts as misapplied. */
  @Test
  void normOverlaysDecide() {
    IncidentReview fishing = review("ir-fishing", Role.PEER_SUPPORT_SPECIALIST,
        Activity.of(ActivityCategory.SOCIAL_ACTIVITY), NormSet.CLINICAL, ReviewOutcome.REPRIMAND);
    Policy strict = Policy.builder().addNormOverride(BoundaryNorm.builder().normSet(NormSet.PEER).category(ActivityCategory.SOCIAL_ACTIVITY)
        .verdict(Verdict.PROHIBITED).rationale("Agency policy: no social contact outside programme activities.")
        .addCitation(Citation.of(SourceCatalog.PEERWORK, "Test overlay")).build()).build();
    Report report = checks.withPolicy(strict).check(fishing);

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly("PeerBoundaryBreachConfirmed");
    assertThat(report.findings().get(0).getMessage().getText()).isEqualTo(
        "Peer norms prohibit social activity, as clinical norms do: the review's reprimand stands; the peer support specialist's activity is a real peer boundary breach");
  }
}
