package org.peerwork.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewQuestion;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.Coverage;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.job.Qualifications;
import org.peerwork.model.job.ScheduleTerms;
import org.peerwork.model.organization.Team;
import org.peerwork.model.role.Role;
import org.peerwork.model.role.RoleProfile;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.text.TextSpan;
import org.peerwork.model.workplace.WorkplacePolicy;

/**
 * The model's Bean Validation constraints, as Hibernate Validator with no special configuration
 * reports them (a plain {@code Validation.buildDefaultValidatorFactory()}), and as
 * {@link PeerValidation} reports them: the same property paths either way. And what builders
 * reject outright.
 */
class BeanValidationTest {

  private static ValidatorFactory factory;
  private static Validator plain;

  @BeforeAll
  static void plainValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    plain = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static final LocalDateTime NINE = LocalDateTime.parse("2020-03-02T09:00");

  static TaskAssignment assignment() {
    return TaskAssignment.builder()
        .id("t-1")
        .activity(Activity.of(ActivityCategory.MUTUAL_SUPPORT))
        .assignee(StaffMember.of("s-1", Role.PEER_SUPPORT_SPECIALIST))
        .window(TimeWindow.of(NINE, NINE.plusHours(1)))
        .build();
  }

  static JobDescription job() {
    return JobDescription.builder().id("jd-1").role(Role.PEER_SUPPORT_SPECIALIST).addDuty(Duty.of("Facilitate peer support groups")).build();
  }

  /** The paths a plain Hibernate Validator reports; they must equal PeerValidation's. */
  private static Set<String> paths(Object value) {
    Set<String> plainPaths = plain.validate(value).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> peerPaths = PeerValidation.validate(value).stream().map(ConstraintProblem::path).collect(Collectors.toCollection(TreeSet::new));
    assertThat(peerPaths).as("PeerValidation and a plain validator agree").isEqualTo(plainPaths);
    return plainPaths;
  }

  @Test
  void validValuesHaveNoViolations() {
    assertThat(paths(assignment())).isEmpty();
    assertThat(paths(job())).isEmpty();
    assertThat(PeerValidation.requireValid(assignment())).isEqualTo(assignment());
  }

  @Test
  void blankIds() {
    assertThat(paths(assignment().withId(" "))).containsExactly("id");
    assertThat(paths(assignment().withId(""))).containsExactly("id");
    assertThat(paths(assignment().withAssignee(StaffMember.of("\t", Role.CLINICIAN)))).containsExactly("assignee.id");
    assertThat(paths(job().withId("  "))).containsExactly("id");
    assertThat(paths(Team.builder().id("team-1").addMemberIds("s-1", " ").build())).containsExactly("memberIds[1].<list element>");
    List<ConstraintProblem> problems = PeerValidation.validate(assignment().withId(" "));
    assertThat(problems).extracting(ConstraintProblem::message).containsExactly("must not be blank");
    assertThat(problems.get(0).messageTemplate()).isEqualTo("{jakarta.validation.constraints.NotBlank.message}");
  }

  @Test
  void tooLongIds() {
    assertThat(paths(assignment().withId("x".repeat(201)))).containsExactly("id");
    assertThat(paths(assignment().withId("x".repeat(200)))).isEmpty();
  }

  @Test
  void timeWindowEndingBeforeItStarts() {
    TaskAssignment backwards = assignment().withWindow(TimeWindow.of(NINE, NINE.minusMinutes(30)));
    assertThat(paths(backwards)).containsExactly("window.endAfterStart");
    assertThat(PeerValidation.validate(backwards)).extracting(ConstraintProblem::message).containsExactly("a time window must end after it starts");
    assertThat(paths(assignment().withWindow(TimeWindow.of(NINE, NINE)))).as("an empty window").containsExactly("window.endAfterStart");

    Roster roster = Roster.builder().id("r-1").periodStart(LocalDate.parse("2020-03-01")).periodEnd(LocalDate.parse("2020-03-31"))
        .addAssignments(assignment(), backwards.withId("t-2")).build();
    assertThat(paths(roster)).containsExactly("assignments[1].window.endAfterStart");
    assertThat(paths(roster.withPeriodEnd(LocalDate.parse("2020-02-01")))).containsExactly("assignments[1].window.endAfterStart", "periodOrdered");
  }

