package org.peerwork.rules.bench;

import java.util.Comparator;
import java.util.Objects;
import org.peerwork.rules.Finding;

/**
 * What the three engines must agree on for one finding: the rule id, the subject (the assignment's
 * id) and the location path. The Drools and Easy Rules versions produce only these; peerwork's
 * findings carry much more (message, evidence, verdicts, suggestion, citations), which is a cost the
 * comparison charges to peerwork.
 */
public record BenchFinding(String ruleId, String subjectId, String path) implements Comparable<BenchFinding> {

  private static final Comparator<BenchFinding> ORDER = Comparator.comparing(BenchFinding::subjectId)
      .thenComparing(BenchFinding::ruleId).thenComparing(BenchFinding::path);

  /** A finding; every part is required. */
  public BenchFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(path, "path");
  }

  /** The comparable part of a peerwork finding. */
  public static BenchFinding of(Finding f) {
    return new BenchFinding(f.getRuleId(), f.getSubjectId(), f.getLocation().getPath());
  }

  @Override
  public int compareTo(BenchFinding o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return ruleId + " " + subjectId + " " + path;
  }
}
