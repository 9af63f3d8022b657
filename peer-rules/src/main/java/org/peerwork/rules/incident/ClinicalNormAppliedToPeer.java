package org.peerwork.rules.incident;

import org.peerwork.rules.internal.Phrases;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.activity.ActivityCategory;
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
 * An adverse review outcome ({@link ReviewOutcome#adverse()}: a reprimand, a written warning, a
 * finding of a boundary violation) against a peer for an activity that peer norms expect or permit,
 * such as going fishing with a lonely service user. The finding carries both norm sets' verdicts and
 * says which norm set the review applied: an adverse outcome for what peer norms allow can only rest
 * on other norms, whatever the review names. Conditional, out-of-scope and prohibited activities
 * are not reported here.
 */
public final class ClinicalNormAppliedToPeer extends BaseRule<IncidentReview> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ClinicalNormAppliedToPeer")
      .title("Peer held to clinical norms in a review")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.INCIDENT_REVIEW)
      .rationale("The study's central boundary finding: peers are trained to be flexible to a person's need, so if a "
          + "service user is lonely a peer may socialise with them (go fishing, go out to eat), which would be unethical "
          + "for a clinician; and peers said they would be reprimanded for activities that violated clinical, not peer, "
          + "professional boundaries. Peer codes of ethics prohibit dual relationships only where they conflict with the "
          + "person's interests, and the N.A.P.S. supervisor guidelines recognise that peer ethics differ from clinical "
          + "ethics. A review that holds a peer to clinical norms for what peer norms allow should be reconsidered.")
      .suggestion("Reconsider the outcome under peer norms: the activity is within the peer role. If the agency wants a "
          + "different boundary, write it into its peer policy and train peers on it, rather than apply clinical norms "
          + "after the fact.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "No conflicting dual relationships"))
      .addCitation(Citation.of(SourceCatalog.NAPS_S, "Peer ethics differ from clinical ethics"))
      .build();

  /** The rule; stateless. */
  public ClinicalNormAppliedToPeer() {
    super(METADATA);
  }

  @Override
  public void check(IncidentReview r, RuleContext ctx, Consumer<Finding> findings) {
    Optional<AdverseReview> adverse = AdverseReview.of(r, ctx);
    if (adverse.isEmpty() || !adverse.get().verdicts().getPeerVerdict().isAllowed()) {
      return;
    }
    AdverseReview a = adverse.get();
    findings.accept(finding(ctx, r, Location.at("outcome"),
            Message.of("A {role} drew {outcome} for {activity}, which peer norms {peer} and clinical norms {clinical}; the review applied {applied}",
                "role", Phrases.lower(a.role()), "outcome", Verdicts.outcome(a.outcome()), "activity", Phrases.lower(a.category()),
                "peer", Verdicts.verb(a.verdicts().getPeerVerdict()), "clinical", Verdicts.verb(a.verdicts().getClinicalVerdict()),
                "applied", Verdicts.norms(r.getAppliedNormSet())))
        .evidence(a.evidence())
        .verdicts(a.verdicts())
        .build());
  }

  @Override
  public List<RuleExample<IncidentReview>> examples() {
    return List.of(
        RuleExample.fires("A peer reprimanded under clinical norms for going fishing with a lonely service user (the study's example)",
            Examples.review("ir-fishing", Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.SOCIAL_ACTIVITY, NormSet.CLINICAL, ReviewOutcome.REPRIMAND)),
        RuleExample.fires("A recovery coach given a written warning for sharing their recovery story",
            Examples.review("ir-story", Role.RECOVERY_COACH, ActivityCategory.SHARING_LIVED_EXPERIENCE, NormSet.CLINICAL, ReviewOutcome.WRITTEN_WARNING)),
        RuleExample.silent("The fishing trip reviewed, with coaching only",
            Examples.review("ir-fishing-coaching", Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.SOCIAL_ACTIVITY, NormSet.PEER, ReviewOutcome.COACHING)),
        RuleExample.silent("A clinician reprimanded for the same fishing trip: clinical norms judge clinicians",
            Examples.review("ir-fishing-clinician", Role.CLINICIAN, ActivityCategory.SOCIAL_ACTIVITY, NormSet.CLINICAL, ReviewOutcome.REPRIMAND)),
        RuleExample.silent("A peer reprimanded for a loan: a real peer boundary breach",
            Examples.review("ir-loan", Role.PEER_SUPPORT_SPECIALIST, ActivityCategory.FINANCIAL_DEALING, NormSet.CLINICAL, ReviewOutcome.REPRIMAND)));
  }
}
