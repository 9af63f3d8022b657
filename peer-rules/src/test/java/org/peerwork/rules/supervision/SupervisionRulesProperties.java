package org.peerwork.rules.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.testing.Generators;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.SupportCheckAssertions;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;

/** Properties of the supervision arrangement rules on any valid arrangement. */
class SupervisionRulesProperties {

  private static final PeerChecks CHECKS = PeerChecks.standard();

  @Test
  void totalOnAnyArrangementUnderAnyPolicy() {
    qt().forAll(Generators.supervisionArrangements(), SupportCheckAssertions.policies(SupportCheckAssertions.ruleIds(DocumentType.SUPERVISION_ARRANGEMENT)))
        .checkAssert((a, policy) -> {
          PeerChecks checks = CHECKS.withPolicy(policy);
          SupportCheckAssertions.assertWellFormed(checks, a, checks.check(a));
        });
  }

  @Test
  void deterministicForTheSameOrAnEqualArrangement() {
    qt().forAll(Generators.supervisionArrangements()).checkAssert(a -> {
      Report first = CHECKS.check(a);
      assertThat(CHECKS.check(a)).isEqualTo(first);
      assertThat(CHECKS.check(SupervisionArrangement.builder().from(a).build())).isEqualTo(first);
    });
  }

  @Test
  void sameReportsOnManyThreads() {
    qt().withExamples(20).forAll(lists().of(Generators.supervisionArrangements()).ofSizeBetween(1, 40))
        .checkAssert(list -> SupportCheckAssertions.assertSameReportsInParallel(CHECKS, list));
  }

  /** Below the standard exactly when the frequency gives fewer sessions than the policy asks; peer supervisors never need peer-role training. */
  @Test
  void standardAndTrainingFollowTheArrangement() {
    qt().forAll(Generators.supervisionArrangements(), SupportCheckAssertions.policies(SupportCheckAssertions.ruleIds(DocumentType.SUPERVISION_ARRANGEMENT)))
        .checkAssert((a, policy) -> {
          Policy enabled = policy.withDisabledRules().withSeverityOverrides(java.util.Map.of());
          Report report = CHECKS.withPolicy(enabled).check(a);
          boolean below = a.getFrequency().sessionsPerMonth() < enabled.threshold(Threshold.MIN_SUPERVISION_SESSIONS_PER_MONTH);
          assertThat(report.findingsOf("SupervisionBelowStandard")).hasSize(below ? 1 : 0);
          if (a.getSupervisorKind() == SupervisorKind.PEER) {
            assertThat(report.findingsOf("SupervisorNotTrainedInPeerRole")).isEmpty();
          }
        });
  }
}
