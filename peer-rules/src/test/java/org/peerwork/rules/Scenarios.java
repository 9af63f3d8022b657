package org.peerwork.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.organization.Team;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisorKind;

/** The study's scenarios as documents, for the end-to-end tests. */
final class Scenarios {

  /** Monday 2 March 2020. */
  static final LocalDate MONDAY = LocalDate.of(2020, 3, 2);

  private Scenarios() {}

  /** A staff member, weekdays 9 to 5, with a peer-role trained peer supervisor: nothing to report about them. */
  static StaffMember staff(String id, Role role) {
    return StaffMember.builder().id(id).role(role)
        .supervisor(SupervisorRef.builder().staffId("sup-" + id).kind(SupervisorKind.PEER).peerRoleTrained(true).build())
        .schedule(WorkingSchedule.builder().workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
            .start(LocalTime.of(9, 0)).end(LocalTime.of(17, 0)).build())
        .build();
  }

  /** An assignment, Monday 10:00 to 11:00. */
  static TaskAssignment task(String id, Activity activity, StaffMember assignee) {
    return TaskAssignment.builder().id(id).activity(activity).assignee(assignee)
        .window(TimeWindow.of(MONDAY.atTime(10, 0), MONDAY.atTime(11, 0))).build();
  }

  /** The study: a clinician asks a peer to do an emergency room clinical assessment. */
  static TaskAssignment erAssessment() {
    return task("t-er", Activity.of(ActivityCategory.CLINICAL_ASSESSMENT, "Emergency room clinical assessment"),
        staff("s-peer", Role.PEER_SUPPORT_SPECIALIST))
        .withSetting(Setting.EMERGENCY_DEPARTMENT).withAssignedBy(Role.CLINICIAN);
  }

  /** The study: a clinician asks a peer to feed a service user's cat. */
  static TaskAssignment feedTheCat() {
    return task("t-cat", Activity.of(ActivityCategory.PERSONAL_ERRAND, "Feed the service user's cat"),
        staff("s-peer", Role.PEER_SUPPORT_SPECIALIST))
        .withSetting(Setting.HOME).withAssignedBy(Role.CLINICIAN).withServiceUserRef("u-1");
  }

  /** The study: a peer goes fishing with a lonely service user. */
  static TaskAssignment fishing() {
    return task("t-fish", Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Go fishing together"),
        staff("s-peer", Role.PEER_SUPPORT_SPECIALIST)).withServiceUserRef("u-2");
  }

  /**
   * The study: "we all take calls on our days off". Three peers; s-a takes calls on two Saturdays and
   * a Sunday of March, s-b one Saturday call, s-c none; everyone takes a call each weekday too. Every
   * call is crisis work and nobody is debriefed: s-a has 8 crisis calls, s-b 6, s-c 5.
   */
  static Roster daysOffRoster() {
    StaffMember a = staff("s-a", Role.RECOVERY_SUPPORT_WORKER);
    StaffMember b = staff("s-b", Role.RECOVERY_SUPPORT_WORKER);
    StaffMember c = staff("s-c", Role.PEER_SUPPORT_SPECIALIST);
    List<TaskAssignment> list = new ArrayList<>();
    LocalDate saturday = MONDAY.plusDays(5);
    list.add(call("t-a-sat1", a, saturday.atTime(19, 0)));
    list.add(call("t-a-sun1", a, saturday.plusDays(1).atTime(8, 30)));
    list.add(call("t-a-sat2", a, saturday.plusWeeks(1).atTime(21, 0)));
    list.add(call("t-b-sat1", b, saturday.atTime(12, 0)));
    for (int i = 0; i < 5; i++) {
      list.add(call("t-a-wd" + i, a, MONDAY.plusDays(i).atTime(10, 0)));
      list.add(call("t-b-wd" + i, b, MONDAY.plusDays(i).atTime(11, 0)));
      list.add(call("t-c-wd" + i, c, MONDAY.plusDays(i).atTime(14, 0)));
    }
    return Roster.builder().id("r-days-off").periodStart(LocalDate.of(2020, 3, 1)).periodEnd(LocalDate.of(2020, 3, 31))
        .assignments(list).build();
  }

  private static TaskAssignment call(String id, StaffMember s, LocalDateTime at) {
    return TaskAssignment.builder().id(id).activity(Activity.of(ActivityCategory.CRISIS_SUPPORT)).assignee(s)
        .setting(Setting.TELEPHONE).crisis(true).serviceUserRef("u-" + id).window(TimeWindow.of(at, at.plusMinutes(30))).build();
  }

  /**
   * The study: one peer support specialist on each intensive treatment team, covering many people.
   * Team itt-1: one peer and three clinicians for {@code peopleServed} people.
   */
  static Roster intensiveTeam(int peopleServed) {
    StaffMember peer = staff("s-peer", Role.PEER_SUPPORT_SPECIALIST);
    List<StaffMember> clinicians = List.of(staff("s-c1", Role.CLINICIAN), staff("s-c2", Role.NURSE), staff("s-c3", Role.PRESCRIBER));
    List<TaskAssignment> list = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      list.add(task("t-p" + i, Activity.of(ActivityCategory.MUTUAL_SUPPORT), peer).withServiceUserRef("u-" + i));
      list.add(task("t-c" + i, Activity.of(ActivityCategory.PSYCHOTHERAPY), clinicians.get(i % 3)).withServiceUserRef("u-" + i));
    }
    Team team = Team.builder().id("itt-1").kind(TeamKind.INTENSIVE_TREATMENT)
        .addMemberIds("s-peer", "s-c1", "s-c2", "s-c3").peopleServed(peopleServed).build();
    return Roster.builder().id("r-itt").team(team).periodStart(LocalDate.of(2020, 3, 1)).periodEnd(LocalDate.of(2020, 3, 31))
        .assignments(list).build();
  }

  /** One peer seeing {@code people} different people in March. */
  static Roster caseload(int people) {
    StaffMember peer = staff("s-1", Role.PEER_SUPPORT_SPECIALIST);
    List<TaskAssignment> list = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      LocalDateTime at = MONDAY.plusDays(i % 5).atTime(9 + i % 7, 0);
      list.add(TaskAssignment.builder().id("t-" + i).activity(Activity.of(ActivityCategory.MUTUAL_SUPPORT)).assignee(peer)
          .serviceUserRef("u-" + i).window(TimeWindow.of(at, at.plusHours(1))).build());
    }
    return Roster.builder().id("r-caseload").periodStart(LocalDate.of(2020, 3, 1)).periodEnd(LocalDate.of(2020, 3, 31))
        .assignments(list).build();
  }
}
