package org.peerwork.model.activity;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peerwork.model.internal.BundledJson;

/**
 * Procedure codes peerwork knows, bundled as {@code activity-codes.json}: H0038 peer services, and
 * the clinical-only codes (90791, 90792, H0031, H0032, H0001, psychotherapy and psychological
 * testing). An agency can add codes with {@link #with(Collection)}.
 */
public final class ActivityCodeCatalog {

  private static final ActivityCodeCatalog STANDARD = new ActivityCodeCatalog(
      BundledJson.read(ActivityCodeCatalog.class, "/org/peerwork/model/activity-codes.json", new TypeReference<List<CodeEntry>>() {}));

  private final Map<ActivityCode, CodeEntry> byCode;

  private ActivityCodeCatalog(Collection<CodeEntry> entries) {
    Map<ActivityCode, CodeEntry> map = new LinkedHashMap<>();
    for (CodeEntry e : entries) {
      map.put(e.getCode(), e);
    }
    this.byCode = Collections.unmodifiableMap(map);
  }

  /** The bundled catalog. */
  public static ActivityCodeCatalog standard() {
    return STANDARD;
  }

  /** A catalog with these entries added; an entry for a code already present replaces it. */
  public ActivityCodeCatalog with(Collection<CodeEntry> extra) {
    Objects.requireNonNull(extra, "extra");
    List<CodeEntry> all = new ArrayList<>(byCode.values());
    all.addAll(extra);
    return new ActivityCodeCatalog(all);
  }

  /** What the catalog knows of this code. */
  public Optional<CodeEntry> find(ActivityCode code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** True when the code is known and clinical-only. */
  public boolean isClinicalOnly(ActivityCode code) {
    CodeEntry e = code == null ? null : byCode.get(code);
    return e != null && e.isClinicalOnly();
  }

  /** Every entry. */
  public Collection<CodeEntry> all() {
    return byCode.values();
  }

  @Override
  public String toString() {
    return "ActivityCodeCatalog(" + byCode.size() + " codes)";
  }
}
