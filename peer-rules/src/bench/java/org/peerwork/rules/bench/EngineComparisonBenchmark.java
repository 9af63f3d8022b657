package org.peerwork.rules.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.bench.drools.DroolsChecker;
import org.peerwork.rules.bench.easyrules.EasyRulesChecker;

/**
 * In-memory checking of task assignments by the five rules: peerwork, Drools (executable model,
 * stateless session) and Easy Rules (annotated and fluent), on the same generated assignments.
 * "one" benchmarks check one assignment per operation, cycling through 4,096 distinct ones (about
 * one in four has a finding); "clean" ones cycle through assignments with no finding (the
 * allocation target); "roster" ones check a 100,000-assignment roster per invocation and are
 * reported per assignment. Engines are built in setup, never per check.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineComparisonBenchmark {

  static final int POOL = 4096;
  static final int ROSTER = 100_000;

  PeerChecks peerwork;
  DroolsChecker drools;
  EasyRulesChecker easyAnnotated;
  EasyRulesChecker easyFluent;
  TaskAssignment[] mixed;
  TaskAssignment[] clean;
  List<TaskAssignment> roster;
  int i;

  /** Builds the engines (Drools compiles its DRL to the executable model here) and the inputs. */
  @Setup
  public void setUp() {
    peerwork = FiveRules.peerwork();
    drools = new DroolsChecker();
    easyAnnotated = EasyRulesChecker.annotated();
    easyFluent = EasyRulesChecker.fluent();
    mixed = BenchData.assignments(POOL, BenchData.SEED).toArray(TaskAssignment[]::new);
    clean = BenchData.clean(POOL, BenchData.SEED + 5).toArray(TaskAssignment[]::new);
    roster = BenchData.assignments(ROSTER, BenchData.SEED + 7);
  }

  private TaskAssignment nextMixed() {
    return mixed[i++ & (POOL - 1)];
  }

  private TaskAssignment nextClean() {
    return clean[i++ & (POOL - 1)];
  }

  /** peerwork, one assignment. */
  @Benchmark
  public Report peerworkOne() {
    return peerwork.check(nextMixed());
  }

  /** peerwork, one assignment with no finding. */
  @Benchmark
  public Report peerworkOneClean() {
    return peerwork.check(nextClean());
  }

  /** peerwork, a 100,000-assignment roster through checkEach; per assignment. */
  @Benchmark
  @OperationsPerInvocation(ROSTER)
  public long peerworkRoster(Blackhole bh) {
    return peerwork.checkEach(roster.iterator(), bh::consume);
  }

  /** Drools, one assignment per stateless execution. */
  @Benchmark
  public Object droolsOne() {
    return drools.check(nextMixed());
  }

  /** Drools, one assignment with no finding. */
  @Benchmark
  public Object droolsOneClean() {
    return drools.check(nextClean());
  }

  /** Drools, the roster in one stateless execution (its batch form); per assignment. */
  @Benchmark
  @OperationsPerInvocation(ROSTER)
  public long droolsRoster(Blackhole bh) {
    return drools.checkAll(roster, bh::consume);
  }

  /** Easy Rules, annotated POJO rules, one assignment. */
  @Benchmark
  public Object easyRulesAnnotatedOne() {
    return easyAnnotated.check(nextMixed());
  }

  /** Easy Rules, fluent lambda rules, one assignment. */
  @Benchmark
  public Object easyRulesFluentOne() {
    return easyFluent.check(nextMixed());
  }

  /** Easy Rules, fluent, one assignment with no finding. */
  @Benchmark
  public Object easyRulesFluentOneClean() {
    return easyFluent.check(nextClean());
  }

  /** Easy Rules, fluent, the roster one firing at a time; per assignment. */
  @Benchmark
  @OperationsPerInvocation(ROSTER)
  public long easyRulesFluentRoster(Blackhole bh) {
    return easyFluent.checkAll(roster, bh::consume);
  }
}
