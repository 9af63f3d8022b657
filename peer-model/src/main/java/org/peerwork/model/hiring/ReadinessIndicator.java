package org.peerwork.model.hiring;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * What the study's peers want to know before hiring a peer (theme 2). These are areas an interview guide should cover, never a score of a person.
 */
public enum ReadinessIndicator implements Vocabulary {
  /** Far enough along in their own recovery; quality is more important than quantity. */
  FAR_ENOUGH_IN_RECOVERY("Far enough along in recovery", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Enough personal resources to give support to somebody else. */
  PERSONAL_RESOURCES("Personal resources to support others", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Comfortable working with people who are in recovery. */
  COMFORT_WITH_PEOPLE_IN_RECOVERY("Comfort working with people in recovery", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Knows what is expected in the job, e.g. after talking it over with a trusted friend, peer, therapist or recovery coach. */
  REALISTIC_EXPECTATIONS("Realistic expectations of the job", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** What they are doing for their own recovery. */
  OWN_RECOVERY_PRACTICE("An active own-recovery practice", "ALMEIDA2020", "Results: Hiring Peer Support Specialists");

  private final String label;
  private final Citation citation;

  ReadinessIndicator(String label, String sourceId, String locator) {
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