  @Test
  void workingDayEndingBeforeItStarts() {
    WorkingSchedule night = WorkingSchedule.weekdays(LocalTime.of(17, 0), LocalTime.of(9, 0));
    StaffMember staff = StaffMember.builder().id("s-1").role(Role.PEER_SUPPORT_SPECIALIST).schedule(night).build();
    assertThat(paths(assignment().withAssignee(staff))).containsExactly("assignee.schedule.endAfterStart");
  }

  @Test
  void weeklyHoursOver168() {
    JobDescription overtime = job().withSchedule(ScheduleTerms.builder().weeklyHours(169.0).build());
    assertThat(paths(overtime)).containsExactly("schedule.weeklyHours");
    assertThat(PeerValidation.validate(overtime)).extracting(ConstraintProblem::message).containsExactly("must be less than or equal to 168");
    assertThat(paths(job().withSchedule(ScheduleTerms.builder().weeklyHours(168.0).build()))).isEmpty();
    assertThat(paths(job().withSchedule(ScheduleTerms.builder().weeklyHours(0.0).build()))).containsExactly("schedule.weeklyHours");
    assertThat(paths(HiringPlan.builder().id("hp-1").weeklyHours(200.0).build())).containsExactly("weeklyHours");
  }

  @Test
  void nuccCodePattern() {
    assertThat(paths(RoleProfile.of(Role.PEER_SUPPORT_SPECIALIST))).isEmpty();
    RoleProfile wrong = RoleProfile.builder().role(Role.PEER_SUPPORT_SPECIALIST).nuccCode("175T0000").build();
    assertThat(paths(wrong)).containsExactly("nuccCode");
    assertThat(PeerValidation.validate(wrong)).extracting(ConstraintProblem::message)
        .containsExactly("must be a 10-character NUCC taxonomy code such as 175T00000X");
    assertThat(paths(wrong.withNuccCode("175t00000x"))).containsExactly("nuccCode");
    for (Role r : Role.values()) {
      assertThat(paths(RoleProfile.of(r))).as(r.name()).isEmpty();
    }
  }

  @Test
  void countsAndTextLimits() {
    assertThat(paths(job().withCoverage(Coverage.builder().peersOnTeam(0).build()))).containsExactly("coverage.peersOnTeam");
    assertThat(paths(job().withDuties(Duty.of(" ")))).containsExactly("duties[0].text");
    assertThat(paths(job().withDuties(Duty.of("x".repeat(10_001))))).containsExactly("duties[0].text");
    assertThat(paths(job().withTitle("t".repeat(501)))).containsExactly("title");
    assertThat(paths(assignment().withActivity(Activity.of(ActivityCategory.OUTREACH, "x".repeat(2001))))).containsExactly("activity.text");
    assertThat(paths(assignment().withActivity(Activity.coded(ActivityCategory.OUTREACH, ActivityCode.local(" "))))).containsExactly("activity.codes[0].code");
    assertThat(paths(Citation.of("", "Results"))).containsExactly("sourceId");
  }

  @Test
  void optionalIdsMayBeAbsentButNotBlank() {
    HiringPlan unassigned = HiringPlan.builder().id("hp-1").addQuestion(InterviewQuestion.builder().text("What do you do for your recovery?").topic(InterviewTopic.OWN_RECOVERY).build()).build();
    assertThat(paths(unassigned)).isEmpty();
    HiringPlan blank = unassigned.withQuestions(unassigned.getQuestions().get(0).withAskedBy(" "));
    assertThat(paths(blank)).containsExactly("questions[0].askedBy");
    SupervisionArrangement arrangement = SupervisionArrangement.builder().id("sa-1").supervisorKind(SupervisorKind.PEER).supervisorPeerRoleTrained(true)
        .frequency(SupervisionFrequency.WEEKLY).regularAccess(true).debriefingAvailable(true).build();
    assertThat(paths(arrangement)).isEmpty();
    assertThat(paths(arrangement.withSupervisorId("\n"))).containsExactly("supervisorId");
  }

