package org.peerwork.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.Severity;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.assignment.ClinicalTaskAssignedToPeer;
import org.peerwork.model.assignment.TaskAssignment;

/**
 * The bad-input catalog of policy files: {@link Policies#fromJson(String)} and
 * {@link PeerChecks#withPolicy(Policy)} answer every broken policy with a {@link PolicyException}
 * naming the JSON path and, for closed choices, the allowed values; a policy is applied whole or
 * not at all. The cases are listed in {@code docs/reliability.md}.
 */
class PolicyBadInputTest {

  private static final String MARKER = "PII-MARKER-policy";
  private static final List<String> THRESHOLDS = Arrays.stream(Threshold.values()).map(Enum::name).toList();

  private static PolicyException failure(ThrowingCallable call) {
    PolicyException e = catchThrowableOfType(PolicyException.class, call);
    assertThat(e).as("a PolicyException").isNotNull();
    assertThat(e.path()).startsWith("$");
    assertThat(e.getMessage()).startsWith("invalid policy at " + e.path()).doesNotContain(MARKER);
    assertThat(e.getMessage().split("allowed values", -1)).as("the allowed values said once").hasSizeLessThanOrEqualTo(2);
    return e;
  }

  private static PolicyException reading(String json) {
    return failure(() -> Policies.fromJson(json));
  }

  @Test
  void malformedJson() {
    PolicyException e = reading("{\"name\": \"" + MARKER + "\" \"thresholds\": {}}");
    assertThat(e.path()).as("the parser stops after the name's value").isEqualTo("$.name");
    assertThat(e.getMessage()).contains("malformed (line 1, column");
    assertThat(e.getCause()).isInstanceOf(PeerJsonException.class);
  }

  @Test
  void truncatedFile() {
    PolicyException e = reading("{\"name\":\"" + MARKER + "\",\"thresholds\":{\"MAX_CASELOAD\":");
    assertThat(e.path()).isEqualTo("$.thresholds.MAX_CASELOAD");
    assertThat(e.getMessage()).contains("ends in the middle");
  }

  @Test
  void emptyOrNullDocument() {
    for (String empty : Arrays.asList("", "  \n", "null", null)) {
      PolicyException e = reading(empty);
      assertThat(e.path()).isEqualTo("$");
    }
  }

  @Test
  void unknownThresholdListsTheKnownOnes() {
    PolicyException e = reading("{\"thresholds\":{\"MAX_CASELOD\":20}}");
    assertThat(e.path()).isEqualTo("$.thresholds.MAX_CASELOD");
    assertThat(e.allowedValues()).containsExactlyElementsOf(THRESHOLDS);
    assertThat(e.getMessage()).contains("allowed values: MAX_CASELOAD, ");
  }

  @ParameterizedTest
  @EnumSource(Threshold.class)
  void everyThresholdOutOfRangeNamesItsRange(Threshold t) {
    for (double v : new double[] {t.min() - 1, t.max() + 1, -1e300, 1e300}) {
      PolicyException e = reading("{\"thresholds\":{\"" + t.name() + "\":" + v + "}}");
      assertThat(e.path()).isEqualTo("$.thresholds." + t.name());
      assertThat(e.getMessage()).contains("must be between").contains(t.unit());
    }
    assertThat(Policies.fromJson("{\"thresholds\":{\"" + t.name() + "\":" + t.max() + "}}").threshold(t)).isEqualTo(t.max());
    assertThat(Policies.fromJson("{\"thresholds\":{\"" + t.name() + "\":" + t.min() + "}}").threshold(t)).isEqualTo(t.min());
  }

  @Test
  void nonFiniteAndNonNumericThresholds() {
    assertThat(reading("{\"thresholds\":{\"MAX_CASELOAD\":1e400}}").path()).isEqualTo("$.thresholds.MAX_CASELOAD");
    assertThat(reading("{\"thresholds\":{\"MAX_CASELOAD\":NaN}}").path()).isEqualTo("$.thresholds.MAX_CASELOAD");
    PolicyException text = reading("{\"thresholds\":{\"MAX_CASELOAD\":\"" + MARKER + "\"}}");
    assertThat(text.path()).isEqualTo("$.thresholds.MAX_CASELOAD");
    assertThat(text.getMessage()).contains("expected a number");
    assertThat(reading("{\"thresholds\":{\"MAX_CASELOAD\":null}}").path()).isEqualTo("$.thresholds.MAX_CASELOAD");
    assertThat(reading("{\"thresholds\":[15]}").path()).isEqualTo("$.thresholds");
  }

  @Test
  void unknownSeverityListsTheSeverities() {
    PolicyException e = reading("{\"severityOverrides\":{\"TaskOutsideAnyRole\":\"" + MARKER + "\"}}");
    assertThat(e.path()).isEqualTo("$.severityOverrides.TaskOutsideAnyRole");
    assertThat(e.allowedValues()).containsExactly("ERROR", "WARNING", "INFO");
  }

  @Test
  void unknownPropertyListsThePolicyProperties() {
    PolicyException e = reading("{\"disabledRule\":[\"TaskOutsideAnyRole\"]}");
    assertThat(e.path()).isEqualTo("$.disabledRule");
    assertThat(e.allowedValues()).contains("disabledRules", "thresholds", "severityOverrides", "normOverrides", "extraCodes", "extraPhrases", "name");
  }

  @Test
  void duplicateKeys() {
    assertThat(reading("{\"thresholds\":{\"MAX_CASELOAD\":10,\"MAX_CASELOAD\":20}}").path()).isEqualTo("$.thresholds.MAX_CASELOAD");
    assertThat(reading("{\"name\":\"a\",\"name\":\"" + MARKER + "\"}").path()).isEqualTo("$.name");
  }

