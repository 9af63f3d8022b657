package org.peerwork.rules.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;

/**
 * Two assignment rules at their edges, pinned exactly (mutation testing showed the property tests
 * let changes to their counting and audience logic pass): which trainings a role needs for a
 * population, the crisis training, and how a job description's coded, uncoded and excluded duties
 * are counted.
 */
class AssignmentBoundaryTest {

  private static final PeerChecks CHECKS = PeerChecks.standard();

  private static TaskAssignment task(Role role, ActivityCategory category, Population... served) {
    return TaskAssignment.builder().id("t-1").activity(Activity.of(category)).assignee(StaffMember.of("s-1", role))
        .populations(served.length == 0 ? EnumSet.noneOf(Population.class) : EnumSet.of(served[0], served)).build();
  }

  private static List<Finding> training(TaskAssignment a) {
    return CHECKS.check(a).findingsOf("AssigneeLacksPopulationTraining");
  }

  // ---------------------------------------------------------------- AssigneeLacksPopulationTraining

  @Test
  void aPeerServingATraumaHistoryNeedsTraumaInformedCareAndNothingElse() {
    TaskAssignment a = task(Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.MUTUAL_SUPPORT, Population.TRAUMA_HISTORY);
    assertThat(training(a)).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("populations[TRAUMA_HISTORY]");
      assertThat(f.getEvidence().getFacts()).containsEntry("population", "TRAUMA_HISTORY").containsEntry("training", "Trauma-informed care");
      assertThat(f.getMessage().getText()).isEqualTo("serves " + Population.TRAUMA_HISTORY.label().toLowerCase(java.util.Locale.ROOT)
          + ", but staff member s-1 has not completed training in Trauma-informed care");
    });
    TaskAssignment trained = a.withAssignee(a.getAssignee().withCompletedTrainings(EnumSet.of(TrainingTopic.TRAUMA_INFORMED_CARE)));
    assertThat(training(trained)).isEmpty();
    TaskAssignment otherTraining = a.withAssignee(a.getAssignee().withCompletedTrainings(EnumSet.of(TrainingTopic.SEX_TRAFFICKING)));
    assertThat(training(otherTraining)).hasSize(1);
  }

  @Test
  void trainingMeantOnlyForPeersIsNotAskedOfClinicians() {
    // sex trafficking training is for peer staff: a clinician serving a survivor is not flagged; a peer is
    assertThat(training(task(Role.CLINICIAN, ActivityCategory.PSYCHOTHERAPY, Population.TRAFFICKING_SURVIVOR))).isEmpty();
    assertThat(training(task(Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.MUTUAL_SUPPORT, Population.TRAFFICKING_SURVIVOR)))
        .singleElement().satisfies(f -> assertThat(f.getEvidence().getFacts()).containsEntry("training", "Sex trafficking in the community"));
    // trauma-informed care is for clinical staff too
    assertThat(training(task(Role.CLINICIAN, ActivityCategory.PSYCHOTHERAPY, Population.TRAUMA_HISTORY))).hasSize(1);
    // other roles (a case manager) are asked for any training of the population
    assertThat(training(task(Role.CASE_MANAGER, ActivityCategory.CARE_COORDINATION, Population.TRAFFICKING_SURVIVOR))).hasSize(1);
  }

  @Test
  void crisisWorkNeedsTheVicariousTraumaTrainingOnce() {
    TaskAssignment crisis = task(Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.CRISIS_SUPPORT).withCrisis(true);
    assertThat(training(crisis)).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("crisis");
      assertThat(f.getEvidence().getFacts()).containsEntry("training", "VICARIOUS_TRAUMA");
    });
    // an opioid crisis population already names the vicarious trauma training: not reported twice
    TaskAssignment opioid = crisis.withPopulations(EnumSet.of(Population.OPIOID_CRISIS));
    assertThat(training(opioid)).singleElement().satisfies(f -> assertThat(f.getLocation().getPath()).isEqualTo("populations[OPIOID_CRISIS]"));
    // a trauma history population does not: both are reported
    TaskAssignment trauma = crisis.withPopulations(EnumSet.of(Population.TRAUMA_HISTORY));
    assertThat(training(trauma)).extracting(f -> f.getLocation().getPath()).containsExactly("crisis", "populations[TRAUMA_HISTORY]");
    assertThat(training(crisis.withAssignee(crisis.getAssignee().withCompletedTrainings(EnumSet.of(TrainingTopic.VICARIOUS_TRAUMA))))).isEmpty();
    // not crisis work, no populations: nothing to check
    assertThat(training(crisis.withCrisis(false))).isEmpty();
    // an administrator in crisis work is asked for it too; a clinician as well (it is for clinical staff)
    assertThat(training(task(Role.ADMINISTRATOR, ActivityCategory.CRISIS_SUPPORT).withCrisis(true))).hasSize(1);
    assertThat(training(task(Role.CLINICIAN, ActivityCategory.CRISIS_SUPPORT).withCrisis(true))).hasSize(1);
  }

  // ---------------------------------------------------------------- TaskNotInJobDescription

  private static TaskAssignment withJob(ActivityCategory category, Duty... duties) {
    JobDescription jd = JobDescription.builder().id("jd-1").role(Role.PEER_SUPPORT_SPECIALIST).duties(List.of(duties)).build();
    TaskAssignment a = task(Role.PEER_SUPPORT_SPECIALIST, category);
    return a.withAssignee(a.getAssignee().withJobDescription(jd));
  }

  private static Duty coded(String text, ActivityCategory c) {
    return Duty.of(text, Activity.of(c));
  }

  private static List<Finding> notInJob(TaskAssignment a) {
    return CHECKS.check(a).findingsOf("TaskNotInJobDescription");
  }

  @Test
  void aTaskOutsideTheCodedDutiesCountsThem() {
    TaskAssignment a = withJob(ActivityCategory.TRANSPORTATION,
        coded("share my story", ActivityCategory.SHARING_LIVED_EXPERIENCE), Duty.of("uncoded duty"),
        coded("run groups", ActivityCategory.GROUP_FACILITATION), Duty.builder().text("not this").excluded(true).build());
    assertThat(notInJob(a)).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("activity.category");
      assertThat(f.getEvidence().getFacts()).containsEntry("codedDuties", "2").containsEntry("uncodedDuties", "1");
      assertThat(f.getMessage().getText()).contains("not among the 2 coded duties of job description jd-1");
    });
    TaskAssignment covered = withJob(ActivityCategory.GROUP_FACILITATION,
        coded("share my story", ActivityCategory.SHARING_LIVED_EXPERIENCE), coded("run groups", ActivityCategory.GROUP_FACILITATION));
    assertThat(notInJob(covered)).isEmpty();
    TaskAssignment onlyUncoded = withJob(ActivityCategory.TRANSPORTATION, Duty.of("drive members to appointments"));
    assertThat(notInJob(onlyUncoded)).as("a duty in words covers the task").isEmpty();
    TaskAssignment vague = withJob(ActivityCategory.TRANSPORTATION, Duty.of("uncoded duty"));
    assertThat(notInJob(vague)).as("no duty can be read: the rule cannot judge").isEmpty();
  }

  @Test
  void dutiesGivenOnlyAsTextAreReadByTheClassifier() {
    Duty support = Duty.of("Offer one-to-one peer support and share lived experience");
    Duty linkage = Duty.of("Link members to housing and benefits");
    TaskAssignment coordination = withJob(ActivityCategory.CARE_COORDINATION, support, linkage, Duty.of("Other duties as assigned"));
    assertThat(notInJob(coordination)).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("activity.category");
      assertThat(f.getMessage().getText()).contains("not among the 2 duties peerwork could read in job description jd-1");
      assertThat(f.getEvidence().getFacts()).containsEntry("codedDuties", "0").containsEntry("textDutiesRead", "2")
          .containsEntry("textDutiesNotRead", "1");
    });
    TaskAssignment linked = withJob(ActivityCategory.RESOURCE_LINKAGE, support, linkage);
    assertThat(notInJob(linked)).as("the second duty, in words, covers it").isEmpty();
    // a text duty covers what the coded duties do not: no longer reported
    TaskAssignment mixed = withJob(ActivityCategory.RESOURCE_LINKAGE, coded("run groups", ActivityCategory.GROUP_FACILITATION), linkage);
    assertThat(notInJob(mixed)).isEmpty();
    // a coded duty and a text duty that does not cover it: both counted
    TaskAssignment mixedMiss = withJob(ActivityCategory.TRANSPORTATION, coded("run groups", ActivityCategory.GROUP_FACILITATION), linkage);
    assertThat(notInJob(mixedMiss)).singleElement().satisfies(f ->
        assertThat(f.getEvidence().getFacts()).containsEntry("codedDuties", "1").containsEntry("textDutiesRead", "1"));
  }

  @Test
  void aTextDutyThatSaysTheRoleDoesNotDoTheTaskIsNamed() {
    TaskAssignment a = withJob(ActivityCategory.TRANSPORTATION, Duty.of("Offer one-to-one peer support"),
        Duty.of("Does not drive members to appointments"));
    assertThat(notInJob(a)).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("assignee.jobDescription.duties[1]");
      assertThat(f.getEvidence().getQuote()).contains("Does not drive members to appointments");
      assertThat(f.getEvidence().getMatchedPhrase()).isPresent();
      assertThat(f.getEvidence().getContext()).contains(org.peerwork.rules.ContextFlag.NEGATED);
      assertThat(f.getEvidence().getFacts()).containsEntry("excluded", "true");
    });
    // listed under a does-not-do heading (excluded), in words
    TaskAssignment listed = withJob(ActivityCategory.TRANSPORTATION, Duty.of("Offer one-to-one peer support"),
        Duty.builder().text("Drive members to appointments").excluded(true).build());
    assertThat(notInJob(listed)).singleElement().satisfies(f ->
        assertThat(f.getLocation().getPath()).isEqualTo("assignee.jobDescription.duties[1]"));
  }

  @Test
  void aParsedPostingIsTheAssigneesJobDescription() {
    String posting = String.join("\n", "Peer Support Specialist", "What you'll do:",
        "- Offer one-to-one peer support in person or by phone.",
        "- Link people to housing, benefits and mutual-aid groups.",
        "What the Peer Support Specialist does NOT do:",
        "- Diagnose, assess or treat");
    JobDescription jd = CHECKS.parsePosting(posting);
    TaskAssignment a = task(Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.RESOURCE_LINKAGE);
    assertThat(notInJob(a.withAssignee(a.getAssignee().withJobDescription(jd)))).isEmpty();
    TaskAssignment chore = task(Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.PERSONAL_ERRAND);
    assertThat(notInJob(chore.withAssignee(chore.getAssignee().withJobDescription(jd)))).singleElement()
        .satisfies(f -> assertThat(f.getLocation().getPath()).isEqualTo("activity.category"));
  }

  @Test
  void theFirstExcludedDutyOfTheTasksCategoryIsNamed() {
    Duty excludedDrive = Duty.builder().text("does not drive members").activity(Activity.of(ActivityCategory.TRANSPORTATION)).excluded(true).build();
    TaskAssignment a = withJob(ActivityCategory.TRANSPORTATION,
        coded("run groups", ActivityCategory.GROUP_FACILITATION),
        Duty.builder().text("no therapy").activity(Activity.of(ActivityCategory.PSYCHOTHERAPY)).excluded(true).build(),
        excludedDrive, excludedDrive.withText("never drives"));
    assertThat(notInJob(a)).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("assignee.jobDescription.duties[2]");
      assertThat(f.getEvidence().getQuote()).contains("does not drive members");
      assertThat(f.getEvidence().getFacts()).containsEntry("excluded", "true");
    });
    // supporting work (notes) is never flagged
    assertThat(notInJob(withJob(ActivityCategory.DOCUMENTATION, coded("run groups", ActivityCategory.GROUP_FACILITATION)))).isEmpty();
  }

  @Test
  void anExcludedDutyAtTheVeryFirstPlaceIsNamed() {
    Duty excludedDrive = Duty.builder().text("does not drive members").activity(Activity.of(ActivityCategory.TRANSPORTATION)).excluded(true).build();
    TaskAssignment coded = withJob(ActivityCategory.TRANSPORTATION, excludedDrive, excludedDrive.withText("never drives"),
        coded("run groups", ActivityCategory.GROUP_FACILITATION));
    assertThat(notInJob(coded)).singleElement()
        .satisfies(f -> assertThat(f.getLocation().getPath()).isEqualTo("assignee.jobDescription.duties[0]"));
    TaskAssignment words = withJob(ActivityCategory.TRANSPORTATION, Duty.of("Does not drive members to appointments"),
        Duty.of("Never drives members anywhere"), Duty.of("Offer one-to-one peer support"));
    assertThat(notInJob(words)).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("assignee.jobDescription.duties[0]");
      assertThat(f.getEvidence().getQuote()).contains("Does not drive members to appointments");
    });
  }
}
