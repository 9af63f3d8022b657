package org.peerwork.model.organization;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * The study's three kinds of agency, all offering integrated mental health and substance use services.
 */
public enum AgencyType implements Vocabulary {
  /** A peer-led agency with a primary focus on substance use disorder recovery. */
  PEER_LED_SUBSTANCE_USE_RECOVERY("Peer-led substance use recovery agency", "ALMEIDA2020", "Results: Participants and Themes", Governance.PEER_LED),
  /** A peer-led agency focused on mental health wellness and recovery. */
  PEER_LED_MENTAL_HEALTH_WELLNESS("Peer-led mental health wellness agency", "ALMEIDA2020", "Results: Participants and Themes", Governance.PEER_LED),
  /** An agency-led community mental health center. */
  AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER("Agency-led community mental health center", "ALMEIDA2020", "Results: Participants and Themes", Governance.AGENCY_LED);

  private final String label;
  private final Citation citation;
  private final Governance governance;

  AgencyType(String label, String sourceId, String locator, Governance governance) {
    this.label = label;
    this.citation = Citation.of(sourceId, locator);
    this.governance = governance;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  /** Who runs agencies of this type. */
  public Governance governance() {
    return governance;
  }
}
