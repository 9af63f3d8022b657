package org.peerwork.rules.bench.drools;

import java.util.List;
import java.util.Set;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCodeCatalog;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.role.Role;
import org.peerwork.model.role.RoleKind;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.rules.bench.BenchCalendar;

/**
 * Static helpers the DRL calls, as Drools users keep lookups and calendar arithmetic in Java: the
 * same standard norm table and code catalog peerwork uses (reference data is looked up, not
 * inserted as facts, because a stateless session would re-insert it on every execution).
 */
public final class DroolsSupport {

  static final ActivityCodeCatalog CODES = ActivityCodeCatalog.standard();
  static final BoundaryNorms NORMS = BoundaryNorms.standard();
  private static final List<TrainingTopic> TOPICS = List.of(TrainingTopic.values());

  private DroolsSupport() {}

  /** True when peer norms put the category out of scope or prohibit it. */
  public static boolean peerOutOfScope(ActivityCategory category) {
    Verdict v = NORMS.verdict(NormSet.PEER, category);
    return v == Verdict.OUT_OF_SCOPE || v == Verdict.PROHIBITED;
  }

  /** The verdict of a norm set on a category. */
  public static Verdict verdict(NormSet set, ActivityCategory category) {
    return NORMS.verdict(set, category);
  }

  /** The other norm set. */
  public static NormSet other(NormSet set) {
    return set == NormSet.PEER ? NormSet.CLINICAL : NormSet.PEER;
  }

  /** Every training topic. */
  public static List<TrainingTopic> topics() {
    return TOPICS;
  }

  /** True when a training topic is meant for staff in this role (other professional roles take any). */
  public static boolean isFor(TrainingTopic topic, Role role) {
    Set<TrainingAudience> audiences = topic.audiences();
    return audiences.contains(TrainingAudience.ALL_STAFF) || role.kind() == RoleKind.OTHER
        || audiences.contains(role.isPeer() ? TrainingAudience.PEER_STAFF : TrainingAudience.CLINICAL_STAFF);
  }

  /** True when the window touches a day off. */
  public static boolean touchesDayOff(TimeWindow window, WorkingSchedule schedule) {
    return BenchCalendar.touchesDayOff(window, schedule);
  }
}
