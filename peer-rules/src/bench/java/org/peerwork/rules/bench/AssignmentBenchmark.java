package org.peerwork.rules.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;

/**
 * Checking one in-memory task assignment with every assignment rule: a clean one (no finding) and
 * one that breaks five rules. The design's bar: well under a microsecond for a clean assignment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AssignmentBenchmark {

  private PeerChecks checks;
  private TaskAssignment clean;
  private TaskAssignment withFindings;

  /** Builds the documents once per trial. */
  @Setup
  public void setUp() {
    checks = PeerChecks.standard();
    clean = BenchDocuments.clean();
    withFindings = BenchDocuments.withFindings();
    if (!checks.check(clean).isClean() || checks.check(withFindings).findings().size() != 5) {
      throw new IllegalStateException("benchmark documents changed: " + checks.check(clean) + " " + checks.check(withFindings));
    }
  }

  /** A clean assignment: every rule runs, none reports. */
  @Benchmark
  public Report checkCleanAssignment() {
    return checks.check(clean);
  }

  /** An assignment with five findings (clinical code, day off, training, supervisor). */
  @Benchmark
  public Report checkAssignmentWithFindings() {
    return checks.check(withFindings);
  }
}
