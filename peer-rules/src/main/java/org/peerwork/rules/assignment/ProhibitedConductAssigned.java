package org.peerwork.rules.assignment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
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
 * Conduct the assignee's own code of ethics prohibits: loans, gifts of value, a romantic or sexual
 * relationship, using substances together, coercion. Judged under the norm set of the assignee's
 * role, so a peer is judged by peer norms and a clinician by clinical norms.
 */
public final class ProhibitedConductAssigned extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ProhibitedConductAssigned")
      .title("Prohibited conduct assigned")
      .defaultSeverity(Severity.ERROR)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("State peer specialist codes of ethics prohibit sexual or romantic relationships with people served, "
          + "giving or accepting money or gifts of significant value, business dealings and bartering, intimidation, threats, "
          + "undue influence and unwarranted promises, and substance misuse while employed; the SAMHSA expert panel adds that "
          + "a peer does not give resources or money. Clinical codes prohibit the same and, in addition, dual relationships. "
          + "The rule judges the activity under the norm set of the assignee's role (peer norms for peer roles, clinical "
          + "norms for clinical and other roles), so a peer asked to go fishing with a person is not flagged here, while a "
          + "clinician asked to do the same is.")
      .suggestion("Withdraw the assignment. If the person needs money, goods or company, link them to a resource, and "
          + "raise the request with the assignee's supervisor.")
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "No sexual or romantic relationships with people served; no gifts or money of "
          + "significant value; no intimidation, threats, undue influence or unwarranted promises; no substance misuse while employed"))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer teaches how to get resources, including money; does not give resources or money"))
      .addCitation(Citation.of(SourceCatalog.NAADAC_NCPRSS, "Code of ethics: an objective, ethical relationship at all times"))
      .build();

  /** The rule; stateless. */
  public ProhibitedConductAssigned() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    ActivityCategory category = a.getActivity().getCategory();
    Role role = a.getAssignee().getRole();
    NormSet own = role.normSet();
    if (ctx.norms().verdict(own, category) != Verdict.PROHIBITED) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("activity.category"),
            Message.of("{activity} is prohibited under {normSet}, which judge a {role}",
                "activity", category.label(), "normSet", own.label().toLowerCase(Locale.ROOT),
                "role", role.label().toLowerCase(Locale.ROOT)))
        .evidence(Evidence.facts("category", category.name(), "normSet", own.name()))
        .verdicts(NormComparison.of(ctx.norms(), category))
        .build());
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    return List.of(
        RuleExample.fires("A recovery coach asked to lend a person money",
            Examples.assignment("loan", Activity.of(ActivityCategory.FINANCIAL_DEALING, "Lend rent money"), Role.RECOVERY_COACH)),
        RuleExample.fires("A peer asked to pressure a person into treatment with threats",
            Examples.assignment("coerce", Activity.of(ActivityCategory.COERCION), Role.PEER_SUPPORT_SPECIALIST)),
        RuleExample.fires("A clinician asked to go fishing with a client: a dual relationship under clinical norms",
            Examples.assignment("clinician-fishing", Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Go fishing"), Role.CLINICIAN)),
        RuleExample.silent("A peer going fishing with a lonely person: permitted under peer norms",
            Examples.assignment("peer-fishing", Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Go fishing"), Role.PEER_SUPPORT_SPECIALIST)),
        RuleExample.silent("A peer linking a person to an emergency fund (resource linkage)",
            Examples.assignment("emergency-fund", Activity.of(ActivityCategory.RESOURCE_LINKAGE), Role.RECOVERY_COACH)));
  }
}
