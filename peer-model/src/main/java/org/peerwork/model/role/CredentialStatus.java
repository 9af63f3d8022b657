package org.peerwork.model.role;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Where a person stands with a credential. The study's agency-led employer hired people already
 * certified or working toward CRSW or CPS certification.
 */
public enum CredentialStatus implements Vocabulary {
  /** Holds the credential. */
  CERTIFIED("Certified"),
  /** Working toward it. */
  IN_PROGRESS("In progress"),
  /** Does not hold it. */
  NONE("None");

  private final String label;

  CredentialStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return StudySections.study(StudySections.HIRING);
  }
}
