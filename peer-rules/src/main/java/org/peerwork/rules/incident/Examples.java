package org.peerwork.rules.incident;

import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.incident.ReviewOutcome;
import org.peerwork.model.role.Role;

/** Builders of the incident reviews the incident rules' examples use. */
final class Examples {

  private Examples() {}

  /** A review of a staff member in this role, for an activity of this category, by a clinical supervisor. */
  static IncidentReview review(String id, Role role, ActivityCategory category, NormSet applied, ReviewOutcome outcome) {
    return IncidentReview.builder()
        .id(id)
        .staffId("staff-" + id)
        .staffRole(role)
        .activity(Activity.of(category))
        .appliedNormSet(applied)
        .outcome(outcome)
        .reviewerRole(Role.CLINICAL_SUPERVISOR)
        .build();
  }
}
