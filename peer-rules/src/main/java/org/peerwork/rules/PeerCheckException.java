package org.peerwork.rules;

/**
 * A rule failed on a document it should have been able to check: a defect in peerwork, reported
 * with the rule id and the document id only.
 */
public final class PeerCheckException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final String subjectId;

  PeerCheckException(String ruleId, DocumentType type, String subjectId, RuntimeException cause) {
    super("rule " + ruleId + " failed on " + type.label() + " " + subjectId + ": " + cause.getClass().getSimpleName(), cause);
    this.ruleId = ruleId;
    this.subjectId = subjectId;
  }

  /** The failing rule. */
  public String ruleId() {
    return ruleId;
  }

  /** The document being checked. */
  public String subjectId() {
    return subjectId;
  }
}
