package org.peerwork.model.organization;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Kinds of team a peer may work on.
 */
public enum TeamKind implements Vocabulary {
  /** An intensive treatment team: the study found one peer per team. */
  INTENSIVE_TREATMENT("Intensive treatment team", "ALMEIDA2020", "Results: Challenges - Low Salary Coupled With High Job Demands"),
  /** An ACT team. */
  ASSERTIVE_COMMUNITY_TREATMENT("Assertive community treatment team", "PEERWORK", "Team kinds"),
  /** An outpatient clinic team. */
  OUTPATIENT("Outpatient team", "PEERWORK", "Team kinds"),
  /** A peer-run recovery or wellness center. */
  RECOVERY_CENTER("Recovery center team", "ALMEIDA2020", "Results: Participants and Themes"),
  /** A crisis or emergency services team. */
  CRISIS("Crisis team", "PEERWORK", "Team kinds"),
  /** Any other team. */
  GENERAL("General team", "PEERWORK", "Team kinds");

  private final String label;
  private final Citation citation;

  TeamKind(String label, String sourceId, String locator) {
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
