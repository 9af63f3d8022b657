package org.peerwork.model.boundary;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.internal.BundledJson;

/**
 * The boundary norm table: for every norm set and every activity category, a verdict with its
 * rationale and sources. The standard table is bundled as {@code boundary-norms.json}; an agency or
 * state overlays its own policy with {@link #withOverrides(Collection)}.
 *
 * <p>A table is always complete: every category has a verdict under both norm sets, so
 * {@link #norm(NormSet, ActivityCategory)} never fails for a valid argument. Instances are immutable
 * and safe to share between threads.
 */
public final class BoundaryNorms {

  private static final BoundaryNorms STANDARD = new BoundaryNorms(
      BundledJson.read(BoundaryNorms.class, "/org/peerwork/model/boundary-norms.json", new TypeReference<List<BoundaryNorm>>() {}),
      null);

  private final Map<NormSet, EnumMap<ActivityCategory, BoundaryNorm>> table;

  private BoundaryNorms(Collection<BoundaryNorm> entries, BoundaryNorms base) {
    Map<NormSet, EnumMap<ActivityCategory, BoundaryNorm>> t = new EnumMap<>(NormSet.class);
    for (NormSet set : NormSet.values()) {
      t.put(set, base == null ? new EnumMap<>(ActivityCategory.class) : new EnumMap<>(base.table.get(set)));
    }
    for (BoundaryNorm n : entries) {
      Objects.requireNonNull(n, "boundary norm entry");
      t.get(n.getNormSet()).put(n.getCategory(), n);
    }
    for (NormSet set : NormSet.values()) {
      for (ActivityCategory c : ActivityCategory.values()) {
        if (!t.get(set).containsKey(c)) {
          throw new IllegalArgumentException("boundary norm table has no verdict for " + c + " under " + set);
        }
      }
    }
    this.table = t;
  }

  /** The bundled standard table. */
  public static BoundaryNorms standard() {
    return STANDARD;
  }

  /**
   * This table with some cells replaced, e.g. an agency's own verdict on transportation. Cells not
   * named keep this table's verdict.
   */
  public BoundaryNorms withOverrides(Collection<BoundaryNorm> overrides) {
    Objects.requireNonNull(overrides, "overrides");
    return overrides.isEmpty() ? this : new BoundaryNorms(overrides, this);
  }

  /** The norm for this category under this norm set. */
  public BoundaryNorm norm(NormSet normSet, ActivityCategory category) {
    Objects.requireNonNull(normSet, "normSet");
    Objects.requireNonNull(category, "category");
    return table.get(normSet).get(category);
  }

  /** The verdict for this category under this norm set. */
  public Verdict verdict(NormSet normSet, ActivityCategory category) {
    return norm(normSet, category).getVerdict();
  }

  /** Every cell of the table, peer norms first, categories in declaration order. */
  public List<BoundaryNorm> all() {
    List<BoundaryNorm> all = new ArrayList<>();
    for (NormSet set : NormSet.values()) {
      all.addAll(table.get(set).values());
    }
    return all;
  }

  @Override
  public String toString() {
    return "BoundaryNorms(" + all().size() + " verdicts)";
  }
}
