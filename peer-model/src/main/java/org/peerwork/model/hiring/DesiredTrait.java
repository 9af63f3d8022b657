package org.peerwork.model.hiring;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * What peers involved in hiring look for (theme 2). Areas to explore, never a score.
 */
public enum DesiredTrait implements Vocabulary {
  /** Passion. */
  PASSION("Passion", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Altruism. */
  ALTRUISM("Altruism", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Self-reflection. */
  SELF_REFLECTION("Self-reflection", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Finding their own happiness through service to others. */
  HAPPINESS_THROUGH_SERVICE("Finding happiness through service", "ALMEIDA2020", "Results: Hiring Peer Support Specialists");

  private final String label;
  private final Citation citation;

  DesiredTrait(String label, String sourceId, String locator) {
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
