package org.peerwork.rules;

/**
 * What one rule did with one document, reported on request so a user can ask why a rule did not
 * fire.
 *
 * @param ruleId the rule
 * @param result what happened
 * @param findings how many findings it reported
 */
public record RuleOutcome(String ruleId, Result result, int findings) {

  /** What a rule did with a document. */
  public enum Result {
    /** It reported at least one finding. */
    FINDING,
    /** It checked the document and found nothing. */
    PASS,
    /** The policy disabled it. */
    DISABLED
  }

  @Override
  public String toString() {
    return ruleId + ": " + result + (result == Result.FINDING ? " (" + findings + ")" : "");
  }
}
