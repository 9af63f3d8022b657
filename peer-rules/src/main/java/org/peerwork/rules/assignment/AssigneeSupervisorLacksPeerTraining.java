package org.peerwork.rules.assignment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.supervision.SupervisorKind;
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

/**
 * A peer supervised by a clinical supervisor who has not taken training on the peer role. The
 * study's agency-employed peers: all clinical supervisors should take training on how to work with
 * peers.
 */
public final class AssigneeSupervisorLacksPeerTraining extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("AssigneeSupervisorLacksPeerTraining")
      .title("Peer assignee's clinical supervisor lacks peer-role training")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("The study's agency-employed peers said it is important that all clinical supervisors take training on how "
          + "to work with peers, and that peers were reprimanded under clinical boundaries that do not bind them. The N.A.P.S. "
          + "guidelines for supervisors exist because there are too few peer supervisors and non-peer supervisors need "
          + "guidance on the non-clinical role. The rule fires for a peer role whose supervisor is clinical and is not "
          + "recorded as peer-role trained; peer supervisors are not flagged.")
      .suggestion("Arrange training on the peer role for the clinical supervisor (for example the N.A.P.S. supervisor "
          + "guidelines), or add a peer supervisor for peer-specific supervision.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.NAPS_S, "Guidelines for supervisors of peer specialists, for non-peer supervisors"))
      .build();

  /** The rule; stateless. */
  public AssigneeSupervisorLacksPeerTraining() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    Role role = a.getAssignee().getRole();
    if (!role.isPeer()) {
      return;
    }
    SupervisorRef sup = a.getAssignee().getSupervisor().orElse(null); // one Optional read, not two
    if (sup == null || sup.getKind() != SupervisorKind.CLINICAL || sup.isPeerRoleTrained()) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("assignee.supervisor"),
            Message.of("the clinical supervisor {supervisor} of {role} {staff} has no peer-role training",
                "supervisor", sup.getStaffId(), "role", role.label().toLowerCase(Locale.ROOT), "staff", a.getAssignee().getId()))
        .evidence(Evidence.facts("supervisor", sup.getStaffId(), "kind", sup.getKind().name(), "peerRoleTrained", "false"))
        .build());
  }

  private static SupervisorRef clinical(boolean trained) {
    return SupervisorRef.builder().staffId("sup-clin").kind(SupervisorKind.CLINICAL).peerRoleTrained(trained).build();
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    return List.of(
        RuleExample.fires("A peer support specialist supervised by a clinician without peer-role training",
            Examples.assignment("clin-untrained", Activity.of(ActivityCategory.MUTUAL_SUPPORT),
                Examples.staff("s-1", Role.PEER_SUPPORT_SPECIALIST).withSupervisor(clinical(false)))),
        RuleExample.silent("The same peer with a clinical supervisor who took the training",
            Examples.assignment("clin-trained", Activity.of(ActivityCategory.MUTUAL_SUPPORT),
                Examples.staff("s-1", Role.PEER_SUPPORT_SPECIALIST).withSupervisor(clinical(true)))),
        RuleExample.silent("A clinician supervised by an untrained clinical supervisor: not a peer role",
            Examples.assignment("clinician", Activity.of(ActivityCategory.PSYCHOTHERAPY),
                Examples.staff("s-2", Role.CLINICIAN).withSupervisor(clinical(false)))));
  }
}
