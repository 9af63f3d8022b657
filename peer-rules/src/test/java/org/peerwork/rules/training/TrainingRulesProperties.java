package org.peerwork.rules.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.testing.Generators;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingOffering;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;
import org.peerwork.rules.SupportCheckAssertions;

/** Properties of the training plan rules on any valid training plan. */
class TrainingRulesProperties {

  private static final PeerChecks CHECKS = PeerChecks.standard();

  @Test
  void totalOnAnyPlanUnderAnyPolicy() {
    qt().forAll(Generators.trainingPlans(), SupportCheckAssertions.policies(SupportCheckAssertions.ruleIds(DocumentType.TRAINING_PLAN)))
        .checkAssert((plan, policy) -> {
          PeerChecks checks = CHECKS.withPolicy(policy);
          SupportCheckAssertions.assertWellFormed(checks, plan, checks.check(plan));
        });
  }

  @Test
  void deterministicForTheSameOrAnEqualPlan() {
    qt().forAll(Generators.trainingPlans()).checkAssert(plan -> {
      Report first = CHECKS.check(plan);
      assertThat(CHECKS.check(plan)).isEqualTo(first);
      assertThat(CHECKS.check(TrainingPlan.builder().from(plan).build())).isEqualTo(first);
    });
  }

  @Test
  void sameReportsOnManyThreads() {
    qt().withExamples(20).forAll(lists().of(Generators.trainingPlans()).ofSizeBetween(1, 40))
        .checkAssert(list -> SupportCheckAssertions.assertSameReportsInParallel(CHECKS, list));
  }

  /** Any plan becomes clean once it adds every training the study asks for, to everyone. */
  @Test
  void aPlanThatAddsEveryNeededTrainingIsClean() {
    qt().forAll(Generators.trainingPlans()).checkAssert(plan -> {
      List<TrainingOffering> all = new ArrayList<>(plan.getOfferings());
      for (TrainingTopic t : TrainingTopic.values()) {
        all.add(TrainingOffering.builder().topic(t).audiences(EnumSet.of(TrainingAudience.ALL_STAFF)).tailoredToPeers(true).build());
      }
      assertThat(CHECKS.check(plan.withOfferings(all)).findings()).isEmpty();
    });
  }

  /** Self-care findings are WARNING when peers get none and INFO when what they get is not tailored. */
  @Test
  void selfCareSeverityFollowsTheCase() {
    qt().forAll(Generators.trainingPlans()).checkAssert(plan -> {
      boolean reachesPeers = plan.getOfferings().stream().anyMatch(o -> o.getTopic() == TrainingTopic.SELF_CARE
          && (o.getAudiences().contains(TrainingAudience.PEER_STAFF) || o.getAudiences().contains(TrainingAudience.ALL_STAFF)));
      Report report = CHECKS.check(plan);
      assertThat(report.findingsOf("NoSelfCareTraining")).allSatisfy(f ->
          assertThat(f.getSeverity()).isEqualTo(reachesPeers ? Severity.INFO : Severity.WARNING));
    });
  }
}
