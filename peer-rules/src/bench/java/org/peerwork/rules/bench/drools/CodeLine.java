package org.peerwork.rules.bench.drools;

import org.peerwork.model.activity.ActivityCode;

/**
 * One procedure code of an assignment as a fact of its own, with its position, so a rule can pick
 * the first clinical-only code the way Drools users do: a pattern and a {@code not} over the
 * earlier ones.
 *
 * @param assignmentId the assignment the code belongs to
 * @param index the code's position in {@code activity.codes}
 * @param code the code
 */
public record CodeLine(String assignmentId, int index, ActivityCode code) {

  /** Bean-style accessor for DRL. */
  public String getAssignmentId() {
    return assignmentId;
  }

  /** Bean-style accessor for DRL. */
  public int getIndex() {
    return index;
  }

  /** Bean-style accessor for DRL. */
  public ActivityCode getCode() {
    return code;
  }

  /** True when the standard code catalog marks the code clinical-only (90791, H0031...). */
  public boolean isClinicalOnly() {
    return DroolsSupport.CODES.isClinicalOnly(code);
  }
}