  @Test
  void aRuleDisabledTwiceIsNotSilentlyMerged() {
    PolicyException e = reading("{\"disabledRules\":[\"TaskOutsideAnyRole\",\"TaskOutsideAnyRole\"]}");
    assertThat(e.path()).isEqualTo("$.disabledRules[1]");
  }

  @Test
  void badNestedEntriesNameTheirPlace() {
    PolicyException phrase = reading("{\"extraPhrases\":[{\"phrase\":\"intake packet\",\"category\":\"" + MARKER + "\"}]}");
    assertThat(phrase.path()).isEqualTo("$.extraPhrases[0].category");
    assertThat(phrase.allowedValues()).contains(ActivityCategory.CLINICAL_ASSESSMENT.name());
    PolicyException verdict = reading("{\"normOverrides\":[{\"normSet\":\"PEER\",\"category\":\"TRANSPORTATION\",\"verdict\":\"MAYBE\","
        + "\"rationale\":\"r\",\"citations\":[]}]}");
    assertThat(verdict.path()).isEqualTo("$.normOverrides[0].verdict");
    assertThat(verdict.allowedValues()).containsExactlyElementsOf(Arrays.stream(Verdict.values()).map(Enum::name).toList());
    PolicyException code = reading("{\"extraCodes\":[{\"code\":{\"system\":\"HCPCS\"},\"display\":\"x\",\"category\":\"DIAGNOSIS\","
        + "\"clinicalOnly\":true,\"peerService\":false,\"citation\":{\"sourceId\":\"PEERWORK\",\"locator\":\"ours\"}}]}");
    assertThat(code.path()).isEqualTo("$.extraCodes[0].code.code");
  }

  @Test
  void hugeAndDeepPolicies() {
    PolicyException deep = reading("{\"name\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
    assertThat(deep.getMessage()).contains("nesting deeper than");
    PolicyException huge = reading("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
    assertThat(huge.path()).isEqualTo("$.name");
  }

  @Test
  void anUnknownRuleIdWhenAppliedNamesThePlaceAndTheKnownIds() {
    Policy disabled = Policies.fromJson("{\"disabledRules\":[\"TaskOutsideAnyRole\",\"TaskOutsideAnyRoll\"]}");
    PolicyException e = failure(() -> PeerChecks.standard().withPolicy(disabled));
    assertThat(e.path()).isEqualTo("$.disabledRules[1]");
    assertThat(e.allowedValues()).containsExactlyElementsOf(RuleCatalog.standard().ids()).contains("TaskOutsideAnyRole");

    Policy severity = Policies.fromJson("{\"severityOverrides\":{\"ScheduledOnDayOf\":\"INFO\"}}");
    PolicyException s = failure(() -> PeerChecks.standard().withPolicy(severity));
    assertThat(s.path()).isEqualTo("$.severityOverrides.ScheduledOnDayOf");
    assertThat(s.allowedValues()).contains("ScheduledOnDayOff");
  }

  @Test
  void aPolicyIsNeverHalfApplied() {
    PeerChecks standard = PeerChecks.standard();
    TaskAssignment clinical = firstFiringAssignment();
    Report before = standard.check(clinical);
    Policy mixed = Policy.builder()
        .putThreshold(Threshold.MAX_CASELOAD, 3.0)
        .putSeverityOverride("ClinicalTaskAssignedToPeer", Severity.INFO)
        .addDisabledRule("TaskOutsideAnyRole")
        .addDisabledRule("NoSuchRule")
        .build();
    assertThat(failure(() -> standard.withPolicy(mixed)).path()).isEqualTo("$.disabledRules[1]");
    Policy badSeverity = Policy.builder().addDisabledRule("TaskOutsideAnyRole").putSeverityOverride("NoSuchRule", Severity.INFO).build();
    assertThat(failure(() -> standard.withPolicy(badSeverity)).path()).isEqualTo("$.severityOverrides.NoSuchRule");
    // nothing of the rejected policies reaches the checks that were asked to take them
    assertThat(standard.policy()).isEqualTo(Policy.standard());
    assertThat(standard.check(clinical)).isEqualTo(before);
    assertThat(before.findingsOf("ClinicalTaskAssignedToPeer")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void theSameValidPolicyReadTwiceIsEqualAndAppliesTheSame() {
    String json = "{\"name\":\"agency\",\"thresholds\":{\"MAX_CASELOAD\":3},\"severityOverrides\":{\"ClinicalTaskAssignedToPeer\":\"INFO\"},"
        + "\"disabledRules\":[\"TaskOutsideAnyRole\"]}";
    Policy a = Policies.fromJson(json);
    assertThat(Policies.fromJson(Policies.toJson(a))).isEqualTo(a);
    PeerChecks checks = PeerChecks.standard().withPolicy(a);
    assertThat(checks.check(firstFiringAssignment()).findings())
        .allSatisfy(f -> assertThat(f.getRuleId()).isNotEqualTo("TaskOutsideAnyRole"))
        .filteredOn(f -> f.getRuleId().equals("ClinicalTaskAssignedToPeer"))
        .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.INFO));
  }

  /** The first assignment in the rule examples that the clinical-task rule fires on. */
  private static TaskAssignment firstFiringAssignment() {
    return new ClinicalTaskAssignedToPeer().examples().stream().filter(RuleExample::fires).map(RuleExample::document)
        .findFirst().orElseThrow();
  }
}
