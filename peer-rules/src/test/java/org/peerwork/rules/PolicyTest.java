package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.policy.Policies;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.PolicyException;
import org.peerwork.rules.policy.Threshold;

/** Policy overlays: thresholds, severities, disabled rules, rejection of bad policies, and explained outcomes. */
class PolicyTest {

  private final PeerChecks standard = PeerChecks.standard();

  @Test
  void aThresholdOverrideChangesARosterFinding() {
    Roster twenty = Scenarios.caseload(20);
    assertThat(standard.check(twenty).findingsOf("CaseloadOverThreshold")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getFacts()).containsEntry("caseload", "20").containsEntry("threshold", "15"));

    PeerChecks lenient = standard.withPolicy(Policy.builder().putThreshold(Threshold.MAX_CASELOAD, 25.0).build());
    assertThat(lenient.check(twenty).findingsOf("CaseloadOverThreshold")).isEmpty();

    PeerChecks strict = standard.withPolicy(Policy.builder().putThreshold(Threshold.MAX_CASELOAD, 8.0).build());
    Roster ten = Scenarios.caseload(10);
    assertThat(standard.check(ten).findingsOf("CaseloadOverThreshold")).isEmpty();
    assertThat(strict.check(ten).findingsOf("CaseloadOverThreshold")).singleElement()
        .satisfies(f -> assertThat(f.getMessage().getText()).endsWith("above the threshold of 8"));
  }

  @Test
  void aThresholdReadFromJsonAppliesToo() {
    Policy p = Policies.fromJson("{\"name\":\"lenient crisis policy\",\"thresholds\":{\"CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF\":5}}");
    Roster roster = Scenarios.daysOffRoster();
    assertThat(standard.check(roster).findingsOf("CrisisWorkWithoutDebrief")).extracting(f -> f.getLocation().getPath())
        .containsExactly("staff[id=s-a]", "staff[id=s-b]", "staff[id=s-c]");
    assertThat(standard.withPolicy(p).check(roster).findingsOf("CrisisWorkWithoutDebrief")).extracting(f -> f.getLocation().getPath())
        .containsExactly("staff[id=s-a]", "staff[id=s-b]");
    Policy one = Policy.builder().from(p).putThreshold(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF, 6.0).build();
    assertThat(standard.withPolicy(one).check(roster).findingsOf("CrisisWorkWithoutDebrief")).extracting(f -> f.getLocation().getPath())
        .containsExactly("staff[id=s-a]");
  }

  @Test
  void aSeverityOverrideChangesTheSeverityOnly() {
    PeerChecks strict = standard.withPolicy(Policy.builder().putSeverityOverride("TaskOutsideAnyRole", Severity.ERROR).build());
    Finding before = standard.check(Scenarios.feedTheCat()).findings().get(0);
    Finding after = strict.check(Scenarios.feedTheCat()).findings().get(0);
    assertThat(before.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(after.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(after.withSeverity(Severity.WARNING)).isEqualTo(before);
  }

  @Test
  void disablingARuleRemovesExactlyItsFindings() {
    TaskAssignment noisy = Scenarios.erAssessment()
        .withAssignee(Scenarios.staff("s-x", org.peerwork.model.role.Role.RECOVERY_COACH).withSupervisor(java.util.Optional.empty()))
        .withWindow(org.peerwork.model.assignment.TimeWindow.of(Scenarios.MONDAY.plusDays(5).atTime(22, 0), Scenarios.MONDAY.plusDays(6).atTime(1, 0)));
    Report all = standard.check(noisy);
    assertThat(all.countsByRule()).containsOnlyKeys("ClinicalTaskAssignedToPeer", "ScheduledOnDayOff", "AssigneeWithoutSupervisor");
    Report without = standard.withPolicy(Policy.builder().addDisabledRule("ScheduledOnDayOff").build()).check(noisy);
    assertThat(without.findings()).isEqualTo(all.findings().stream().filter(f -> !f.getRuleId().equals("ScheduledOnDayOff")).toList());
  }

  @Test
  void anUnknownRuleIdRejectsThePolicyWhole() {
    Policy bad = Policy.builder().addDisabledRule("ScheduledOnDayOff").addDisabledRule("NoSuchRule")
        .putSeverityOverride("TaskOutsideAnyRole", Severity.ERROR).build();
    assertThatThrownBy(() -> standard.withPolicy(bad))
        .isInstanceOfSatisfying(PolicyException.class, e -> {
          assertThat(e.path()).isEqualTo("$.disabledRules[1]");
          assertThat(e.allowedValues()).containsAll(RuleCatalog.standard().ids()).contains("TaskOutsideAnyRole", "CaseloadOverThreshold");
          assertThat(e.getMessage()).contains("unknown rule id").contains("ClinicalTaskAssignedToPeer");
        });
    Policy badSeverity = Policy.builder().putSeverityOverride("Typo", Severity.INFO).build();
    assertThatThrownBy(() -> standard.withPolicy(badSeverity)).isInstanceOf(PolicyException.class).hasMessageContaining("$.severityOverrides.Typo");
    // nothing was half-applied: the standard checks are untouched
    assertThat(standard.policy()).isEqualTo(Policy.standard());
    assertThat(standard.check(Scenarios.feedTheCat()).findings().get(0).getSeverity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void badPolicyJsonNamesThePlace() {
    assertThatThrownBy(() -> Policies.fromJson("{\"thresholds\":{\"MAX_CASELOAD\":-3}}"))
        .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.path()).isEqualTo("$.thresholds.MAX_CASELOAD"));
    assertThatThrownBy(() -> Policies.fromJson("{\"thresholds\":{\"MAX_CASELOD\":20}}"))
        .isInstanceOfSatisfying(PolicyException.class, e -> {
          assertThat(e.path()).startsWith("$.thresholds");
          assertThat(e.allowedValues()).contains("MAX_CASELOAD");
        });
    assertThatThrownBy(() -> Policies.fromJson("{\"severityOverrides\":{\"TaskOutsideAnyRole\":\"FATAL\"}}"))
        .isInstanceOfSatisfying(PolicyException.class, e -> {
          assertThat(e.path()).contains("severityOverrides");
          assertThat(e.allowedValues()).containsExactly("ERROR", "WARNING", "INFO");
        });
    assertThatThrownBy(() -> Policies.fromJson("{\"thresholds\": {"))
        .isInstanceOfSatisfying(PolicyException.class, e -> assertThat(e.path()).isNotBlank());
  }

  @Test
  void explainingOutcomesReportsPassFindingAndDisabled() {
    PeerChecks explaining = standard.withPolicy(Policy.builder().addDisabledRule("PeerSocialActivityNotReprimandable").build())
        .explainingOutcomes();
    Report r = explaining.check(Scenarios.feedTheCat());
    List<String> ids = RuleCatalog.standard().rulesFor(DocumentType.TASK_ASSIGNMENT).stream().map(x -> x.metadata().getId()).toList();
    assertThat(r.outcomes()).extracting(RuleOutcome::ruleId).containsExactlyElementsOf(ids);
    Map<String, RuleOutcome> byId = new java.util.HashMap<>();
    r.outcomes().forEach(o -> byId.put(o.ruleId(), o));
    assertThat(byId.get("TaskOutsideAnyRole")).isEqualTo(new RuleOutcome("TaskOutsideAnyRole", RuleOutcome.Result.FINDING, 1));
    assertThat(byId.get("PeerSocialActivityNotReprimandable").result()).isEqualTo(RuleOutcome.Result.DISABLED);
    assertThat(byId.get("ClinicalTaskAssignedToPeer").result()).isEqualTo(RuleOutcome.Result.PASS);
    assertThat(r.outcomes()).filteredOn(o -> o.result() == RuleOutcome.Result.PASS).hasSize(ids.size() - 2);
    assertThat(standard.check(Scenarios.feedTheCat()).outcomes()).isEmpty();
  }

  @Test
  void aThresholdOutOfRangeNamesItsRangeAndUnit() {
    assertThat(org.peerwork.rules.policy.Threshold.MIN_WAGE_RATIO.min()).isZero();
    assertThat(org.peerwork.rules.policy.Threshold.MAX_CASELOAD.min()).isEqualTo(1.0);
    assertThat(org.peerwork.rules.policy.Threshold.MAX_CASELOAD.unit()).isEqualTo("people per peer");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.peerwork.rules.policy.Policy.builder()
            .putThreshold(org.peerwork.rules.policy.Threshold.MIN_WAGE_RATIO, 10.5).build())
        .isInstanceOf(org.peerwork.rules.policy.PolicyException.class).hasMessageContaining("$.thresholds.MIN_WAGE_RATIO")
        .hasMessageContaining("must be between 0 and 10 ratio");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.peerwork.rules.policy.Policy.builder()
            .putThreshold(org.peerwork.rules.policy.Threshold.ROLE_DRIFT_SHARE, 1.5).build())
        .hasMessageContaining("must be between 0 and 1 share of duties");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.peerwork.rules.policy.Policy.builder()
            .putThreshold(org.peerwork.rules.policy.Threshold.MAX_CASELOAD, 0.5).build())
        .hasMessageContaining("must be between 1 and 10000 people per peer");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.peerwork.rules.policy.Policy.builder()
            .putThreshold(org.peerwork.rules.policy.Threshold.MAX_CASELOAD, Double.NaN).build())
        .isInstanceOf(org.peerwork.rules.policy.PolicyException.class);
  }
}
