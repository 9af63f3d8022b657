package org.peerwork.rules;

import java.util.Objects;
import org.peerwork.model.activity.ActivityCodeCatalog;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;
import org.peerwork.rules.text.DutyClassifier;

/**
 * What a rule may consult while it checks a document: the policy in force, the boundary norm table
 * and the activity code catalog with the policy's overlays applied. Immutable and shared by all
 * checks of one {@link PeerChecks}.
 */
public final class RuleContext {

  private final Policy policy;
  private final BoundaryNorms norms;
  private final ActivityCodeCatalog codes;
  private volatile DutyClassifier dutyClassifier;

  RuleContext(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.norms = BoundaryNorms.standard().withOverrides(policy.getNormOverrides());
    this.codes = policy.getExtraCodes().isEmpty() ? ActivityCodeCatalog.standard() : ActivityCodeCatalog.standard().with(policy.getExtraCodes());
  }

  /** A context for the standard policy, for tests and examples. */
  public static RuleContext standard() {
    return new RuleContext(Policy.standard());
  }

  /** A context for this policy. */
  public static RuleContext of(Policy policy) {
    return new RuleContext(policy);
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /** The boundary norm table, with the policy's overrides. */
  public BoundaryNorms norms() {
    return norms;
  }

  /** The activity code catalog, with the policy's extra codes. */
  public ActivityCodeCatalog codes() {
    return codes;
  }

  /**
   * The duty classifier for duties written in words, with the policy's extra lexicon phrases. Built
   * on first use and then shared; immutable and thread-safe.
   */
  public DutyClassifier dutyClassifier() {
    DutyClassifier c = dutyClassifier;
    if (c == null) {
      c = DutyClassifier.standard().withExtraPhrases(policy.getExtraPhrases());
      dutyClassifier = c; // a race builds equal, immutable classifiers: harmless
    }
    return c;
  }

  /** A threshold's value under the policy. */
  public double threshold(Threshold threshold) {
    return policy.threshold(threshold);
  }

  /** The severity of a rule under the policy. */
  public Severity severityOf(RuleMetadata rule) {
    Severity s = policy.getSeverityOverrides().get(rule.getId());
    return s == null ? rule.getDefaultSeverity() : s;
  }

  /** A finding pre-filled with the rule's id, effective severity, theme, suggestion and citations. */
  public Finding.Builder newFinding(RuleMetadata rule, DocumentType type, String subjectId, Location location, Message message) {
    return Finding.builder()
        .ruleId(rule.getId())
        .severity(severityOf(rule))
        .theme(rule.getTheme())
        .subjectType(type)
        .subjectId(subjectId)
        .location(location)
        .message(message)
        .suggestion(rule.getSuggestion())
        .citations(rule.getCitations());
  }
}