  @Test
  void severalViolationsAreAllReportedSortedByPath() {
    TaskAssignment bad = assignment().withId("").withWindow(TimeWindow.of(NINE, NINE.minusHours(1)))
        .withAssignee(StaffMember.of(" ", Role.PEER_SUPPORT_SPECIALIST));
    assertThat(PeerValidation.validate(bad)).extracting(ConstraintProblem::path).containsExactly("assignee.id", "id", "window.endAfterStart");
    assertThatThrownBy(() -> PeerValidation.requireValid(bad))
        .isInstanceOf(PeerValidationException.class)
        .hasMessageStartingWith("TaskAssignment is not valid: [assignee.id: must not be blank, id: must not be blank, window.endAfterStart:")
        .satisfies(e -> assertThat(((PeerValidationException) e).problems()).hasSize(3));
    Set<ConstraintViolation<TaskAssignment>> violations = plain.validate(bad);
    assertThat(violations).hasSize(3);
  }

  @Test
  void buildersRejectWhatCanNeverBeValid() {
    assertThatThrownBy(() -> Compensation.builder().hourlyWage(new BigDecimal("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("hourlyWage must be zero or more, was -0.01");
    assertThatThrownBy(() -> Compensation.builder().hourlyWage(BigDecimal.TEN).comparableRoleWage(BigDecimal.valueOf(-20)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comparableRoleWage must be zero or more");
    assertThatThrownBy(() -> TextSpan.of(-1, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= start <= end");
    assertThatThrownBy(() -> TextSpan.of(5, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= start <= end");
    assertThatThrownBy(() -> Coverage.builder().caseload(-1).build()).isInstanceOf(IllegalArgumentException.class).hasMessage("caseload must be zero or more, was -1");
    assertThatThrownBy(() -> Coverage.builder().peersOnTeam(-2).build()).hasMessageContaining("peersOnTeam must be zero or more");
    assertThatThrownBy(() -> Team.builder().id("team-1").peopleServed(-5).build()).hasMessageContaining("peopleServed must be zero or more");
    assertThatThrownBy(() -> Qualifications.builder().livedExperienceRequired(true).minimumRecoveryMonths(-12).build())
        .hasMessageContaining("minimumRecoveryMonths must be zero or more");
    assertThatThrownBy(() -> ScheduleTerms.builder().weeklyHours(Double.NaN).build()).hasMessageContaining("weeklyHours must be a finite number");
    assertThatThrownBy(() -> ScheduleTerms.builder().weeklyHours(-1.0).build()).hasMessageContaining("weeklyHours");
    assertThatThrownBy(() -> HiringPlan.builder().id("hp-1").caseload(-1).build()).hasMessageContaining("caseload must be zero or more");
    assertThatThrownBy(() -> HiringPlan.builder().id("hp-1").weeklyHours(Double.POSITIVE_INFINITY).build()).hasMessageContaining("weeklyHours");
    assertThatThrownBy(() -> WorkplacePolicy.builder().id("wp-1").callsOnDaysOffExpected(false).sendHomeForSelfCare(true).peerCheckIns(true)
        .debriefingAvailable(true).crisisWork(false).peerHourlyWage(BigDecimal.valueOf(-15)).build())
        .hasMessageContaining("peerHourlyWage must be zero or more");
    assertThatThrownBy(() -> TaskAssignment.builder().id("t-1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("required attributes are not set").hasMessageContaining("activity");
    // zero is a valid amount and count
    assertThat(Compensation.builder().hourlyWage(BigDecimal.ZERO).build().getHourlyWage()).isZero();
    assertThat(Coverage.builder().caseload(0).build().getCaseload()).contains(0);
  }
}
