package org.peerwork.model.supervision;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Whether a supervisor is a peer or a clinician. The study: supervisors can be a peer themselves or a clinical staff member.
 */
public enum SupervisorKind implements Vocabulary {
  /** A peer with lived experience and peer work experience. */
  PEER("Peer supervisor", "CMS-FAQ-2024", "Experienced peers may supervise peers"),
  /** A clinical staff member. */
  CLINICAL("Clinical supervisor", "ALMEIDA2020", "Results: Hiring Peer Support Specialists");

  private final String label;
  private final Citation citation;

  SupervisorKind(String label, String sourceId, String locator) {
    this.label = label;
    this.citation = Citation.of(sourceId, locator);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return citation;
  }
}
