package org.peerwork.model.training;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Who a training is for.
 */
public enum TrainingAudience implements Vocabulary {
  /** Peer support specialists and recovery support workers. */
  PEER_STAFF("Peer staff", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists"),
  /** Clinicians in every clinical position. */
  CLINICAL_STAFF("Clinical staff", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists"),
  /** Clinical and peer supervisors. */
  SUPERVISORS("Supervisors", "ALMEIDA2020", "Results: Peer Work Role and Boundaries"),
  /** Everyone, e.g. agency-wide orientation. */
  ALL_STAFF("All staff", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists");

  private final String label;
  private final Citation citation;

  TrainingAudience(String label, String sourceId, String locator) {
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
