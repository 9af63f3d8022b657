package org.peerwork.rules.assignment;

import java.util.List;
import org.peerwork.rules.Rule;
import org.peerwork.model.assignment.TaskAssignment;

/** The task assignment rules, in catalog order. */
public final class AssignmentRules {

  private static final List<Rule<TaskAssignment>> ALL = List.of(
      new ClinicalTaskAssignedToPeer(),
      new TaskOutsideAnyRole(),
      new ProhibitedConductAssigned(),
      new PowerOverPersonAssigned(),
      new PeerSocialActivityNotReprimandable(),
      new ScheduledOnDayOff(),
      new ScheduledOutsideWorkingHours(),
      new AssigneeLacksPopulationTraining(),
      new TaskNotInJobDescription(),
      new AssigneeWithoutSupervisor(),
      new AssigneeSupervisorLacksPeerTraining());

  private AssignmentRules() {}

  /** Every task assignment rule, in the order they run and are reported. */
  public static List<Rule<TaskAssignment>> all() {
    return ALL;
  }
}
