package org.peerwork.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.peerwork.model.PeerDocument;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleExample;

/**
 * Fuzz target for policy files: any bytes, read as UTF-8 text, give a {@link Policy} or a
 * {@link PolicyException} naming the place; a policy that reads writes back to JSON that reads to an
 * equal policy; applying it either succeeds or fails whole with a {@link PolicyException} naming an
 * unknown rule id; and checks under an applied policy never throw on the catalog's own examples
 * and are deterministic. Seeds: {@code src/test/resources/org/peerwork/rules/policy/PoliciesFuzzTestInputs/fromJson/}.
 */
class PoliciesFuzzTest {

  /** The rule examples of the catalog: documents of every type, some firing, some silent. */
  private static final List<PeerDocument> DOCUMENTS = RuleCatalog.standard().all().stream()
      .flatMap((Rule<?> r) -> r.examples().stream())
      .map(RuleExample::document)
      .map(PeerDocument.class::cast)
      .toList();

  @FuzzTest(maxDuration = "30s")
  void fromJson(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Policy policy;
    try {
      policy = Policies.fromJson(text);
    } catch (PolicyException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.getMessage()).startsWith("invalid policy at " + e.path());
      return;
    }
    assertThat(Policies.fromJson(Policies.toJson(policy))).as("write then read").isEqualTo(policy);
    PeerChecks checks;
    try {
      checks = PeerChecks.standard().withPolicy(policy);
    } catch (PolicyException e) {
      assertThat(e.path()).matches("\\$\\.(disabledRules\\[\\d+]|severityOverrides\\..*)");
      assertThat(e.allowedValues()).isEqualTo(RuleCatalog.standard().ids());
      return;
    }
    assertThat(checks.policy()).isEqualTo(policy);
    PeerChecks explaining = checks.explainingOutcomes();
    for (PeerDocument d : DOCUMENTS) {
      Report r = checks.check(d);
      assertThat(checks.check(d)).isEqualTo(r);
      assertThat(r.findings()).allSatisfy(f -> {
        assertThat(policy.getDisabledRules()).doesNotContain(f.getRuleId());
        assertThat(f.getSubjectId()).isEqualTo(d.getId());
      });
      assertThat(explaining.check(d).findings()).isEqualTo(r.findings());
    }
  }
}
