package org.peerwork.rules.assignment;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.Role;
import org.peerwork.model.role.RoleKind;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;

/**
 * A task serving a population (survivors of sex trafficking, people experiencing chronic
 * homelessness, people who have perpetrated harm, people with a trauma history, people affected by
 * the opioid crisis) whose training the assignee has not completed; and crisis work by someone
 * without training on coping with vicarious trauma.
 */
public final class AssigneeLacksPopulationTraining extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("AssigneeLacksPopulationTraining")
      .title("Assignee lacks the training for the population served")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.TRAINING_NEEDS)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("The study's peers named the trainings they needed: coping with vicarious trauma, updates on sex "
          + "trafficking in their community, working with the chronically homeless, resources and strategies for working "
          + "with perpetrators, and trauma-informed care. For each population the task serves, the rule looks for a "
          + "training topic that prepares staff for it and is meant for the assignee's kind of role (peer staff, clinical "
          + "staff; every topic for other roles), and fires when the assignee has completed none. As peerwork's own choice, "
          + "crisis work by someone without training on coping with vicarious trauma is reported too: the study links crisis "
          + "work in the opioid crisis to vicarious trauma and burnout.")
      .suggestion("Give the task to a colleague who has completed the training, or pair the assignee with one, and schedule "
          + "the training.")
      .addCitation(StudySections.study(StudySections.TRAINING))
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "Crisis work without vicarious trauma training is reported (our choice)"))
      .build();

  private static final TrainingTopic[] TOPICS = TrainingTopic.values();
  private static final Population[] POPULATIONS = Population.values();

  /** The rule; stateless. */
  public AssigneeLacksPopulationTraining() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    Set<Population> served = a.getPopulations();
    if (served.isEmpty() && !a.isCrisis()) {
      return;
    }
    StaffMember assignee = a.getAssignee();
    Set<TrainingTopic> done = assignee.getCompletedTrainings();
    boolean vicariousReported = false;
    for (Population p : POPULATIONS) {
      if (!served.contains(p)) {
        continue;
      }
      StringBuilder needed = null;
      boolean prepared = false;
      for (TrainingTopic t : TOPICS) {
        if (t.populations().contains(p) && isFor(t, assignee.getRole())) {
          if (done.contains(t)) {
            prepared = true;
            break;
          }
          needed = needed == null ? new StringBuilder(t.label()) : needed.append(" or ").append(t.label());
        }
      }
      if (prepared || needed == null) {
        continue;
      }
      vicariousReported |= TrainingTopic.VICARIOUS_TRAUMA.populations().contains(p);
      findings.accept(finding(ctx, a, Location.at("populations[" + p.name() + "]"),
              Message.of("serves {population}, but staff member {staff} has not completed training in {training}",
                  "population", p.label().toLowerCase(java.util.Locale.ROOT), "staff", assignee.getId(), "training", needed.toString()))
          .evidence(Evidence.facts("population", p.name(), "training", needed.toString()))
          .build());
    }
    if (a.isCrisis() && !vicariousReported && isFor(TrainingTopic.VICARIOUS_TRAUMA, assignee.getRole())
        && !done.contains(TrainingTopic.VICARIOUS_TRAUMA)) {
      findings.accept(finding(ctx, a, Location.at("crisis"),
              Message.of("crisis work, but staff member {staff} has not completed training in {training}",
                  "staff", assignee.getId(), "training", TrainingTopic.VICARIOUS_TRAUMA.label()))
          .evidence(Evidence.facts("crisis", "true", "training", TrainingTopic.VICARIOUS_TRAUMA.name()))
          .build());
    }
  }

  /** True when the topic is meant for staff in this role: peer staff, clinical staff, or (other roles) anyone. */
  private static boolean isFor(TrainingTopic topic, Role role) {
    Set<TrainingAudience> audiences = topic.audiences();
    if (audiences.contains(TrainingAudience.ALL_STAFF) || role.kind() == RoleKind.OTHER) {
      return true;
    }
    return audiences.contains(role.isPeer() ? TrainingAudience.PEER_STAFF : TrainingAudience.CLINICAL_STAFF);
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    return List.of(
        RuleExample.fires("A peer without trafficking training assigned to support a survivor of sex trafficking",
            Examples.peerSession("trafficking").withPopulations(Population.TRAFFICKING_SURVIVOR)),
        RuleExample.fires("Crisis support by a recovery coach without vicarious trauma training",
            Examples.assignment("crisis-untrained", Activity.of(ActivityCategory.CRISIS_SUPPORT), Role.RECOVERY_COACH).withCrisis(true)),
        RuleExample.silent("A peer trained in working with the chronically homeless doing outreach to that population",
            Examples.assignment("homeless-outreach", Activity.of(ActivityCategory.OUTREACH),
                    Examples.staff("s-trained", Role.PEER_SUPPORT_SPECIALIST).withCompletedTrainings(TrainingTopic.CHRONIC_HOMELESSNESS))
                .withPopulations(Population.CHRONICALLY_HOMELESS)),
        RuleExample.silent("A session serving no particular population, not crisis work", Examples.peerSession("plain")));
  }
}
