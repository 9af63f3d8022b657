package org.peerwork.model.supervision;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * The supervisor characteristics the study's peers asked for (theme 4: work support).
 */
public enum SupervisorTrait implements Vocabulary {
  /** Honest with the peer. */
  HONESTY("Honesty", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Respects the peer and the peer role. */
  RESPECT("Respect", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Celebrates the peer support specialist's strengths. */
  CELEBRATES_STRENGTHS("Celebrates strengths", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Flexible. */
  FLEXIBILITY("Flexibility", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Willing to refine job skills after mistakes are made. */
  REFINES_SKILLS_AFTER_MISTAKES("Refines job skills after mistakes", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Offers trainings. */
  OFFERS_TRAININGS("Offers trainings", "ALMEIDA2020", "Results: Hiring Peer Support Specialists");

  private final String label;
  private final Citation citation;

  SupervisorTrait(String label, String sourceId, String locator) {
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
