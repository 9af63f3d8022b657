package org.peerwork.model.population;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * A population a task assignment serves that calls for specific preparation; the study names each as a training need.
 */
public enum Population implements Vocabulary {
  /** People experiencing chronic homelessness. */
  CHRONICALLY_HOMELESS("People experiencing chronic homelessness", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists"),
  /** Survivors of sex trafficking in the community. */
  TRAFFICKING_SURVIVOR("Survivors of sex trafficking", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists"),
  /** People who have perpetrated harm (the study: working with perpetrators). */
  PERSON_WHO_HAS_PERPETRATED_HARM("People who have perpetrated harm", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists"),
  /** People with a trauma history (trauma-informed care). */
  TRAUMA_HISTORY("People with a trauma history", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists"),
  /** People affected by the community opioid crisis (vicarious trauma for staff). */
  OPIOID_CRISIS("People affected by the opioid crisis", "ALMEIDA2020", "Results: Challenges - Work-Life Balance");

  private final String label;
  private final Citation citation;

  Population(String label, String sourceId, String locator) {
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
