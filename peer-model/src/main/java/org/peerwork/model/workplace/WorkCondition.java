package org.peerwork.model.workplace;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Work conditions the study describes (themes 3 and 4).
 */
public enum WorkCondition implements Vocabulary {
  /** Staff work from home. */
  WORK_FROM_HOME("Working from home", "ALMEIDA2020", "Results: Challenges - Work-Life Balance"),
  /** Staff take calls on their days off. */
  CALLS_ON_DAYS_OFF("Calls on days off", "ALMEIDA2020", "Results: Challenges - Work-Life Balance"),
  /** Crisis work such as the opioid crisis, with vicarious trauma. */
  CRISIS_WORK_EXPOSURE("Exposure to crisis work", "ALMEIDA2020", "Results: Challenges - Work-Life Balance"),
  /** Peers check in with one another. */
  PEER_CHECK_INS("Peer check-ins", "ALMEIDA2020", "Results: Challenges - Work-Life Balance"),
  /** The agency can send a tired peer home for self-care. */
  SEND_HOME_FOR_SELF_CARE("Sent home for self-care", "ALMEIDA2020", "Results: Challenges - Work-Life Balance"),
  /** Regular access to supervisors. */
  REGULAR_SUPERVISOR_ACCESS("Regular access to supervisors", "ALMEIDA2020", "Results: Challenges - Work-Life Balance"),
  /** Debriefings as needed. */
  DEBRIEFING("Debriefing", "ALMEIDA2020", "Results: Challenges - Work-Life Balance"),
  /** One peer assigned to each intensive treatment team. */
  ONE_PEER_PER_TEAM("One peer per team", "ALMEIDA2020", "Results: Challenges - Low Salary Coupled With High Job Demands");

  private final String label;
  private final Citation citation;

  WorkCondition(String label, String sourceId, String locator) {
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
