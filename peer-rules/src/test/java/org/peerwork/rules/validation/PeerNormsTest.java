package org.peerwork.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.rules.Severity;

/** {@link PeerNorms} through Hibernate Validator, as a vendor would use it in their own classes. */
class PeerNormsTest {

  /** A vendor's worklist entry, validated with the vendor's own validator. */
  public static final class WorklistEntry {
    @PeerNorms
    public final TaskAssignment task;

    public WorklistEntry(TaskAssignment task) {
      this.task = task;
    }
  }

  /** A vendor's weekly plan: warnings too, and a list of assignments checked one by one. */
  public static final class WeekPlan {
    @PeerNorms(minimum = Severity.WARNING)
    public final Roster roster;
    public final List<@PeerNorms TaskAssignment> backlog;

    public WeekPlan(Roster roster, List<TaskAssignment> backlog) {
      this.roster = roster;
      this.backlog = backlog;
    }
  }

  /** A vendor's hiring and training records, validated down to INFO. */
  public static final class Records {
    @PeerNorms(minimum = Severity.INFO)
    public final org.peerwork.model.hiring.HiringPlan plan;
    @PeerNorms(minimum = Severity.INFO)
    public final org.peerwork.model.training.TrainingPlan training;
    @PeerNorms(minimum = Severity.WARNING)
    public final TaskAssignment task;

    public Records(org.peerwork.model.hiring.HiringPlan plan, org.peerwork.model.training.TrainingPlan training, TaskAssignment task) {
      this.plan = plan;
      this.training = training;
      this.task = task;
    }
  }

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void open() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static StaffMember peer(String id) {
    return StaffMember.builder().id(id).role(Role.PEER_SUPPORT_SPECIALIST)
        .supervisor(SupervisorRef.builder().staffId("sup").kind(SupervisorKind.PEER).peerRoleTrained(true).build()).build();
  }

  private static TaskAssignment task(String id, Activity activity) {
    return TaskAssignment.builder().id(id).activity(activity).assignee(peer("s-" + id)).build();
  }

  private static List<String> paths(Set<? extends ConstraintViolation<?>> vs) {
    return vs.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
  }

  @Test
  void aClinicalCodeAssignedToAPeerIsAViolationAtTheCodesPath() {
    TaskAssignment t = task("t-1", Activity.coded(ActivityCategory.MUTUAL_SUPPORT, ActivityCode.cpt("90791")));
    Set<ConstraintViolation<WorklistEntry>> vs = validator.validate(new WorklistEntry(t));
    assertThat(vs).singleElement().satisfies(v -> {
      assertThat(v.getPropertyPath().toString()).isEqualTo("task.activity.codes[0]");
      assertThat(v.getMessage()).startsWith("CPT 90791 (").endsWith("is a clinical-only code, assigned to a peer support specialist");
      assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(PeerNorms.class);
    });
  }

  @Test
  void onlyFindingsAtTheMinimumSeverityBecomeViolations() {
    assertThat(validator.validate(new WorklistEntry(task("t-cat", Activity.of(ActivityCategory.PERSONAL_ERRAND))))).isEmpty();
    assertThat(validator.validate(new WorklistEntry(task("t-fish", Activity.of(ActivityCategory.SOCIAL_ACTIVITY))))).isEmpty();
    assertThat(paths(validator.validate(new WorklistEntry(task("t-er", Activity.of(ActivityCategory.CLINICAL_ASSESSMENT))))))
        .containsExactly("task.activity.category");
    assertThat(validator.validate(new WorklistEntry(null))).isEmpty();
  }

  @Test
  void rosterFindingsAreNamedByIdAndListElementsByIndex() {
    List<TaskAssignment> many = new ArrayList<>();
    StaffMember p = peer("s-1");
    LocalDateTime monday = LocalDate.of(2020, 3, 2).atTime(10, 0);
    for (int i = 0; i < 16; i++) {
      many.add(TaskAssignment.builder().id("t-" + i).activity(Activity.of(ActivityCategory.MUTUAL_SUPPORT)).assignee(p)
          .serviceUserRef("u-" + i).window(TimeWindow.of(monday.plusDays(i % 5), monday.plusDays(i % 5).plusHours(1))).build());
    }
    Roster roster = Roster.builder().id("r-1").periodStart(LocalDate.of(2020, 3, 1)).periodEnd(LocalDate.of(2020, 3, 31))
        .assignments(many).build();
    List<TaskAssignment> backlog = List.of(task("b-ok", Activity.of(ActivityCategory.ADVOCACY)),
        task("b-loan", Activity.of(ActivityCategory.FINANCIAL_DEALING, "Lend {money} ${1+1}")));
    Set<ConstraintViolation<WeekPlan>> vs = validator.validate(new WeekPlan(roster, backlog));
    // a constraint on a type argument gets Hibernate Validator's usual "<list element>" node before the finding's path
    assertThat(paths(vs)).containsExactly("backlog[1].<list element>.activity.category", "roster.staff[id=s-1]");
    ConstraintViolation<WeekPlan> caseload = vs.stream().filter(v -> v.getPropertyPath().toString().startsWith("roster"))
        .findFirst().orElseThrow();
    assertThat(caseload.getMessage()).isEqualTo("staff member s-1 has a caseload of 16 people in the period, above the threshold of 15");
  }

