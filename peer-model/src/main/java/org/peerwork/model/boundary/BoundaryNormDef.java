package org.peerwork.model.boundary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.immutables.value.Value;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.evidence.Citation;

/**
 * One cell of the boundary norm table: what a norm set says of an activity category, why, and
 * where that comes from.
 */
@Value.Immutable
@JsonSerialize(as = BoundaryNorm.class)
@JsonDeserialize(as = BoundaryNorm.class)
abstract class BoundaryNormDef {

  /** Peer or clinical norms. */
  public abstract NormSet getNormSet();

  /** The activity category judged. */
  public abstract ActivityCategory getCategory();

  /** The verdict. */
  public abstract Verdict getVerdict();

  /** Why, in one or two sentences a supervisor can read. */
  @NotBlank
  public abstract String getRationale();

  /** The sources; at least one. */
  @NotEmpty
  public abstract List<@Valid Citation> getCitations();

  @Override
  public String toString() {
    return getNormSet().label() + ": " + getCategory().label() + " is " + getVerdict().label().toLowerCase(java.util.Locale.ROOT)
        + " (" + getCitations().get(0) + ")";
  }
}
