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
import org.peerwork.model.role.Role;
import org.peerwork.model.role.RoleKind;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.rules.bench.BenchCalendar;
import java.util.Set;
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
  private static final TrainingTopic[] TOPICS = TrainingTopic.values();

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
    ActivityCategory c = a.getActivity().getCategory();
    NormSet own = a.getAssignee().getRole().normSet();
    if (NORMS.verdict(own, c) != Verdict.OUT_OF_SCOPE) {
      return false;
    }
    NormSet other = own == NormSet.PEER ? NormSet.CLINICAL : NormSet.PEER;
    return c.group() == ActivityGroup.OUTSIDE_ROLE || NORMS.verdict(other, c) == Verdict.OUT_OF_SCOPE;
  }

  static void outsideRole(TaskAssignment a, List<BenchFinding> findings) {
    findings.add(new BenchFinding(FiveRules.OUTSIDE_ROLE, a.getId(), "activity.category"));
  }

  // ProhibitedConductAssigned

  static boolean prohibited(TaskAssignment a) {
    return NORMS.verdict(a.getAssignee().getRole().normSet(), a.getActivity().getCategory()) == Verdict.PROHIBITED;
  }

  static void prohibited(TaskAssignment a, List<BenchFinding> findings) {
    findings.add(new BenchFinding(FiveRules.PROHIBITED, a.getId(), "activity.category"));
  }

  // ScheduledOnDayOff

  static boolean dayOff(TaskAssignment a) {
    StaffMember s = a.getAssignee();
    return a.getWindow().isPresent() && s.getSchedule().isPresent()
        && BenchCalendar.touchesDayOff(a.getWindow().get(), s.getSchedule().get());
  }

  static void dayOff(TaskAssignment a, List<BenchFinding> findings) {
    findings.add(new BenchFinding(FiveRules.DAY_OFF, a.getId(), "window"));
  }

  // AssigneeLacksPopulationTraining

  private static boolean isFor(TrainingTopic topic, Role role) {
    Set<TrainingAudience> audiences = topic.audiences();
    return audiences.contains(TrainingAudience.ALL_STAFF) || role.kind() == RoleKind.OTHER
        || audiences.contains(role.isPeer() ? TrainingAudience.PEER_STAFF : TrainingAudience.CLINICAL_STAFF);
  }

  /** True when some topic for the role prepares for the population and none of them is done. */
  private static boolean gap(TaskAssignment a, Population p) {
    Role role = a.getAssignee().getRole();
    Set<TrainingTopic> done = a.getAssignee().getCompletedTrainings();
    boolean any = false;
    for (TrainingTopic t : TOPICS) {
      if (t.populations().contains(p) && isFor(t, role)) {
        if (done.contains(t)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Crisis work without vicarious-trauma training, unless a population gap already says so. */
  private static boolean crisisGap(TaskAssignment a) {
    if (!a.isCrisis() || !isFor(TrainingTopic.VICARIOUS_TRAUMA, a.getAssignee().getRole())
        || a.getAssignee().getCompletedTrainings().contains(TrainingTopic.VICARIOUS_TRAUMA)) {
      return false;
    }
    for (Population p : TrainingTopic.VICARIOUS_TRAUMA.populations()) {
      if (a.getPopulations().contains(p) && gap(a, p)) {
        return false;
      }
    }
    return true;
  }

  static boolean lacksTraining(TaskAssignment a) {
    for (Population p : a.getPopulations()) {
      if (gap(a, p)) {
        return true;
      }
    }
    return crisisGap(a);
  }

  static void lacksTraining(TaskAssignment a, List<BenchFinding> findings) {
    for (Population p : a.getPopulations()) {
      if (gap(a, p)) {
        findings.add(new BenchFinding(FiveRules.TRAINING, a.getId(), "populations[" + p.name() + "]"));
      }
    }
    if (crisisGap(a)) {
      findings.add(new BenchFinding(FiveRules.TRAINING, a.getId(), "crisis"));
    }
  }
}
