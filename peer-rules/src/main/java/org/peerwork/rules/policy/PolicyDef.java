package org.peerwork.rules.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;
import org.peerwork.model.activity.CodeEntry;
import org.peerwork.model.boundary.BoundaryNorm;
import org.peerwork.rules.Severity;

/**
 * An agency's or a state's overlay on the standard checks: thresholds, severity overrides, disabled
 * rules, extra lexicon phrases, extra activity codes (for example more clinical-only codes) and norm
 * verdict overrides. Read one from JSON with {@link Policies#fromJson(String)}; apply it with
 * {@code PeerChecks.standard().withPolicy(policy)}, which rejects unknown rule ids.
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = Policy.class)
@JsonDeserialize(as = Policy.class)
abstract class PolicyDef {

  /** A name for people, e.g. "NH community mental health center policy". */
  public abstract Optional<String> getName();

  /** Thresholds that differ from the defaults. */
  public abstract Map<Threshold, Double> getThresholds();

  /** Severities that differ from the rules' defaults, by rule id. */
  public abstract Map<String, Severity> getSeverityOverrides();

  /** Rules switched off, by id. */
  public abstract Set<String> getDisabledRules();

  /** Phrases added to the duty lexicon. */
  public abstract List<LexiconPhrase> getExtraPhrases();

  /** Activity codes added to, or replacing entries of, the code catalog. */
  public abstract List<CodeEntry> getExtraCodes();

  /** Boundary norm cells that replace the standard table's. */
  public abstract List<BoundaryNorm> getNormOverrides();

  /** The value of a threshold under this policy. */
  public double threshold(Threshold threshold) {
    Double v = getThresholds().get(threshold);
    return v == null ? threshold.defaultValue() : v;
  }

  /** The standard policy: every default, nothing disabled. */
  public static Policy standard() {
    return Policy.builder().build();
  }

  @Value.Check
  void check() {
    for (Map.Entry<Threshold, Double> e : getThresholds().entrySet()) {
      Threshold t = e.getKey();
      double v = e.getValue();
      if (Double.isNaN(v) || v < t.min() || v > t.max()) {
        throw new PolicyException("$.thresholds." + t.name(), "must be between " + fmt(t.min()) + " and " + fmt(t.max()) + " " + t.unit(), List.of(), null);
      }
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
