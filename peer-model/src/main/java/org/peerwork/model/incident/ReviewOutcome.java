package org.peerwork.model.incident;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * What an incident or disciplinary review concluded about a staff member's activity.
 */
public enum ReviewOutcome implements Vocabulary {
  /** A reprimand: participants said they were reprimanded for crossing clinical boundaries. */
  REPRIMAND("Reprimand", "ALMEIDA2020", "Results: Peer Work Role and Boundaries", true),
  /** A written warning. */
  WRITTEN_WARNING("Written warning", "PEERWORK", "Review outcomes", true),
  /** A finding that a boundary was violated. */
  BOUNDARY_VIOLATION_FOUND("Boundary violation found", "PEERWORK", "Review outcomes", true),
  /** Coaching or supervision, without discipline. */
  COACHING("Coaching", "PEERWORK", "Review outcomes", false),
  /** No action taken. */
  NO_ACTION("No action", "PEERWORK", "Review outcomes", false);

  private final String label;
  private final Citation citation;
  private final boolean adverse;

  ReviewOutcome(String label, String sourceId, String locator, boolean adverse) {
    this.label = label;
    this.citation = Citation.of(sourceId, locator);
    this.adverse = adverse;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  /** True when the outcome holds the activity against the staff member. */
  public boolean adverse() {
    return adverse;
  }
}
