package org.peerwork.rules.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewQuestion;
import org.peerwork.model.hiring.Interviewer;
import org.peerwork.model.hiring.PositionKind;
import org.peerwork.model.testing.Generators;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.SupportCheckAssertions;
import org.quicktheories.core.Gen;

/** Properties of the hiring plan rules on any valid hiring plan. */
class HiringRulesProperties {

  private static final PeerChecks CHECKS = PeerChecks.standard();

  /** Plans whose questions are asked by members of their own panel, so the asker's kind matters. */
  private static Gen<HiringPlan> plansWithAskersOnThePanel() {
    return Generators.hiringPlans().map(p -> {
      List<Interviewer> panel = p.getPanel();
      if (panel.isEmpty()) {
        return p;
      }
      List<InterviewQuestion> questions = new ArrayList<>();
      for (int i = 0; i < p.getQuestions().size(); i++) {
        InterviewQuestion q = p.getQuestions().get(i);
        questions.add(q.getAskedBy().isPresent() ? q.withAskedBy(panel.get(i % panel.size()).getId()) : q);
      }
      return p.withQuestions(questions);
    });
  }

  private static Gen<HiringPlan> plans() {
    return Generators.hiringPlans().mix(plansWithAskersOnThePanel());
  }

  @Test
  void totalOnAnyPlanUnderAnyPolicy() {
    qt().forAll(plans(), SupportCheckAssertions.policies(SupportCheckAssertions.ruleIds(DocumentType.HIRING_PLAN)))
        .checkAssert((plan, policy) -> {
          PeerChecks checks = CHECKS.withPolicy(policy);
          SupportCheckAssertions.assertWellFormed(checks, plan, checks.check(plan));
        });
  }

  @Test
  void deterministicForTheSameOrAnEqualPlan() {
    qt().forAll(plans()).checkAssert(plan -> {
      Report first = CHECKS.check(plan);
      assertThat(CHECKS.check(plan)).isEqualTo(first);
      assertThat(CHECKS.check(HiringPlan.builder().from(plan).build())).isEqualTo(first);
      assertThat(PeerChecks.standard().withPolicy(org.peerwork.rules.policy.Policy.standard()).check(plan)).isEqualTo(first);
    });
  }

  @Test
  void sameReportsOnManyThreads() {
    qt().withExamples(20).forAll(lists().of(plans()).ofSizeBetween(1, 40))
        .checkAssert(plans -> SupportCheckAssertions.assertSameReportsInParallel(CHECKS, plans));
  }

  /** Interviewers are named by id, so the order of the panel never changes the findings. */
  @Test
  void panelOrderDoesNotMatter() {
    qt().forAll(plans()).checkAssert(plan -> {
      List<Interviewer> reversed = new ArrayList<>(plan.getPanel());
      Collections.reverse(reversed);
      assertThat(CHECKS.check(plan.withPanel(reversed))).isEqualTo(CHECKS.check(plan));
    });
  }

  /** Personal-question findings point only at personal questions; get-well findings only at get-well positions. */
  @Test
  void findingsPointWhereTheyShould() {
    qt().forAll(plans()).checkAssert(plan -> {
      Report report = CHECKS.check(plan);
      for (Finding f : report.findingsOf("PersonalQuestionsByNonPeer")) {
        String path = f.getLocation().getPath();
        int index = Integer.parseInt(path.substring("questions[".length(), path.indexOf(']')));
        assertThat(plan.getQuestions().get(index).getTopic().personal()).as(path).isTrue();
      }
      if (plan.getPositionKind() == PositionKind.STANDARD) {
        assertThat(report.findingsOf("GetWellPositionWithFullDemands")).isEmpty();
      }
      if (plan.getPanel().stream().anyMatch(Interviewer::isPeer)) {
        assertThat(report.findingsOf("NoPeerInvolvedInHiring")).isEmpty();
      }
    });
  }
}
