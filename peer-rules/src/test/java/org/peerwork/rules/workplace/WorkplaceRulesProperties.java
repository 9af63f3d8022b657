package org.peerwork.rules.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.peerwork.model.testing.Generators;
import org.peerwork.model.workplace.WorkplacePolicy;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.SupportCheckAssertions;

/** Properties of the workplace policy rules on any valid workplace policy. */
class WorkplaceRulesProperties {

  private static final PeerChecks CHECKS = PeerChecks.standard();

  @Test
  void totalOnAnyPolicyUnderAnyAgencyPolicy() {
    qt().forAll(Generators.workplacePolicies(), SupportCheckAssertions.policies(SupportCheckAssertions.ruleIds(DocumentType.WORKPLACE_POLICY)))
        .checkAssert((wp, policy) -> {
          PeerChecks checks = CHECKS.withPolicy(policy);
          SupportCheckAssertions.assertWellFormed(checks, wp, checks.check(wp));
        });
  }

  @Test
  void deterministicForTheSameOrAnEqualPolicy() {
    qt().forAll(Generators.workplacePolicies()).checkAssert(wp -> {
      Report first = CHECKS.check(wp);
      assertThat(CHECKS.check(wp)).isEqualTo(first);
      assertThat(CHECKS.check(WorkplacePolicy.builder().from(wp).build())).isEqualTo(first);
    });
  }

  @Test
  void sameReportsOnManyThreads() {
    qt().withExamples(20).forAll(lists().of(Generators.workplacePolicies()).ofSizeBetween(1, 40))
        .checkAssert(list -> SupportCheckAssertions.assertSameReportsInParallel(CHECKS, list));
  }

  /** Paying peers what comparable roles earn always clears the wage finding (the default minimum is below 1). */
  @Test
  void payingTheComparableWageClearsTheWageFinding() {
    qt().forAll(Generators.workplacePolicies()).checkAssert(wp -> {
      WorkplacePolicy equal = wp.getComparableRoleHourlyWage().map(wp::withPeerHourlyWage).orElse(wp);
      assertThat(CHECKS.check(equal).findingsOf("PeerWageBelowComparable")).isEmpty();
    });
  }

  /** Without crisis work there is never a crisis-support finding; the number of them is the number of supports missing. */
  @Test
  void crisisFindingsCountTheMissingSupports() {
    qt().forAll(Generators.workplacePolicies()).checkAssert(wp -> {
      int expected = wp.isCrisisWork() ? (wp.isPeerCheckIns() ? 0 : 1) + (wp.isDebriefingAvailable() ? 0 : 1) : 0;
      assertThat(CHECKS.check(wp).findingsOf("CrisisWorkWithoutCheckIns")).hasSize(expected);
    });
  }
}
