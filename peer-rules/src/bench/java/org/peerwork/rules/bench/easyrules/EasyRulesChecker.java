package org.peerwork.rules.bench.easyrules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.bench.AssignmentChecker;
import org.peerwork.rules.bench.BenchFinding;

/**
 * The five rules in Easy Rules 4.1: registered once in a {@link Rules} set and fired by a
 * {@link DefaultRulesEngine} with fresh {@link Facts} per assignment (the assignment and a findings
 * list), as Easy Rules users do. Two styles: annotated POJOs (proxied by reflection) and fluent
 * lambdas; the benchmarks time both and hold peerwork to the faster one.
 */
public final class EasyRulesChecker implements AssignmentChecker {

  private final String name;
  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  private EasyRulesChecker(String name, Rules rules) {
    this.name = name;
    this.rules = rules;
  }

  /** The annotated-POJO version. */
  public static EasyRulesChecker annotated() {
    return new EasyRulesChecker("Easy Rules (annotated)", new Rules(new AnnotatedRules.Clinical(), new AnnotatedRules.OutsideRole(),
        new AnnotatedRules.Prohibited(), new AnnotatedRules.DayOff(), new AnnotatedRules.LacksTraining()));
  }

  /** The fluent {@link RuleBuilder} version with lambdas. */
  public static EasyRulesChecker fluent() {
    return new EasyRulesChecker("Easy Rules (fluent)", new Rules(
        rule("ClinicalTaskAssignedToPeer", 1, EasyRulesFive::clinical, EasyRulesFive::clinical),
        rule("TaskOutsideAnyRole", 2, EasyRulesFive::outsideRole, EasyRulesFive::outsideRole),
        rule("ProhibitedConductAssigned", 3, EasyRulesFive::prohibited, EasyRulesFive::prohibited),
        rule("ScheduledOnDayOff", 4, EasyRulesFive::dayOff, EasyRulesFive::dayOff),
        rule("AssigneeLacksPopulationTraining", 5, EasyRulesFive::lacksTraining, EasyRulesFive::lacksTraining)));
  }

  private static org.jeasy.rules.api.Rule rule(String name, int priority, Function<TaskAssignment, Boolean> when,
      java.util.function.BiConsumer<TaskAssignment, List<BenchFinding>> then) {
    return new RuleBuilder().name(name).priority(priority)
        .when(facts -> when.apply(facts.get(EasyRulesFive.ASSIGNMENT)))
        .then(facts -> then.accept(facts.get(EasyRulesFive.ASSIGNMENT), facts.get(EasyRulesFive.FINDINGS)))
        .build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<BenchFinding> check(TaskAssignment assignment) {
    List<BenchFinding> findings = new ArrayList<>(2);
    Facts facts = new Facts();
    facts.put(EasyRulesFive.ASSIGNMENT, assignment);
    facts.put(EasyRulesFive.FINDINGS, findings);
    engine.fire(rules, facts);
    return findings;
  }

  /** Easy Rules has no batch form: one firing per assignment. */
  @Override
  public long checkAll(List<TaskAssignment> assignments, Consumer<BenchFinding> sink) {
    long n = 0;
    for (TaskAssignment a : assignments) {
      for (BenchFinding f : check(a)) {
        sink.accept(f);
        n++;
      }
    }
    return n;
  }
}
