package org.peerwork.model.hiring;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Whether a position is standard or a get-well position.
 */
public enum PositionKind implements Vocabulary {
  /** A standard peer position. */
  STANDARD("Standard position", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** A less demanding role just after achieving sobriety, with manageable hours and fewer responsibilities; offered by peer-operated agencies. */
  GET_WELL("Get-well position", "ALMEIDA2020", "Results: Hiring Peer Support Specialists");

  private final String label;
  private final Citation citation;

  PositionKind(String label, String sourceId, String locator) {
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
