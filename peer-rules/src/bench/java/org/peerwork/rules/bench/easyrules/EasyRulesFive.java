package org.peerwork.rules.bench.easyrules;

import java.util.List;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.activity.ActivityCodeCatalog;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.population.Population;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.rules.bench.BenchFinding;
import org.peerwork.rules.bench.FiveRules;

/**
 * The conditions and actions of the five rules as plain Java, shared by the annotated and the
 * fluent Easy Rules versions: an Easy Rules rule is a condition over the facts and an action that
 * writes results back into them.
 */
final class EasyRulesFive {

  static final String ASSIGNMENT = "assignment";
  static final String FINDINGS = "findings";

  private static final ActivityCodeCatalog CODES = ActivityCodeCatalog.standard();
  private static final BoundaryNorms NORMS = BoundaryNorms.standard();

  private EasyRulesFive() {}

  // ClinicalTaskAssignedToPeer

  /** The location of the clinical finding, or null when the task is not clinical work for a peer. */
  static String clinicalLocation(TaskAssignment a) {
    if (!a.getAssignee().getRole().isPeer()) {
      return null;
    }
    List<ActivityCode> codes = a.getActivity().getCodes();
    for (int i = 0; i < codes.size(); i++) {
      if (CODES.isClinicalOnly(codes.get(i))) {
        return "activity.codes[" + i + "]";
      }
    }
    ActivityCategory c = a.getActivity().getCategory();
    Verdict v = NORMS.verdict(NormSet.PEER, c);
    if (c.group() == ActivityGroup.CLINICAL && (v == Verdict.OUT_OF_SCOPE || v == Verdict.PROHIBITED)) {
      return "activity.category";
    }
    return null;
  }

  static boolean clinical(TaskAssignment a) {
    return clinicalLocation(a) != null;
  }

  static void clinical(TaskAssignment a, List<BenchFinding> findings) {
    findings.add(new BenchFinding(FiveRules.CLINICAL, a.getId(), clinicalLocation(a)));
  }

  // TaskOutsideAnyRole

  static boolean outsideRole(TaskAssignment a) {
    return a.getActivity().getCategory().group() == ActivityGroup.OUTSIDE_ROLE;
  }

  static void outsideRole(TaskAssignment a, List<BenchFinding> findings) {
    findings.add(new BenchFinding(FiveRules.OUTSIDE_ROLE, a.getId(), "activity.category"));
  }

  // ProhibitedConductAssigned

  static boolean prohibited(TaskAssignment a) {
    return a.getActivity().getCategory().group() == ActivityGroup.PROHIBITED_CONDUCT;
  }

  static void prohibited(TaskAssignment a, List<BenchFinding> findings) {
    findings.add(new BenchFinding(FiveRules.PROHIBITED, a.getId(), "activity.category"));
  }

  // ScheduledOnDayOff

  static boolean dayOff(TaskAssignment a) {
    StaffMember s = a.getAssignee();
    if (a.getWindow().isEmpty() || s.getSchedule().isEmpty()) {
      return false;
    }
    WorkingSchedule w = s.getSchedule().get();
    return !w.covers(a.getWindow().get().getStart(), a.getWindow().get().getEnd());
  }

  static void dayOff(TaskAssignment a, List<BenchFinding> findings) {
    findings.add(new BenchFinding(FiveRules.DAY_OFF, a.getId(), "window"));
  }

  // AssigneeLacksPopulationTraining

  static boolean untrained(TaskAssignment a, Population p) {
    for (TrainingTopic t : a.getAssignee().getCompletedTrainings()) {
      if (t.populations().contains(p)) {
        return false;
      }
    }
    return true;
  }

  static boolean lacksTraining(TaskAssignment a) {
    for (Population p : a.getPopulations()) {
      if (untrained(a, p)) {
        return true;
      }
    }
    return false;
  }

  static void lacksTraining(TaskAssignment a, List<BenchFinding> findings) {
    for (Population p : a.getPopulations()) {
      if (untrained(a, p)) {
        findings.add(new BenchFinding(FiveRules.TRAINING, a.getId(), "populations[" + p.name() + "]"));
      }
    }
  }
}
