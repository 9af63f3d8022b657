package org.peerwork.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;

/**
 * What both norm sets say of an activity, so a finding about a boundary shows the peer verdict next
 * to the clinical one (the study: peers were reprimanded under clinical norms for what peer norms
 * allow).
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = NormComparison.class)
@JsonDeserialize(as = NormComparison.class)
abstract class NormComparisonDef {

  /** The activity category judged. */
  public abstract ActivityCategory getCategory();

  /** The verdict under peer norms. */
  public abstract Verdict getPeerVerdict();

  /** The verdict under clinical norms. */
  public abstract Verdict getClinicalVerdict();

  /** Both verdicts for a category from a norm table. */
  public static NormComparison of(BoundaryNorms norms, ActivityCategory category) {
    return NormComparison.builder()
        .category(category)
        .peerVerdict(norms.verdict(NormSet.PEER, category))
        .clinicalVerdict(norms.verdict(NormSet.CLINICAL, category))
        .build();
  }

  /** The verdict under one norm set. */
  public Verdict verdict(NormSet set) {
    return set == NormSet.PEER ? getPeerVerdict() : getClinicalVerdict();
  }

  @Override
  public String toString() {
    return getCategory().label() + ": peer norms " + getPeerVerdict().label().toLowerCase(java.util.Locale.ROOT)
        + ", clinical norms " + getClinicalVerdict().label().toLowerCase(java.util.Locale.ROOT);
  }
}
