package org.peerwork.model.boundary;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Whose boundary norms judge an activity. The study's core finding is that peers were reprimanded
 * for crossing clinical boundaries that peer norms allow, so peerwork keeps both and says what each
 * says.
 */
public enum NormSet implements Vocabulary {
  /** Peer professional norms: mutual, flexible, self-disclosure expected, no power over the person. */
  PEER("Peer norms"),
  /** Clinical professional norms: no dual relationships, restricted self-disclosure. */
  CLINICAL("Clinical norms");

  private final String label;

  NormSet(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return StudySections.study(StudySections.WORK_ROLE);
  }
}
