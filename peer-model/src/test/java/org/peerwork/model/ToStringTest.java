package org.peerwork.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.DebriefRecord;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewQuestion;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.hiring.Interviewer;
import org.peerwork.model.hiring.PositionKind;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.incident.ReviewOutcome;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.organization.Agency;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.organization.Team;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.Role;
import org.peerwork.model.role.RoleProfile;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.testing.Generators;
import org.peerwork.model.text.TextSpan;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingOffering;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.model.workplace.Challenge;
import org.peerwork.model.workplace.WorkCondition;
import org.peerwork.model.workplace.WorkFromHome;
import org.peerwork.model.workplace.WorkplacePolicy;

/** The main values print as a person would write them in JShell, naming people by opaque id only. */
class ToStringTest {

  private static final LocalDateTime TEN = LocalDateTime.parse("2020-03-02T10:00");

  @Test
  void valuesReadWell() {
    assertThat(StudySections.study(StudySections.HIRING)).hasToString("ALMEIDA2020, Results: Hiring Peer Support Specialists");
    assertThat(ActivityCode.cpt("90791")).hasToString("CPT 90791");
    assertThat(Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "go fishing")).hasToString("Social activity \"go fishing\"");
    assertThat(Activity.coded(ActivityCategory.CLINICAL_ASSESSMENT, ActivityCode.cpt("90791"))).hasToString("Clinical assessment [CPT 90791]");
    assertThat(TimeWindow.of(TEN, TEN.plusHours(1))).hasToString("2020-03-02T10:00..2020-03-02T11:00");
    assertThat(WorkingSchedule.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))).hasToString("[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY] 09:00-17:00");
    assertThat(HeldCredential.inProgress("CRSW")).hasToString("CRSW in progress");
    assertThat(SupervisorRef.builder().staffId("s-9").kind(SupervisorKind.CLINICAL).peerRoleTrained(false).build())
        .hasToString("Clinical supervisor s-9 (no peer-role training)");
    assertThat(StaffMember.of("s-1", Role.PEER_SUPPORT_SPECIALIST)).hasToString("StaffMember{s-1, Peer support specialist}");
    assertThat(RoleProfile.of(Role.PEER_SUPPORT_SPECIALIST)).hasToString("Peer support specialist (NUCC 175T00000X, peer norms)");
    assertThat(Duty.builder().text("Diagnose mental illness").excluded(true).build()).hasToString("NOT: Diagnose mental illness");
    assertThat(TextSpan.of(3, 9)).hasToString("[3, 9)");
    assertThat(Compensation.builder().hourlyWage(new BigDecimal("15.50")).comparableRole(Role.CASE_MANAGER).comparableRoleWage(new BigDecimal("21.00")).build())
        .hasToString("15.50 an hour (comparable role: Case manager, 21.00 an hour)");
    assertThat(Compensation.builder().hourlyWage(new BigDecimal("1E+1")).build()).hasToString("10 an hour");
    assertThat(Interviewer.peer("i-1")).hasToString("peer i-1");
    assertThat(Interviewer.nonPeer("i-2")).hasToString("non-peer i-2");
    assertThat(InterviewQuestion.builder().text("What do you do for your own recovery?").topic(InterviewTopic.OWN_RECOVERY).askedBy("i-1").build())
        .hasToString("[Own recovery] What do you do for your own recovery? (asked by i-1)");
    assertThat(TrainingOffering.builder().topic(TrainingTopic.SELF_CARE).tailoredToPeers(true).build()).hasToString("Self-care for peer staff (tailored to peers)");
    assertThat(TrainingOffering.builder().topic(TrainingTopic.SELF_CARE).audiences(EnumSet.noneOf(TrainingAudience.class)).build()).hasToString("Self-care for no one");
    assertThat(DebriefRecord.of("s-1", TEN)).hasToString("debrief of s-1 at 2020-03-02T10:00");
    assertThat(BoundaryNorms.standard().norm(NormSet.PEER, ActivityCategory.SOCIAL_ACTIVITY).toString()).startsWith("Peer norms: Social activity is permitted (");
  }

  @Test
  void documentsReadWell() {
    TaskAssignment a = TaskAssignment.builder().id("t-1").activity(Activity.coded(ActivityCategory.CLINICAL_ASSESSMENT, ActivityCode.cpt("90791")))
        .assignee(StaffMember.of("s-1", Role.PEER_SUPPORT_SPECIALIST)).window(TimeWindow.of(TEN, TEN.plusHours(1))).build();
    assertThat(a).hasToString("TaskAssignment{t-1: Clinical assessment [CPT 90791] to Peer support specialist s-1 at 2020-03-02T10:00..2020-03-02T11:00}");
    assertThat(Roster.builder().id("r-1").periodStart(LocalDate.parse("2020-03-01")).periodEnd(LocalDate.parse("2020-03-31")).addAssignment(a).build())
        .hasToString("Roster{r-1, 2020-03-01..2020-03-31, 1 assignments}");
    assertThat(JobDescription.builder().id("jd-1").role(Role.RECOVERY_COACH).title("Recovery Coach").addDuty(Duty.of("Share your story")).build())
        .hasToString("JobDescription{jd-1, Recovery Coach, 1 duties}");
    assertThat(HiringPlan.builder().id("hp-1").positionKind(PositionKind.GET_WELL).addPanel(Interviewer.peer("i-1")).build())
        .hasToString("HiringPlan{hp-1, Get-well position, panel of 1, 0 questions}");
    assertThat(SupervisionArrangement.builder().id("sa-1").supervisorKind(SupervisorKind.PEER).supervisorPeerRoleTrained(true)
        .frequency(SupervisionFrequency.WEEKLY).addSuperviseeIds("s-1", "s-2").regularAccess(true).debriefingAvailable(true).build())
        .hasToString("SupervisionArrangement{sa-1, Peer supervisor (peer-role trained), weekly, 2 supervisees}");
    assertThat(TrainingPlan.builder().id("tp-1").addOffering(TrainingOffering.of(TrainingTopic.SELF_CARE)).addOffering(TrainingOffering.of(TrainingTopic.PEER_BOUNDARIES)).build())
        .hasToString("TrainingPlan{tp-1, 2 offerings: Self-care, Peer boundaries}");
    WorkplacePolicy policy = WorkplacePolicy.builder().id("wp-1").callsOnDaysOffExpected(true).workFromHome(WorkFromHome.UNLIMITED)
        .sendHomeForSelfCare(true).peerCheckIns(false).debriefingAvailable(false).crisisWork(true).peersPerIntensiveTeam(1)
        .addRecordedChallenges(Challenge.LOW_PAY, Challenge.HIGH_DEMAND).build();
    assertThat(policy).hasToString("WorkplacePolicy{wp-1, Working from home, Calls on days off, Exposure to crisis work, Sent home for self-care, One peer per team; challenges: Low pay, High job demands}");
    assertThat(policy.conditions()).containsExactly(WorkCondition.WORK_FROM_HOME, WorkCondition.CALLS_ON_DAYS_OFF, WorkCondition.CRISIS_WORK_EXPOSURE,
        WorkCondition.SEND_HOME_FOR_SELF_CARE, WorkCondition.ONE_PEER_PER_TEAM);
    assertThat(IncidentReview.builder().id("ir-1").staffId("s-1").staffRole(Role.PEER_SUPPORT_SPECIALIST).activity(Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "went fishing"))
        .appliedNormSet(NormSet.CLINICAL).outcome(ReviewOutcome.REPRIMAND).build())
        .hasToString("IncidentReview{ir-1: Reprimand of Peer support specialist s-1 for Social activity, under clinical norms}");
    assertThat(Agency.builder().id("ag-1").type(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER).addTeam(Team.builder().id("itt-1")
        .kind(TeamKind.INTENSIVE_TREATMENT).addMemberIds("s-1", "s-2", "s-3").peopleServed(120).build()).build())
        .hasToString("Agency{ag-1, Agency-led community mental health center, 1 team}");
    assertThat(Team.builder().id("itt-1").kind(TeamKind.INTENSIVE_TREATMENT).addMemberId("s-1").peopleServed(120).build())
        .hasToString("Team{itt-1, Intensive treatment team, 1 member, serving 120}");
  }

  @Test
  void everyDocumentsToStringIsShortAndStartsWithItsTypeAndId() {
    qt().withExamples(100).forAll(Generators.documents()).checkAssert(d -> {
      String s = d.toString();
      assertThat(s).startsWith(d.getClass().getSimpleName() + "{" + d.getId());
      assertThat(s.length()).as(s).isLessThan(d.getId().length() + 400 + textIn(d));
    });
  }

  /** Activity text is the assigner's words and may be printed; allow for it. */
  private static int textIn(PeerDocument d) {
    if (d instanceof TaskAssignment a) {
      return a.getActivity().getText().map(String::length).orElse(0) + a.getActivity().getCodes().toString().length()
          + a.getAssignee().getId().length();
    }
    if (d instanceof JobDescription j) {
      return j.getTitle().map(String::length).orElse(0);
    }
    if (d instanceof IncidentReview r) {
      return r.getStaffId().length();
    }
    return 0;
  }

  @Test
  void staffAreNamedByIdOnly() {
    StaffMember staff = StaffMember.builder().id("s-1").role(Role.PEER_SUPPORT_SPECIALIST).addCredential(HeldCredential.certified("CRSW"))
        .schedule(WorkingSchedule.builder().addWorkingDay(DayOfWeek.MONDAY).start(LocalTime.NOON).end(LocalTime.of(13, 0)).build()).build();
    assertThat(staff.toString()).isEqualTo("StaffMember{s-1, Peer support specialist}");
  }
}
