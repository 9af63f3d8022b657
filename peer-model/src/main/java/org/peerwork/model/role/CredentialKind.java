package org.peerwork.model.role;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.evidence.Vocabulary;

/** Whether a credential certifies peer work or clinical work. */
public enum CredentialKind implements Vocabulary {
  /** A peer credential (CRSW, CPS, IC&amp;RC Peer Recovery). */
  PEER("Peer credential"),
  /** A clinical licence (LADC, MLADC, LICSW). */
  CLINICAL("Clinical licence");

  private final String label;

  CredentialKind(String label) {
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
