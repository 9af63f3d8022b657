package org.peerwork.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.peerwork.model.theme.StudyTheme;

/**
 * The findings of checking one document, in a deterministic order (catalog order of the rules, then
 * location), with counts by severity, rule and theme. Immutable.
 *
 * <p>Render it with {@code org.peerwork.rules.report}: text for a person, JSON for a program, SARIF
 * for a CI pipeline, CSV for analysis.
 */
public final class Report {

  private final DocumentType subjectType;
  private final String subjectId;
  private final List<Finding> findings;
  private final List<RuleOutcome> outcomes;

  /** A report; {@code outcomes} is empty unless the checker was asked to explain passes. */
  public Report(DocumentType subjectType, String subjectId, List<Finding> findings, List<RuleOutcome> outcomes) {
    this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.findings = findings.isEmpty() ? List.of() : Collections.unmodifiableList(findings);
    this.outcomes = outcomes.isEmpty() ? List.of() : Collections.unmodifiableList(outcomes);
  }

  /** The kind of document checked. */
  public DocumentType subjectType() {
    return subjectType;
  }

  /** The checked document's id. */
  public String subjectId() {
    return subjectId;
  }

  /** The findings, most serious rules first in catalog order. */
  public List<Finding> findings() {
    return findings;
  }

  /** What each rule did, when the checker was asked to explain; otherwise empty. */
  public List<RuleOutcome> outcomes() {
    return outcomes;
  }

  /** True when there are no findings. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** True when some finding is at least as serious as {@code threshold}. */
  public boolean hasAtLeast(Severity threshold) {
    for (Finding f : findings) {
      if (f.getSeverity().isAtLeast(threshold)) {
        return true;
      }
    }
    return false;
  }

  /** The findings of one rule. */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
  }

  /** Counts by severity, every severity present (zero when none). */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, 0);
    }
    findings.forEach(f -> m.merge(f.getSeverity(), 1, Integer::sum));
    return Collections.unmodifiableMap(m);
  }

  /** Counts by rule id, sorted by id; rules without findings are absent. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> m = new TreeMap<>();
    findings.forEach(f -> m.merge(f.getRuleId(), 1, Integer::sum));
    return Collections.unmodifiableMap(m);
  }

  /** Counts by study theme, every theme present (zero when none). */
  public Map<StudyTheme, Integer> countsByTheme() {
    Map<StudyTheme, Integer> m = new EnumMap<>(StudyTheme.class);
    for (StudyTheme t : StudyTheme.values()) {
      m.put(t, 0);
    }
    findings.forEach(f -> m.merge(f.getTheme(), 1, Integer::sum));
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r && subjectType == r.subjectType && subjectId.equals(r.subjectId)
        && findings.equals(r.findings) && outcomes.equals(r.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subjectType, subjectId, findings, outcomes);
  }

  /** A short summary, e.g. {@code Report{task assignment t-1: 1 error, 0 warnings, 1 note}}. */
  @Override
  public String toString() {
    Map<Severity, Integer> c = countsBySeverity();
    return "Report{" + subjectType.label() + " " + subjectId + ": " + c.get(Severity.ERROR) + " errors, "
        + c.get(Severity.WARNING) + " warnings, " + c.get(Severity.INFO) + " notes}";
  }
}
