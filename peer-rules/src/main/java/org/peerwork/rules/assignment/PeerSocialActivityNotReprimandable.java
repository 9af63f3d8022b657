package org.peerwork.rules.assignment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
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
 * A peer's social activity with a service user (going fishing, going out to eat with a person who
 * is lonely): allowed by peer norms, a dual relationship under clinical norms. Reported as a note so
 * nobody reprimands the peer for crossing a clinical boundary that does not bind them.
 */
public final class PeerSocialActivityNotReprimandable extends BaseRule<TaskAssignment> {

  /** The words every finding of this rule carries. */
  static final String VERDICT_TEXT = "permitted under peer norms, would be flagged under clinical norms: do not reprimand";

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("PeerSocialActivityNotReprimandable")
      .title("Peer social activity: permitted under peer norms, do not reprimand")
      .defaultSeverity(Severity.INFO)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("The study's core boundary finding: peers are trained to work flexibly, so when a service user is lonely a "
          + "peer may socialize with them, for example going fishing together or going out to eat, which would be unethical "
          + "for a clinician; and peers reported being reprimanded for crossing clinical professional boundaries, not peer "
          + "ones. Peer relationships are mutual and reciprocal and may include contact outside the formal program. The rule "
          + "fires for a peer role when peer norms allow the activity and clinical norms prohibit it; it asks for no change, "
          + "it tells supervisors and reviewers which norms apply.")
      .suggestion("Nothing to change in the assignment. Judge it by peer norms: do not reprimand the peer for it, and make "
          + "sure clinicians and supervisors on the team know the peer role's boundaries.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.NAPS2013, "Mutual and reciprocal"))
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "Peer codes prohibit conflicting dual relationships, not mutual peer contact"))
      .build();

  /** The rule; stateless. */
  public PeerSocialActivityNotReprimandable() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    Role role = a.getAssignee().getRole();
    if (!role.isPeer()) {
      return;
    }
    ActivityCategory category = a.getActivity().getCategory();
    Verdict peer = ctx.norms().verdict(NormSet.PEER, category);
    Verdict clinical = ctx.norms().verdict(NormSet.CLINICAL, category);
    if (!peer.isAllowed() || clinical != Verdict.PROHIBITED) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("activity.category"),
            Message.of("{activity} by a {role} is " + VERDICT_TEXT,
                "activity", category.label(), "role", role.label().toLowerCase(Locale.ROOT)))
        .evidence(Evidence.facts("category", category.name(), "peerVerdict", peer.name(), "clinicalVerdict", clinical.name()))
        .verdicts(NormComparison.of(ctx.norms(), category))
        .build());
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    return List.of(
        RuleExample.fires("A peer going fishing with a lonely service user (the study's example)",
            Examples.assignment("fishing", Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Go fishing together"),
                Role.PEER_SUPPORT_SPECIALIST).withSetting(Setting.COMMUNITY)),
        RuleExample.fires("A recovery coach going out to eat with a person",
            Examples.assignment("meal", Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Lunch at a diner"), Role.RECOVERY_COACH)),
        RuleExample.silent("A clinician asked to go fishing: not a peer, judged by clinical norms (another rule's finding)",
            Examples.assignment("fishing-clinician", Activity.of(ActivityCategory.SOCIAL_ACTIVITY), Role.CLINICIAN)),
        RuleExample.silent("A peer facilitating a group: nothing clinical norms would flag",
            Examples.assignment("group", Activity.of(ActivityCategory.GROUP_FACILITATION), Role.PEER_SUPPORT_SPECIALIST)));
  }
}
