package org.peerwork.rules.bench.drools;

import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCodeCatalog;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;

/** Static helpers the DRL calls: the same standard norm table and code catalog peerwork uses. */
public final class DroolsSupport {

  static final ActivityCodeCatalog CODES = ActivityCodeCatalog.standard();
  static final BoundaryNorms NORMS = BoundaryNorms.standard();

  private DroolsSupport() {}

  /** True when peer norms put the category out of scope or prohibit it. */
  public static boolean peerOutOfScope(ActivityCategory category) {
    Verdict v = NORMS.verdict(NormSet.PEER, category);
    return v == Verdict.OUT_OF_SCOPE || v == Verdict.PROHIBITED;
  }

  /** The verdict of a norm set on a category. */
  public static Verdict verdict(NormSet set, ActivityCategory category) {
    return NORMS.verdict(set, category);
  }
}
