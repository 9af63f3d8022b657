package org.peerwork.rules.assignment;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisorKind;

/** Builders of the documents the assignment rules' examples use. */
final class Examples {

  /** Monday 2 March 2020, 10:00: a working day in the examples. */
  static final LocalDateTime MONDAY_10AM = LocalDateTime.of(2020, 3, 2, 10, 0);

  private Examples() {}

  /** A weekday 9-to-5 schedule. */
  static WorkingSchedule weekdays() {
    return WorkingSchedule.builder().workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
        .start(LocalTime.of(9, 0)).end(LocalTime.of(17, 0)).build();
  }

  /** A staff member in this role, supervised by a peer-role trained peer supervisor, weekdays 9 to 5. */
  static StaffMember staff(String id, Role role) {
    return StaffMember.builder().id(id).role(role)
        .supervisor(SupervisorRef.builder().staffId("sup-1").kind(SupervisorKind.PEER).peerRoleTrained(true).build())
        .schedule(weekdays())
        .build();
  }

  /** An assignment of this activity to a staff member in this role, Monday 10:00 to 11:00. */
  static TaskAssignment assignment(String id, Activity activity, Role role) {
    return assignment(id, activity, staff("s-" + id, role));
  }

  /** An assignment of this activity to this staff member, Monday 10:00 to 11:00. */
  static TaskAssignment assignment(String id, Activity activity, StaffMember assignee) {
    return TaskAssignment.builder().id(id).activity(activity).assignee(assignee)
        .window(TimeWindow.of(MONDAY_10AM, MONDAY_10AM.plusHours(1)))
        .build();
  }

  /** A one-to-one mutual support session with a peer support specialist, Monday 10:00 to 11:00: clean. */
  static TaskAssignment peerSession(String id) {
    return assignment(id, Activity.of(ActivityCategory.MUTUAL_SUPPORT), Role.PEER_SUPPORT_SPECIALIST);
  }

  /** A window of {@code hours} hours starting at {@code start}. */
  static TimeWindow window(LocalDateTime start, int hours) {
    return TimeWindow.of(start, start.plusHours(hours));
  }
}
