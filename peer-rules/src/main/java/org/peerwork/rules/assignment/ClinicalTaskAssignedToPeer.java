package org.peerwork.rules.assignment;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.activity.CodeEntry;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
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
 * A clinical task (assessment, diagnosis, therapy, treatment planning, medication) assigned to a
 * peer, recognised by its category or by a clinical-only procedure code such as CPT 90791. The
 * study's peers were asked to do an emergency room clinical assessment.
 */
public final class ClinicalTaskAssignedToPeer extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ClinicalTaskAssignedToPeer")
      .title("Clinical task assigned to a peer")
      .defaultSeverity(Severity.ERROR)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("Peers do not diagnose, assess clinically, treat or manage medication: peer support is non-clinical and "
          + "complementary. The study's peers were asked by clinicians to do an emergency room clinical assessment, and "
          + "were misunderstood to be junior clinicians. A clinical-only procedure code (90791, 90792, H0031, H0032, "
          + "psychotherapy) makes the task clinical whatever its category says.")
      .suggestion("Assign the clinical part to a clinician; the peer can accompany the person, share lived experience "
          + "or link them to the assessment.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer does not diagnose, assess or treat"))
      .addCitation(Citation.of(SourceCatalog.NAPS2013, "Equally shared power: no diagnosing or medical services"))
      .addCitation(Citation.of(SourceCatalog.CPT, "90791, 90792 psychiatric diagnostic evaluation"))
      .build();

  /** The rule; stateless. */
  public ClinicalTaskAssignedToPeer() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    StaffMember assignee = a.getAssignee();
    if (!assignee.getRole().isPeer()) {
      return;
    }
    Activity activity = a.getActivity();
    List<ActivityCode> codes = activity.getCodes();
    for (int i = 0; i < codes.size(); i++) {
      ActivityCode code = codes.get(i);
      CodeEntry entry = ctx.codes().find(code).orElse(null);
      if (entry != null && entry.isClinicalOnly()) {
        findings.accept(finding(ctx, a, Location.at("activity.codes[" + i + "]"),
                Message.of("{code} ({display}) is a clinical-only code, assigned to a {role}",
                    "code", code.toString(), "display", entry.getDisplay(), "role", assignee.getRole().label().toLowerCase(java.util.Locale.ROOT)))
            .evidence(Evidence.facts("code", code.getCode(), "system", code.getSystem().name(), "category", entry.getCategory().name()))
            .verdicts(NormComparison.of(ctx.norms(), entry.getCategory()))
            .build());
        return;
      }
    }
    ActivityCategory category = activity.getCategory();
    Verdict peer = ctx.norms().verdict(NormSet.PEER, category);
    if (category.group() == ActivityGroup.CLINICAL && (peer == Verdict.OUT_OF_SCOPE || peer == Verdict.PROHIBITED)) {
      findings.accept(finding(ctx, a, Location.at("activity.category"),
              Message.of("{activity} is clinical work, assigned to a {role}; peer norms: {verdict}",
                  "activity", category.label(), "role", assignee.getRole().label().toLowerCase(java.util.Locale.ROOT),
                  "verdict", peer.label().toLowerCase(java.util.Locale.ROOT)))
          .evidence(Evidence.facts("category", category.name()))
          .verdicts(NormComparison.of(ctx.norms(), category))
          .build());
    }
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    return List.of(
        RuleExample.fires("An emergency room clinical assessment asked of a peer support specialist (the study's example)",
            Examples.assignment("er-assessment", Activity.of(ActivityCategory.CLINICAL_ASSESSMENT, "Emergency room clinical assessment"),
                Role.PEER_SUPPORT_SPECIALIST).withSetting(Setting.EMERGENCY_DEPARTMENT).withAssignedBy(Role.CLINICIAN)),
        RuleExample.fires("A recovery coach billed under CPT 90791, psychiatric diagnostic evaluation",
            Examples.assignment("coded-90791", Activity.coded(ActivityCategory.MUTUAL_SUPPORT, ActivityCode.cpt("90791")), Role.RECOVERY_COACH)),
        RuleExample.silent("Peer services billed under H0038",
            Examples.assignment("coded-h0038", Activity.coded(ActivityCategory.MUTUAL_SUPPORT, ActivityCode.hcpcs("H0038")), Role.PEER_SUPPORT_SPECIALIST)),
        RuleExample.silent("The same emergency room assessment assigned to a clinician",
            Examples.assignment("er-assessment-clinician", Activity.of(ActivityCategory.CLINICAL_ASSESSMENT), Role.CLINICIAN)));
  }
}
