package org.peerwork.model.incident;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.role.Role;

/**
 * An incident or disciplinary review of a staff member's activity: what they did, which norm set
 * the reviewer applied and what the review concluded. The staff member is an opaque id.
 */
@Value.Immutable
@JsonSerialize(as = IncidentReview.class)
@JsonDeserialize(as = IncidentReview.class)
abstract class IncidentReviewDef implements PeerDocument {

  /** The review's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** The reviewed staff member's opaque id. */
  @NotBlank
  @Size(max = 200)
  public abstract String getStaffId();

  /** The staff member's role. */
  public abstract Role getStaffRole();

  /** The activity reviewed. */
  public abstract @Valid Activity getActivity();

  /** The norm set the reviewer applied. */
  public abstract NormSet getAppliedNormSet();

  /** What the review concluded. */
  public abstract ReviewOutcome getOutcome();

  /** The reviewer's role, if known. */
  public abstract Optional<Role> getReviewerRole();

  @Override
  public String toString() {
    return "IncidentReview{" + getId() + ": " + getOutcome().label() + " of " + getStaffRole().label() + " " + getStaffId() + " for "
        + getActivity().getCategory().label() + ", under " + getAppliedNormSet().label().toLowerCase(java.util.Locale.ROOT) + "}";
  }
}
