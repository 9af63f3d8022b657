package org.peerwork.rules.assignment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
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
 * Power over the person assigned to a peer: enforcing a plan or the program's rules, drug testing,
 * monitoring compliance. Peer support rests on equally shared power.
 */
public final class PowerOverPersonAssigned extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("PowerOverPersonAssigned")
      .title("Power over the person assigned to a peer")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("Equally shared power is one of the twelve values of the National Practice Guidelines: a peer supporter "
          + "does not exercise power over the people they support. Enforcing the program's rules or a person's plan, "
          + "requiring drug tests and monitoring compliance all carry that power difference; a peer may remind a person of a "
          + "policy but is not its enforcer. The SAMHSA expert panel: a peer does not mandate tasks and behaviours; peers are "
          + "partners who do not dictate services (voluntary principle). Clinical norms permit these tasks, so a clinician "
          + "doing them is not flagged. The rule fires for a peer role when the activity belongs to the group 'power over the "
          + "person' and peer norms do not allow it (an agency norm override that allows it silences the rule).")
      .suggestion("Give enforcement, testing and compliance monitoring to staff whose role includes them; the peer can help the "
          + "person understand the plan, support their own choices and advocate for them.")
      .addCitation(Citation.of(SourceCatalog.NAPS2013, "Equally shared power: does not exercise power over the people supported"))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer does not mandate tasks and behaviours"))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2015, "Foundational principles: voluntary; peers do not dictate services"))
      .build();

  /** The rule; stateless. */
  public PowerOverPersonAssigned() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    Role role = a.getAssignee().getRole();
    ActivityCategory category = a.getActivity().getCategory();
    if (!role.isPeer() || category.group() != ActivityGroup.POWER_OVER || ctx.norms().verdict(NormSet.PEER, category).isAllowed()) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("activity.category"),
            Message.of("{activity} gives a {role} power over the person",
                "activity", category.label(), "role", role.label().toLowerCase(Locale.ROOT)))
        .evidence(Evidence.facts("category", category.name(), "group", category.group().name()))
        .verdicts(NormComparison.of(ctx.norms(), category))
        .build());
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    return List.of(
        RuleExample.fires("A peer asked to enforce the objectives of a person's crisis plan",
            Examples.assignment("enforce-plan", Activity.of(ActivityCategory.COMPLIANCE_ENFORCEMENT, "Enforce the crisis plan"),
                Role.PEER_SUPPORT_SPECIALIST)),
        RuleExample.fires("A recovery support worker asked to collect a drug test",
            Examples.assignment("drug-test", Activity.of(ActivityCategory.COMPLIANCE_ENFORCEMENT, "Observed urine drug screen"),
                Role.RECOVERY_SUPPORT_WORKER)),
        RuleExample.silent("A nurse collecting the same drug test",
            Examples.assignment("drug-test-nurse", Activity.of(ActivityCategory.COMPLIANCE_ENFORCEMENT), Role.NURSE)),
        RuleExample.silent("A peer supporting the person's own recovery plan",
            Examples.assignment("own-plan", Activity.of(ActivityCategory.RECOVERY_PLANNING_SUPPORT), Role.PEER_SUPPORT_SPECIALIST)));
  }
}
