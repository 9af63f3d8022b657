package org.peerwork.rules.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.DebriefRecord;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.organization.Team;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.training.TrainingTopic;

/** The in-memory documents the benchmarks check, built once per trial with a fixed seed. */
final class BenchDocuments {

  static final LocalDate MONDAY = LocalDate.of(2020, 3, 2);

  private BenchDocuments() {}

  static WorkingSchedule weekdays() {
    return WorkingSchedule.builder().workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
        .start(LocalTime.of(9, 0)).end(LocalTime.of(17, 0)).build();
  }

  static StaffMember peer(String id) {
    return StaffMember.builder().id(id).role(Role.PEER_SUPPORT_SPECIALIST)
        .supervisor(SupervisorRef.builder().staffId("sup-1").kind(SupervisorKind.PEER).peerRoleTrained(true).build())
        .schedule(weekdays()).addCompletedTrainings(TrainingTopic.SELF_CARE, TrainingTopic.PEER_BOUNDARIES)
        .build();
  }

  /** Peer services billed under H0038, Monday 10:00 to 11:00, by a supervised peer: no finding. */
  static TaskAssignment clean() {
    return TaskAssignment.builder().id("t-clean")
        .activity(Activity.coded(ActivityCategory.MUTUAL_SUPPORT, ActivityCode.hcpcs("H0038")))
        .assignee(peer("s-1")).assignedBy(Role.PEER_SUPERVISOR).setting(Setting.COMMUNITY).serviceUserRef("u-1")
        .window(TimeWindow.of(MONDAY.atTime(10, 0), MONDAY.atTime(11, 0)))
        .build();
  }

  /**
   * An emergency room assessment billed under 90791, on a Saturday night, crisis work with a
   * trafficking survivor, for a peer whose clinical supervisor lacks peer-role training: five findings.
   */
  static TaskAssignment withFindings() {
    LocalDateTime saturdayNight = MONDAY.plusDays(5).atTime(22, 0);
    return TaskAssignment.builder().id("t-findings")
        .activity(Activity.builder().category(ActivityCategory.CLINICAL_ASSESSMENT).addCode(ActivityCode.cpt("90791"))
            .text("Emergency room clinical assessment").build())
        .assignee(peer("s-2").withSupervisor(SupervisorRef.builder().staffId("sup-2").kind(SupervisorKind.CLINICAL).peerRoleTrained(false).build()))
        .assignedBy(Role.CLINICIAN).setting(Setting.EMERGENCY_DEPARTMENT).serviceUserRef("u-2")
        .window(TimeWindow.of(saturdayNight, saturdayNight.plusHours(2)))
        .addPopulation(Population.TRAFFICKING_SURVIVOR).crisis(true)
        .build();
  }

  /**
   * A month's roster of {@code size} assignments: 50 staff (40 peers, 10 clinicians), 1,000 service
   * users, windows over March 2020 (some at weekends), one in ten crisis work, 200 debriefs, and an
   * intensive treatment team of all of them serving 900 people.
   */
  static Roster roster(int size) {
    Random random = new Random(20200302L);
    List<StaffMember> staff = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      StaffMember s = peer("s-" + i);
      staff.add(i < 40 ? s : s.withRole(Role.CLINICIAN));
    }
    ActivityCategory[] categories = {ActivityCategory.MUTUAL_SUPPORT, ActivityCategory.OUTREACH, ActivityCategory.RESOURCE_LINKAGE,
        ActivityCategory.GROUP_FACILITATION, ActivityCategory.CRISIS_SUPPORT, ActivityCategory.ACCOMPANIMENT};
    List<TaskAssignment> list = new ArrayList<>(size);
    LocalDateTime start = LocalDate.of(2020, 3, 1).atStartOfDay();
    for (int i = 0; i < size; i++) {
      LocalDateTime at = start.plusDays(random.nextInt(31)).plusHours(8 + random.nextInt(10));
      list.add(TaskAssignment.builder().id("t-" + i)
          .activity(Activity.of(categories[random.nextInt(categories.length)]))
          .assignee(staff.get(random.nextInt(staff.size())))
          .serviceUserRef("u-" + random.nextInt(1000))
          .window(TimeWindow.of(at, at.plusMinutes(30 + random.nextInt(90))))
          .crisis(random.nextInt(10) == 0)
          .build());
    }
    List<DebriefRecord> debriefs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      debriefs.add(DebriefRecord.of(staff.get(random.nextInt(staff.size())).getId(), start.plusDays(random.nextInt(31)).plusHours(12)));
    }
    Team.Builder team = Team.builder().id("itt-1").kind(TeamKind.INTENSIVE_TREATMENT).peopleServed(900);
    staff.forEach(s -> team.addMemberId(s.getId()));
    return Roster.builder().id("r-" + size).team(team.build()).periodStart(LocalDate.of(2020, 3, 1)).periodEnd(LocalDate.of(2020, 3, 31))
        .assignments(list).debriefs(debriefs).build();
  }
}