  @Test
  void indexedPropertiesAndKeyedLeavesBecomeNodesOfTheirOwn() {
    var plan = new org.peerwork.rules.hiring.PersonalQuestionsByNonPeer().examples().get(0).document();
    var training = new org.peerwork.rules.training.NoSelfCareTraining().examples().get(1).document();
    var task = new org.peerwork.rules.assignment.AssigneeLacksPopulationTraining().examples().get(0).document();
    List<String> paths = paths(validator.validate(new Records(plan, training, task)));
    assertThat(paths).contains("plan.questions[0].askedBy", "plan.questions[1].askedBy", "training.offerings[0].tailoredToPeers",
        "task.populations[TRAFFICKING_SURVIVOR]");
    assertThat(paths).allSatisfy(p -> assertThat(p).matches("(plan|training|task)\\.[^.].*").doesNotEndWith(".").doesNotContain(".."));
  }

  @Test
  void messagesAreLiteralTextNeverExpressions() {
    assertThat(PeerNormsValidator.literal("a {b} ${1+1} \\ c")).isEqualTo("a \\{b\\} \\$\\{1+1\\} \\\\ c");
  }

  @Test
  void locationPathsSplitIntoSegments() {
    assertThat(PeerNormsValidator.parse("activity.codes[0]")).containsExactly(
        new PeerNormsValidator.Segment("activity", null), new PeerNormsValidator.Segment("codes", "0"));
    assertThat(PeerNormsValidator.parse("assignments[id=t.1].window")).containsExactly(
        new PeerNormsValidator.Segment("assignments", "id=t.1"), new PeerNormsValidator.Segment("window", null));
    assertThat(PeerNormsValidator.parse("staff[id=a]b]")).containsExactly(new PeerNormsValidator.Segment("staff", "id=a]b"));
    assertThat(PeerNormsValidator.parse("")).isEmpty();
    assertThat(PeerNormsValidator.parse("questions[12].askedBy")).containsExactly(
        new PeerNormsValidator.Segment("questions", "12"), new PeerNormsValidator.Segment("askedBy", null));
    assertThat(PeerNormsValidator.parse("a[0][1].b")).as("a further index on one name is not represented").containsExactly(
        new PeerNormsValidator.Segment("a", "0"), new PeerNormsValidator.Segment("b", null));
    assertThat(PeerNormsValidator.parse("a[0][1")).containsExactly(new PeerNormsValidator.Segment("a", "0"));
    assertThat(PeerNormsValidator.parse("a[id=x")).as("an unclosed index runs to the end").containsExactly(new PeerNormsValidator.Segment("a", "id=x"));
    assertThat(PeerNormsValidator.parse("[3]")).containsExactly(new PeerNormsValidator.Segment("", "3"));
    assertThat(PeerNormsValidator.parse("a..b.")).containsExactly(new PeerNormsValidator.Segment("a", null), new PeerNormsValidator.Segment("b", null));
    assertThat(PeerNormsValidator.parse("sourceText")).containsExactly(new PeerNormsValidator.Segment("sourceText", null));
  }

  @Test
  void violationsAreStableAcrossRuns() {
    TaskAssignment t = task("t-2", Activity.builder().category(ActivityCategory.PSYCHOTHERAPY).addCode(ActivityCode.cpt("90834")).build());
    List<String> first = validator.validate(new WorklistEntry(t)).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).map(v -> v.getPropertyPath() + " " + v.getMessage()).toList();
    List<String> again = validator.validate(new WorklistEntry(t)).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).map(v -> v.getPropertyPath() + " " + v.getMessage()).toList();
    assertThat(first).isEqualTo(again).hasSize(1);
  }
}
