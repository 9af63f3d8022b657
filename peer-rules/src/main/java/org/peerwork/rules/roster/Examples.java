package org.peerwork.rules.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisorKind;

/** Builders of the rosters the roster rules' examples use: March 2020, weekday 9-to-5 staff. */
final class Examples {

  /** Monday 2 March 2020: the first working day of the examples' period. */
  static final LocalDate MONDAY = LocalDate.of(2020, 3, 2);
  /** Saturday 7 March 2020: a day off for the examples' staff. */
  static final LocalDate SATURDAY = MONDAY.plusDays(5);

  private Examples() {}

  /** A staff member in this role, weekdays 9 to 5, supervised by a trained peer supervisor. */
  static StaffMember staff(String id, Role role) {
    return StaffMember.builder().id(id).role(role)
        .supervisor(SupervisorRef.builder().staffId("sup-1").kind(SupervisorKind.PEER).peerRoleTrained(true).build())
        .schedule(WorkingSchedule.weekdays(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0)))
        .build();
  }

  /** Mutual support by {@code staff} for service user {@code ref}, one hour from {@code start}. */
  static TaskAssignment task(String id, StaffMember staff, String ref, LocalDateTime start) {
    return TaskAssignment.builder().id(id).activity(Activity.of(ActivityCategory.MUTUAL_SUPPORT)).assignee(staff)
        .serviceUserRef(ref).window(TimeWindow.of(start, start.plusHours(1))).build();
  }

  /** A roster for March 2020 with these assignments. */
  static Roster roster(String id, List<TaskAssignment> assignments) {
    return Roster.builder().id(id).periodStart(LocalDate.of(2020, 3, 1)).periodEnd(LocalDate.of(2020, 3, 31))
        .assignments(assignments).build();
  }

  /** 10:00 on the {@code n}-th working day (Monday to Friday) from Monday 2 March 2020, n from 0. */
  static LocalDateTime workingDay(int n) {
    return MONDAY.plusWeeks(n / 5).plusDays(n % 5).atTime(10, 0);
  }

  /** Formats a threshold for a message: whole numbers without a decimal point. */
  static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
