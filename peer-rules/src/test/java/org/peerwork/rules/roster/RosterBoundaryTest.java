package org.peerwork.rules.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.assignment.DebriefRecord;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.organization.Team;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;

/**
 * The roster rules exactly at their thresholds and edges: one below, at and one above each
 * threshold, debriefs at the very start of an assignment, windows that touch the period, the
 * counts and dates the findings report. Written to pin the rules' arithmetic (mutation testing
 * showed the property tests let off-by-one changes pass).
 */
class RosterBoundaryTest {

  private static final StaffMember PEER = Examples.staff("s-1", Role.PEER_SUPPORT_SPECIALIST);

  private static PeerChecks with(Threshold t, double v) {
    return PeerChecks.standard().withPolicy(Policy.builder().putThreshold(t, v).build());
  }

  private static List<Finding> findings(PeerChecks checks, Roster roster, String rule) {
    return checks.check(roster).findingsOf(rule);
  }

  private static TaskAssignment crisis(String id, LocalDateTime start) {
    return Examples.task(id, PEER, "u-" + id, start).withCrisis(true);
  }

  // ---------------------------------------------------------------- CrisisWorkWithoutDebrief

  @Test
  void crisisAssignmentsAtTheThresholdAreFineAndOneMoreIsAFinding() {
    List<TaskAssignment> three = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      three.add(crisis("c-" + i, Examples.workingDay(i)));
    }
    PeerChecks limit3 = with(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF, 3);
    assertThat(findings(limit3, Examples.roster("r", three.subList(0, 3)), "CrisisWorkWithoutDebrief")).isEmpty();
    List<Finding> four = findings(limit3, Examples.roster("r", three), "CrisisWorkWithoutDebrief");
    assertThat(four).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("staff[id=s-1]");
      assertThat(f.getEvidence().getFacts()).containsEntry("longestRunWithoutDebrief", "4").containsEntry("crisisAssignments", "4")
          .containsEntry("debriefs", "0").doesNotContainKey("runFrom");
      assertThat(f.getMessage().getText()).contains("4 crisis assignments").contains("more than 3");
    });
  }

  @Test
  void aDebriefAtTheVeryStartOfAnAssignmentBreaksTheRun() {
    List<TaskAssignment> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(crisis("c-" + i, Examples.workingDay(i)));
    }
    PeerChecks limit2 = with(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF, 2);
    // a debrief exactly when the third assignment starts: runs of 2 and 3
    Roster atStart = Examples.roster("r", five).withDebriefs(DebriefRecord.of("s-1", Examples.workingDay(2)));
    assertThat(findings(limit2, atStart, "CrisisWorkWithoutDebrief")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("longestRunWithoutDebrief", "3").containsEntry("crisisAssignments", "5")
            .containsEntry("debriefs", "1")
            .containsEntry("runFrom", Examples.workingDay(2).toString()).containsEntry("runTo", Examples.workingDay(4).toString()));
    // one minute later the debrief no longer counts for the third: runs of 3 and 2
    Roster justAfter = Examples.roster("r", five).withDebriefs(DebriefRecord.of("s-1", Examples.workingDay(2).plusMinutes(1)));
    assertThat(findings(limit2, justAfter, "CrisisWorkWithoutDebrief")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("longestRunWithoutDebrief", "3")
            .containsEntry("runFrom", Examples.workingDay(0).toString()).containsEntry("runTo", Examples.workingDay(2).toString()));
    // debriefs after every second assignment: runs of 2, within the limit
    Roster regular = Examples.roster("r", five).withDebriefs(DebriefRecord.of("s-1", Examples.workingDay(2)), DebriefRecord.of("s-1", Examples.workingDay(4)));
    assertThat(findings(limit2, regular, "CrisisWorkWithoutDebrief")).isEmpty();
    // another staff member's debrief does not count
    Roster othersDebrief = Examples.roster("r", five).withDebriefs(DebriefRecord.of("s-2", Examples.workingDay(2)));
    assertThat(findings(limit2, othersDebrief, "CrisisWorkWithoutDebrief")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("longestRunWithoutDebrief", "5").containsEntry("debriefs", "0"));
  }

  @Test
  void untimedCrisisAssignmentsCountWhenThereIsNoDebrief() {
    List<TaskAssignment> mixed = new ArrayList<>();
    mixed.add(crisis("c-0", Examples.workingDay(0)));
    for (int i = 1; i < 3; i++) {
      TaskAssignment a = crisis("c-" + i, Examples.workingDay(i));
      mixed.add(TaskAssignment.builder().from(a).window(java.util.Optional.empty()).build());
    }
    mixed.add(Examples.task("n-1", PEER, "u-n", Examples.workingDay(3)));
    PeerChecks limit2 = with(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF, 2);
    assertThat(findings(limit2, Examples.roster("r", mixed), "CrisisWorkWithoutDebrief")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("longestRunWithoutDebrief", "3").containsEntry("crisisAssignments", "3"));
    assertThat(findings(with(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF, 3), Examples.roster("r", mixed), "CrisisWorkWithoutDebrief")).isEmpty();
  }

  @Test
  void ofTwoEqualRunsTheFirstIsReportedAndUntimedOnlyStaffCount() {
    List<TaskAssignment> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(crisis("c-" + i, Examples.workingDay(i)));
    }
    PeerChecks limit2 = with(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF, 2);
    // a debrief before the fourth: runs of 3 and 3
    Roster runs = Examples.roster("r", six).withDebriefs(DebriefRecord.of("s-1", Examples.workingDay(3)));
    assertThat(findings(limit2, runs, "CrisisWorkWithoutDebrief")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("longestRunWithoutDebrief", "3")
            .containsEntry("runFrom", Examples.workingDay(0).toString()).containsEntry("runTo", Examples.workingDay(2).toString()));
    // a staff member whose crisis assignments all lack a time window
    List<TaskAssignment> untimed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      untimed.add(TaskAssignment.builder().from(crisis("u-" + i, Examples.workingDay(i))).window(java.util.Optional.empty()).build());
    }
    assertThat(findings(limit2, Examples.roster("r", untimed), "CrisisWorkWithoutDebrief")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("crisisAssignments", "3"));
    assertThat(findings(limit2, Examples.roster("r", List.of(Examples.task("n", PEER, "u", Examples.workingDay(0)))),
        "CrisisWorkWithoutDebrief")).as("no crisis work").isEmpty();
  }

  // ---------------------------------------------------------------- CaseloadOverThreshold

  @Test
  void aCaseloadAtTheThresholdIsFineAndOneMoreIsAFinding() {
    List<TaskAssignment> tasks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      tasks.add(Examples.task("t-" + i, PEER, "u-" + i, Examples.workingDay(i)));
    }
    tasks.add(Examples.task("t-again", PEER, "u-0", Examples.workingDay(5)));
    PeerChecks limit4 = with(Threshold.MAX_CASELOAD, 4);
    assertThat(findings(limit4, Examples.roster("r", tasks), "CaseloadOverThreshold")).as("u-0 twice is one person").isEmpty();
    tasks.add(Examples.task("t-4", PEER, "u-4", Examples.workingDay(6)));
    assertThat(findings(limit4, Examples.roster("r", tasks), "CaseloadOverThreshold")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("caseload", "5").containsEntry("threshold", "4")
            .containsEntry("periodStart", "2020-03-01").containsEntry("periodEnd", "2020-03-31"));
  }

  @Test
  void onlyAssignmentsTouchingThePeriodCount() {
    LocalDate start = LocalDate.of(2020, 3, 1);
    LocalDate end = LocalDate.of(2020, 3, 31);
    TaskAssignment endsOnTheFirstDay = Examples.task("a", PEER, "u-a", start.minusDays(1).atTime(23, 0)).withWindow(
        TimeWindow.of(start.minusDays(1).atTime(23, 0), start.atTime(0, 30)));
    TaskAssignment startsOnTheLastDay = Examples.task("b", PEER, "u-b", end.atTime(23, 0));
    TaskAssignment endsTheDayBefore = Examples.task("c", PEER, "u-c", start.minusDays(1).atTime(10, 0));
    TaskAssignment startsTheDayAfter = Examples.task("d", PEER, "u-d", end.plusDays(1).atTime(0, 0));
    TaskAssignment untimed = TaskAssignment.builder().from(Examples.task("e", PEER, "u-e", Examples.workingDay(0)))
        .window(java.util.Optional.empty()).build();
    assertThat(CaseloadOverThreshold.inPeriod(endsOnTheFirstDay, start, end)).isTrue();
    assertThat(CaseloadOverThreshold.inPeriod(startsOnTheLastDay, start, end)).isTrue();
    assertThat(CaseloadOverThreshold.inPeriod(endsTheDayBefore, start, end)).isFalse();
    assertThat(CaseloadOverThreshold.inPeriod(startsTheDayAfter, start, end)).isFalse();
    assertThat(CaseloadOverThreshold.inPeriod(untimed, start, end)).isTrue();
    Roster r = Examples.roster("r", List.of(endsOnTheFirstDay, startsOnTheLastDay, endsTheDayBefore, startsTheDayAfter, untimed));
    assertThat(findings(with(Threshold.MAX_CASELOAD, 2), r, "CaseloadOverThreshold")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getFacts()).containsEntry("caseload", "3"));
    assertThat(findings(with(Threshold.MAX_CASELOAD, 3), r, "CaseloadOverThreshold")).isEmpty();
  }

  // ---------------------------------------------------------------- RepeatedDayOffContact

  @Test
  void dayOffContactsAreCountedWithinTheWindowExactly() {
    LocalDateTime sat1 = Examples.SATURDAY.atTime(10, 0);
    LocalDateTime sun1 = sat1.plusDays(1);
    LocalDateTime sat2 = sat1.plusDays(7);
    LocalDateTime sat3 = sat1.plusDays(14);
    List<TaskAssignment> tasks = List.of(
        Examples.task("a", PEER, "u-1", sat1), Examples.task("b", PEER, "u-2", sun1),
        Examples.task("c", PEER, "u-3", sat2), Examples.task("d", PEER, "u-4", sat3),
        Examples.task("w", PEER, "u-5", Examples.workingDay(0)));
    Roster r = Examples.roster("r", tasks);
    PeerChecks base = PeerChecks.standard().withPolicy(Policy.builder()
        .putThreshold(Threshold.DAY_OFF_WINDOW_DAYS, 8).putThreshold(Threshold.REPEATED_DAY_OFF_CONTACTS, 3).build());
    // within 8 days: sat1, sun1, sat2 (7 days after sat1): three contacts
    assertThat(findings(base, r, "RepeatedDayOffContact")).singleElement().satisfies(f -> {
      assertThat(f.getEvidence().getFacts()).containsEntry("contactsInWindow", "3");
      assertThat(f.getMessage().getText()).contains("3 times on days off within 8 days (2020-03-07 to 2020-03-14)");
    });
    // a 7-day window no longer holds sat1 and sat2 together: at most two
    PeerChecks seven = PeerChecks.standard().withPolicy(Policy.builder()
        .putThreshold(Threshold.DAY_OFF_WINDOW_DAYS, 7).putThreshold(Threshold.REPEATED_DAY_OFF_CONTACTS, 3).build());
    assertThat(findings(seven, r, "RepeatedDayOffContact")).isEmpty();
    PeerChecks twoInSeven = PeerChecks.standard().withPolicy(Policy.builder()
        .putThreshold(Threshold.DAY_OFF_WINDOW_DAYS, 7).putThreshold(Threshold.REPEATED_DAY_OFF_CONTACTS, 2).build());
    assertThat(findings(twoInSeven, r, "RepeatedDayOffContact")).singleElement().satisfies(f ->
        assertThat(f.getMessage().getText()).contains("2 times on days off within 7 days (2020-03-07 to 2020-03-08)"));
    // a 15-day window holds all four
    PeerChecks fifteen = PeerChecks.standard().withPolicy(Policy.builder()
        .putThreshold(Threshold.DAY_OFF_WINDOW_DAYS, 15).putThreshold(Threshold.REPEATED_DAY_OFF_CONTACTS, 4).build());
    assertThat(findings(fifteen, r, "RepeatedDayOffContact")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("contactsInWindow", "4"));
  }

  // ---------------------------------------------------------------- SinglePeerCoversTeam

  @Test
  void aSinglePeerOnATeamIsMeasuredAgainstTheTeamThreshold() {
    StaffMember clinician = Examples.staff("c-1", Role.CLINICIAN);
    List<TaskAssignment> tasks = List.of(Examples.task("a", PEER, "u-1", Examples.workingDay(0)),
        Examples.task("b", clinician, "u-2", Examples.workingDay(1)));
    Team team = Team.builder().id("team-1").kind(TeamKind.INTENSIVE_TREATMENT).addMemberIds("s-1", "c-1").peopleServed(30).build();
    Roster r = Examples.roster("r", tasks).withTeam(team);
    assertThat(findings(with(Threshold.MAX_PEOPLE_PER_TEAM_PEER, 30), r, "SinglePeerCoversTeam")).isEmpty();
    assertThat(findings(with(Threshold.MAX_PEOPLE_PER_TEAM_PEER, 29), r, "SinglePeerCoversTeam")).singleElement()
        .satisfies(f -> assertThat(f.getMessage().getText()).contains("30"));
    StaffMember second = Examples.staff("s-2", Role.PEER_SUPPORT_SPECIALIST);
    Roster twoPeers = Examples.roster("r", List.of(tasks.get(0), tasks.get(1), Examples.task("c", second, "u-3", Examples.workingDay(2))))
        .withTeam(team.withMemberIds("s-1", "c-1", "s-2"));
    assertThat(findings(with(Threshold.MAX_PEOPLE_PER_TEAM_PEER, 15), twoPeers, "SinglePeerCoversTeam")).isEmpty();
    assertThat(findings(with(Threshold.MAX_PEOPLE_PER_TEAM_PEER, 14), twoPeers, "SinglePeerCoversTeam")).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("peers", "2").containsEntry("peoplePerPeer", "15").containsEntry("threshold", "14"));
    // a team that lists no members: every peer on the roster is one of its peers; the ratio keeps one decimal
    Roster noMembers = twoPeers.withTeam(Team.builder().id("team-2").kind(TeamKind.INTENSIVE_TREATMENT).peopleServed(31).build());
    assertThat(findings(with(Threshold.MAX_PEOPLE_PER_TEAM_PEER, 15), noMembers, "SinglePeerCoversTeam")).singleElement().satisfies(f -> {
      assertThat(f.getEvidence().getFacts()).containsEntry("peers", "2").containsEntry("peoplePerPeer", "15.5");
      assertThat(f.getMessage().getText()).startsWith("2 peers on ");
    });
    // members who are not peers on the roster are not peers of the team
    Roster clinicianOnly = Examples.roster("r", List.of(tasks.get(1))).withTeam(team);
    assertThat(findings(with(Threshold.MAX_PEOPLE_PER_TEAM_PEER, 1), clinicianOnly, "SinglePeerCoversTeam")).isEmpty();
  }
}
