package org.peerwork.rules.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.testing.Generators;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.SupportCheckAssertions;

/** Properties of the incident review rules on any valid review. */
class IncidentRulesProperties {

  private static final PeerChecks CHECKS = PeerChecks.standard();

  @Test
  void totalOnAnyReviewUnderAnyPolicy() {
    qt().forAll(Generators.incidentReviews(), SupportCheckAssertions.policies(SupportCheckAssertions.ruleIds(DocumentType.INCIDENT_REVIEW)))
        .checkAssert((r, policy) -> {
          PeerChecks checks = CHECKS.withPolicy(policy);
          SupportCheckAssertions.assertWellFormed(checks, r, checks.check(r));
        });
  }

  @Test
  void deterministicForTheSameOrAnEqualReview() {
    qt().forAll(Generators.incidentReviews()).checkAssert(r -> {
      Report first = CHECKS.check(r);
      assertThat(CHECKS.check(r)).isEqualTo(first);
      assertThat(CHECKS.check(IncidentReview.builder().from(r).build())).isEqualTo(first);
    });
  }

  @Test
  void sameReportsOnManyThreads() {
    qt().withExamples(20).forAll(lists().of(Generators.incidentReviews()).ofSizeBetween(1, 40))
        .checkAssert(list -> SupportCheckAssertions.assertSameReportsInParallel(CHECKS, list));
  }

  /**
   * At most one finding per review, only for an adverse outcome against a peer, and it agrees with
   * the norm table: a misapplied clinical norm where peer norms allow the activity, a confirmed
   * breach where they prohibit it.
   */
  @Test
  void theVerdictDecides() {
    BoundaryNorms norms = BoundaryNorms.standard();
    qt().forAll(Generators.incidentReviews()).checkAssert(r -> {
      Report report = CHECKS.check(r);
      assertThat(report.findings()).hasSizeLessThanOrEqualTo(1);
      Verdict peer = norms.verdict(NormSet.PEER, r.getActivity().getCategory());
      boolean inScope = r.getStaffRole().isPeer() && r.getOutcome().adverse();
      assertThat(report.findingsOf("ClinicalNormAppliedToPeer")).hasSize(inScope && peer.isAllowed() ? 1 : 0);
      assertThat(report.findingsOf("PeerBoundaryBreachConfirmed")).hasSize(inScope && peer == Verdict.PROHIBITED ? 1 : 0);
      for (Finding f : report.findings()) {
        assertThat(f.getVerdicts()).hasValueSatisfying(v -> {
          assertThat(v.getCategory()).isEqualTo(r.getActivity().getCategory());
          assertThat(v.getPeerVerdict()).isEqualTo(peer);
          assertThat(v.getClinicalVerdict()).isEqualTo(norms.verdict(NormSet.CLINICAL, r.getActivity().getCategory()));
        });
      }
    });
  }
}
