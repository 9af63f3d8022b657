package org.peerwork.rules.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.peerwork.model.assignment.Roster;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;

/**
 * Checking a month's roster of 10,000 assignments: the roster rules (caseload, day-off contact,
 * crisis debriefs, team coverage), and each of its assignments one by one through the streaming
 * entry point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RosterBenchmark {

  private PeerChecks checks;
  private Roster roster;

  /** Builds the roster once per trial. */
  @Setup
  public void setUp() {
    checks = PeerChecks.standard();
    roster = BenchDocuments.roster(10_000);
  }

  /** The roster rules over 10,000 assignments. */
  @Benchmark
  public Report checkRosterOf10000Assignments() {
    return checks.check(roster);
  }

  /** Every assignment rule over each of the roster's 10,000 assignments, streamed. */
  @Benchmark
  public long checkEachOf10000Assignments(Blackhole bh) {
    return checks.checkEach(roster.getAssignments().iterator(), bh::consume);
  }
}
