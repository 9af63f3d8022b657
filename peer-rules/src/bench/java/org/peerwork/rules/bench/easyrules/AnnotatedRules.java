package org.peerwork.rules.bench.easyrules;

import java.util.List;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.bench.BenchFinding;

/** The five rules as Easy Rules annotated POJOs, the style its documentation leads with. */
final class AnnotatedRules {

  private AnnotatedRules() {}

  /** Clinical task to a peer, by clinical-only code or clinical category. */
  @Rule(name = "ClinicalTaskAssignedToPeer", description = "Clinical task assigned to a peer", priority = 1)
  public static final class Clinical {
    /** When. */
    @Condition
    public boolean when(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a) {
      return EasyRulesFive.clinical(a);
    }

    /** Then. */
    @Action
    public void then(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a, @Fact(EasyRulesFive.FINDINGS) List<BenchFinding> findings) {
      EasyRulesFive.clinical(a, findings);
    }
  }

  /** A task outside any professional role. */
  @Rule(name = "TaskOutsideAnyRole", description = "Task outside any professional role", priority = 2)
  public static final class OutsideRole {
    /** When. */
    @Condition
    public boolean when(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a) {
      return EasyRulesFive.outsideRole(a);
    }

    /** Then. */
    @Action
    public void then(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a, @Fact(EasyRulesFive.FINDINGS) List<BenchFinding> findings) {
      EasyRulesFive.outsideRole(a, findings);
    }
  }

  /** Prohibited conduct assigned. */
  @Rule(name = "ProhibitedConductAssigned", description = "Prohibited conduct assigned", priority = 3)
  public static final class Prohibited {
    /** When. */
    @Condition
    public boolean when(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a) {
      return EasyRulesFive.prohibited(a);
    }

    /** Then. */
    @Action
    public void then(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a, @Fact(EasyRulesFive.FINDINGS) List<BenchFinding> findings) {
      EasyRulesFive.prohibited(a, findings);
    }
  }

  /** Scheduled on a day off or outside working hours. */
  @Rule(name = "ScheduledOnDayOff", description = "Scheduled on a day off", priority = 4)
  public static final class DayOff {
    /** When. */
    @Condition
    public boolean when(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a) {
      return EasyRulesFive.dayOff(a);
    }

    /** Then. */
    @Action
    public void then(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a, @Fact(EasyRulesFive.FINDINGS) List<BenchFinding> findings) {
      EasyRulesFive.dayOff(a, findings);
    }
  }

  /** A population whose training the assignee lacks. */
  @Rule(name = "AssigneeLacksPopulationTraining", description = "Assignee lacks population training", priority = 5)
  public static final class LacksTraining {
    /** When. */
    @Condition
    public boolean when(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a) {
      return EasyRulesFive.lacksTraining(a);
    }

    /** Then. */
    @Action
    public void then(@Fact(EasyRulesFive.ASSIGNMENT) TaskAssignment a, @Fact(EasyRulesFive.FINDINGS) List<BenchFinding> findings) {
      EasyRulesFive.lacksTraining(a, findings);
    }
  }
}
