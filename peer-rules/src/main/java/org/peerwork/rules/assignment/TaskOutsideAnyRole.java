package org.peerwork.rules.assignment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.role.Role;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;

/**
 * A task that is no professional's work, whoever it is assigned to: feeding a service user's cat,
 * running their personal errands, cleaning their home. The study's peers were asked by clinicians to
 * feed a service user's cat.
 */
public final class TaskOutsideAnyRole extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("TaskOutsideAnyRole")
      .title("Task outside any professional role")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("Some requests are no professional's work: personal errands such as feeding a service user's cat or "
          + "doing their shopping, and household chores such as cleaning their home. The study's peers reported being asked "
          + "by clinicians to feed a service user's cat, one of the activities clinicians expected that were not in the job "
          + "description. A peer teaches how to do daily tasks rather than doing them for the person (SAMHSA 2012). The rule "
          + "fires, for a staff member in any role, when the norm set that judges the assignee says the category is out of "
          + "scope and the category is outside every professional role: it belongs to the group 'outside any professional "
          + "role', or both norm sets say out of scope. An agency policy that overrides the verdict (for example to permit "
          + "a chore under a home-support program) silences it.")
      .suggestion("Do not assign the chore to staff. If the person needs help with it, a peer can teach how (skill building) "
          + "or link them to a service or natural support that does it.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer teaches how to do daily tasks rather than doing tasks for the person"))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "Activity group 'outside any professional role' over DESIGN section 5"))
      .build();

  /** The rule; stateless. */
  public TaskOutsideAnyRole() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    ActivityCategory category = a.getActivity().getCategory();
    Role role = a.getAssignee().getRole();
    NormSet own = role.normSet();
    if (ctx.norms().verdict(own, category) != Verdict.OUT_OF_SCOPE) {
      return;
    }
    NormSet other = own == NormSet.PEER ? NormSet.CLINICAL : NormSet.PEER;
    boolean outsideGroup = category.group() == ActivityGroup.OUTSIDE_ROLE;
    if (!outsideGroup && ctx.norms().verdict(other, category) != Verdict.OUT_OF_SCOPE) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("activity.category"),
            Message.of("{activity} is outside any professional role, assigned to a {role}",
                "activity", category.label(), "role", role.label().toLowerCase(Locale.ROOT)))
        .evidence(Evidence.facts("category", category.name(), "group", category.group().name(), "normSet", own.name()))
        .verdicts(NormComparison.of(ctx.norms(), category))
        .build());
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    return List.of(
        RuleExample.fires("A peer asked to feed a service user's cat (the study's example)",
            Examples.assignment("feed-cat", Activity.of(ActivityCategory.PERSONAL_ERRAND, "Feed the service user's cat"),
                Role.PEER_SUPPORT_SPECIALIST).withSetting(Setting.HOME).withAssignedBy(Role.CLINICIAN)),
        RuleExample.fires("A case manager asked to clean a person's home",
            Examples.assignment("clean-home", Activity.of(ActivityCategory.HOUSEHOLD_CHORE), Role.CASE_MANAGER).withSetting(Setting.HOME)),
        RuleExample.silent("A peer teaching a person how to shop on a budget (skill building)",
            Examples.assignment("budget-shopping", Activity.of(ActivityCategory.SKILL_BUILDING, "Shopping on a budget"),
                Role.PEER_SUPPORT_SPECIALIST)),
        RuleExample.silent("A clinical assessment for a peer is clinical work, not outside every role (another rule's finding)",
            Examples.assignment("assessment-not-errand", Activity.of(ActivityCategory.CLINICAL_ASSESSMENT), Role.PEER_SUPPORT_SPECIALIST)));
  }
}
