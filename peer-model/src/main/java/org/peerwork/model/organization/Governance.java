package org.peerwork.model.organization;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Who runs an agency.
 */
public enum Governance implements Vocabulary {
  /** Run by peers: a peer-operated agency. */
  PEER_LED("Peer-led", "ALMEIDA2020", "Results: Participants and Themes"),
  /** Run as a conventional agency, e.g. a community mental health center. */
  AGENCY_LED("Agency-led", "ALMEIDA2020", "Results: Participants and Themes");

  private final String label;
  private final Citation citation;

  Governance(String label, String sourceId, String locator) {
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
