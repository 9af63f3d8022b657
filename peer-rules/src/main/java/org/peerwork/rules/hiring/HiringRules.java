package org.peerwork.rules.hiring;

import java.util.List;
import org.peerwork.rules.Rule;
import org.peerwork.model.hiring.HiringPlan;

/** The hiring plan rules, in catalog order. */
public final class HiringRules {

  private static final List<Rule<HiringPlan>> ALL = List.of(
      new NoPeerInvolvedInHiring(),
      new PersonalQuestionsByNonPeer(),
      new HiringRecoveryTimeOnly(),
      new InterviewGuideMissingReadinessAreas(),
      new InterviewGuideMissingRedFlags(),
      new GetWellPositionWithFullDemands(),
      new NoSupervisionPlanForNewHire(),
      new CertificationPolicyMismatch());

  private HiringRules() {}

  /** Every hiring plan rule, in the order they run and are reported. */
  public static List<Rule<HiringPlan>> all() {
    return ALL;
  }
}
