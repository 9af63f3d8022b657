package org.peerwork.rules.assignment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.assignment.TaskAssignment;
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
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;

/** A task assigned to a peer who has no supervisor: peer professionals never serve independently. */
public final class AssigneeWithoutSupervisor extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("AssigneeWithoutSupervisor")
      .title("Peer assignee without a supervisor")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("The IC&RC Peer Recovery code of ethics: a peer recovery professional does not serve independently and works "
          + "only under supervision, with at least one supervision session a week. The CMS letter on Medicaid peer support "
          + "services makes supervision a condition of coverage. The study's peers reported the need for supervisory "
          + "support once hired, from a peer or a clinical supervisor. The rule fires for a peer role whose assignee record "
          + "names no supervisor.")
      .suggestion("Name the peer's supervisor (a peer supervisor or a peer-role trained clinical supervisor) before the task "
          + "reaches their worklist.")
      .addCitation(Citation.of(SourceCatalog.ICRC_PR, "Code of ethics: does not serve independently; works only under supervision"))
      .addCitation(Citation.of(SourceCatalog.CMS_SMDL_07_011, "Supervision of peer support providers"))
      .addCitation(StudySections.study(StudySections.HIRING))
      .build();

  /** The rule; stateless. */
  public AssigneeWithoutSupervisor() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    Role role = a.getAssignee().getRole();
    if (!role.isPeer() || a.getAssignee().getSupervisor().isPresent()) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("assignee.supervisor"),
            Message.of("staff member {staff}, a {role}, has no supervisor", "staff", a.getAssignee().getId(),
                "role", role.label().toLowerCase(Locale.ROOT)))
        .evidence(Evidence.facts("staff", a.getAssignee().getId(), "role", role.name()))
        .build());
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    return List.of(
        RuleExample.fires("A recovery coach with no supervisor on record",
            Examples.assignment("unsupervised", Activity.of(ActivityCategory.MUTUAL_SUPPORT),
                Examples.staff("s-unsupervised", Role.RECOVERY_COACH).withSupervisor(Optional.empty()))),
        RuleExample.silent("A peer with a peer supervisor", Examples.peerSession("supervised")),
        RuleExample.silent("A clinician with no supervisor on record: not a peer role",
            Examples.assignment("clinician-unsupervised", Activity.of(ActivityCategory.PSYCHOTHERAPY),
                Examples.staff("s-clin", Role.CLINICIAN).withSupervisor(Optional.empty()))));
  }
}
