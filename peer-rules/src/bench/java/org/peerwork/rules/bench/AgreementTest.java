package org.peerwork.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.bench.drools.DroolsChecker;
import org.peerwork.rules.bench.easyrules.EasyRulesChecker;

/**
 * Before any timing counts: peerwork (restricted to the five rules), Drools and Easy Rules (both
 * styles) give the same findings (rule, subject, location) on every input: thousands of generated
 * assignments plus the rules' own examples. Runs in the bench profile:
 * {@code ./mvnw -pl peer-rules -am -Pbench test -Dtest=AgreementTest}.
 */
class AgreementTest {

  private static List<AssignmentChecker> engines;
  private static AssignmentChecker peerwork;

  @BeforeAll
  static void build() {
    peerwork = FiveRules.checker();
    engines = List.of(new DroolsChecker(), EasyRulesChecker.annotated(), EasyRulesChecker.fluent());
  }

  /** Every input the engines must agree on. */
  static List<TaskAssignment> inputs() {
    List<TaskAssignment> all = new ArrayList<>(BenchData.assignments(5_000, BenchData.SEED));
    all.addAll(BenchData.assignments(2_000, BenchData.SEED + 1));
    all.addAll(GeneratedInputs.assignments(3_000));
    all.addAll(examples());
    return all;
  }

  /** The five rules' own fires/silent examples. */
  static List<TaskAssignment> examples() {
    List<TaskAssignment> out = new ArrayList<>();
    for (Rule<TaskAssignment> r : RuleCatalog.standard().<TaskAssignment>rulesFor(DocumentType.TASK_ASSIGNMENT)) {
      if (FiveRules.IDS.contains(r.metadata().getId())) {
        for (RuleExample<TaskAssignment> e : r.examples()) {
          out.add(e.document());
        }
      }
    }
    return out;
  }

  @Test
  void peerworkHasAllFiveRules() {
    assertThat(FiveRules.registered()).containsExactlyInAnyOrderElementsOf(FiveRules.IDS);
  }

  @Test
  void allEnginesGiveTheSameFindingsOnEveryInput() {
    List<TaskAssignment> inputs = inputs();
    Map<String, Integer> fired = new TreeMap<>();
    int clean = 0;
    List<String> disagreements = new ArrayList<>();
    for (TaskAssignment a : inputs) {
      List<BenchFinding> expected = sorted(peerwork.check(a));
      if (expected.isEmpty()) {
        clean++;
      }
      for (BenchFinding f : expected) {
        fired.merge(f.ruleId(), 1, Integer::sum);
      }
      for (AssignmentChecker e : engines) {
        List<BenchFinding> got = sorted(e.check(a));
        if (!got.equals(expected) && disagreements.size() < 20) {
          disagreements.add(e.name() + " on " + a + ": " + got + " but peerwork " + expected);
        }
      }
    }
    assertThat(disagreements).as("disagreements").isEmpty();
    // not vacuous: every rule fires on many inputs, and most inputs are clean
    assertThat(fired.keySet()).as("rules that fired").containsExactlyInAnyOrderElementsOf(FiveRules.registered());
    assertThat(fired.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
    assertThat(clean).isBetween(inputs.size() / 2, inputs.size() - 500);
  }

  @Test
  void batchFormsGiveTheSameFindingsAsOneAtATime() {
    List<TaskAssignment> roster = BenchData.assignments(5_000, BenchData.SEED + 2);
    List<BenchFinding> expected = new ArrayList<>();
    for (TaskAssignment a : roster) {
      expected.addAll(peerwork.check(a));
    }
    expected = sorted(expected);
    List<BenchFinding> viaCheckEach = new ArrayList<>();
    assertThat(peerwork.checkAll(roster, viaCheckEach::add)).isEqualTo(expected.size());
    assertThat(sorted(viaCheckEach)).isEqualTo(expected);
    for (AssignmentChecker e : engines) {
      List<BenchFinding> got = new ArrayList<>();
      long n = e.checkAll(roster, got::add);
      assertThat(n).as(e.name()).isEqualTo(got.size());
      assertThat(sorted(got)).as(e.name()).isEqualTo(expected);
    }
  }

  @Test
  void findingsAreDistinctPerRuleAndLocation() {
    Map<TaskAssignment, List<BenchFinding>> seen = new HashMap<>();
    for (TaskAssignment a : BenchData.assignments(2_000, BenchData.SEED)) {
      List<BenchFinding> f = peerwork.check(a);
      seen.put(a, f);
      assertThat(new LinkedHashSet<>(f)).as(a.toString()).hasSameSizeAs(f);
    }
    assertThat(seen).isNotEmpty();
  }

  private static List<BenchFinding> sorted(List<BenchFinding> in) {
    List<BenchFinding> out = new ArrayList<>(in);
    out.sort(null);
    return out;
  }
}
