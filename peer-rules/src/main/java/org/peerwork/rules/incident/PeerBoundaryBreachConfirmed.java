package org.peerwork.rules.incident;

import org.peerwork.rules.internal.Phrases;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.incident.ReviewOutcome;
import org.peerwork.model.role.Role;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;

/**
 * An adverse review outcome against a peer for an activity peer norms prohibit too (a loan, a
 * romantic relationship, shared substance use, coercion): the review's finding stands, and this
 * rule confirms it as a real peer boundary breach, with both norm sets' verdicts, so a report
 * separates it from a clinical norm wrongly applied ({@link ClinicalNormAppliedToPeer}).
 */
public final class PeerBoundaryBreachConfirmed extends BaseRule<IncidentReview> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("PeerBoundaryBreachConfirmed")
      .title("Peer boundary breach confirmed")
      .defaultSeverity(Severity.INFO)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.INCIDENT_REVIEW)
      .rationale("Peer norms are not \"no boundaries\": peer codes of ethics prohibit sexual or romantic relationships with "
          + "people served, gifts or money of significant value, and coercion, and a peer does not give money. When a "
          + "review holds such an activity against a peer, peer norms agree with it. Confirming it (INFO, nothing to change "
          + "in the review) keeps real breaches apart from the study's problem of peers reprimanded under clinical norms.")
      .suggestion("Keep the review's outcome: the activity breaches peer norms too. Follow up under the peer code of ethics, "
          + "with supervision and peer-boundary training.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "Prohibited conduct: romantic relationships, money or gifts of value, coercion"))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer does not give money"))
      .build();

  /** The rule; stateless. */
  public PeerBoundaryBreachConfirmed() {
    super(METADATA);
  }

  @Override
  public void check(IncidentReview r, RuleContext ctx, Consumer<Finding> findings) {
    Optional<AdverseReview> adverse = AdverseReview.of(r, ctx);
    if (adverse.isEmpty() || adverse.get().verdicts().getPeerVerdict() != Verdict.PROHIBITED) {
      return;
    }
    AdverseReview a = adverse.get();
    String clinical = a.verdicts().getClinicalVerdict() == Verdict.PROHIBITED
        ? "as clinical norms do"
        : "where clinical norms " + Verdicts.verb(a.verdicts().getClinicalVerdict()) + " it";
    findings.accept(finding(ctx, r, Location.at("outcome"),
            Message.of("Peer norms prohibit {activity}, {clinical}: the review's {outcome} stands; the {role}'s activity is a real peer boundary breach",
                "activity", Phrases.lower(a.category()), "clinical", clinical, "outcome", Verdicts.noun(a.outcome()),
                "role", Phrases.lower(a.role())))
        .evidence(a.evidence())
        .verdicts(a.verdicts())
        .build());
  }

  @Override
  public List<RuleExample<IncidentReview>> examples() {
    return List.of(
        RuleExample.fires("A peer reprimanded for lending a service user money",
            Examples.review("ir-loan", Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.FINANCIAL_DEALING, NormSet.PEER, ReviewOutcome.REPRIMAND)),
        RuleExample.silent("A peer reprimanded for going fishing: not a peer boundary breach",
            Examples.review("ir-fishing", Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.SOCIAL_ACTIVITY, NormSet.CLINICAL, ReviewOutcome.REPRIMAND)),
        RuleExample.silent("A clinician reprimanded for a loan: clinical norms judge clinicians",
            Examples.review("ir-loan-clinician", Role.CLINICIAN, ActivityCategory.FINANCIAL_DEALING, NormSet.CLINICAL, ReviewOutcome.REPRIMAND)));
  }
}
