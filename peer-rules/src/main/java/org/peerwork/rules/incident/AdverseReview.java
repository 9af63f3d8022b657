package org.peerwork.rules.incident;

import java.util.Optional;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.incident.ReviewOutcome;
import org.peerwork.model.role.Role;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.RuleContext;

/**
 * An incident review with an adverse outcome for a peer's activity, with both norm sets' verdicts
 * on it: what the incident rules judge. Reviews of other roles, and outcomes that are not adverse,
 * are not judged.
 */
record AdverseReview(IncidentReview review, Role role, ReviewOutcome outcome, ActivityCategory category, NormComparison verdicts) {

  /** The review as the incident rules judge it, or empty when it is not a peer's adverse outcome. */
  static Optional<AdverseReview> of(IncidentReview r, RuleContext ctx) {
    Role role = r.getStaffRole();
    ReviewOutcome outcome = r.getOutcome();
    if (!role.isPeer() || !outcome.adverse()) {
      return Optional.empty();
    }
    ActivityCategory category = r.getActivity().getCategory();
    return Optional.of(new AdverseReview(r, role, outcome, category, NormComparison.of(ctx.norms(), category)));
  }

  /** The facts a finding on the review carries: the staff member by id, role, activity, outcome and the norms applied. */
  Evidence evidence() {
    return Evidence.facts("staffId", review.getStaffId(), "staffRole", role.name(), "category", category.name(),
        "outcome", outcome.name(), "appliedNormSet", review.getAppliedNormSet().name());
  }
}
