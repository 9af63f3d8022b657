package org.peerwork.model.assignment;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Where a task takes place.
 */
public enum Setting implements Vocabulary {
  /** Out in the community (a park, a cafe, a lake for fishing). */
  COMMUNITY("Community", "ALMEIDA2020", "Results: Peer Work Role and Boundaries"),
  /** The person's home. */
  HOME("The person's home", "NH-HEM-402", "He-M 402.06 peer support services"),
  /** The agency's office or center. */
  OFFICE("Office", "PEERWORK", "Settings"),
  /** A hospital emergency department. */
  EMERGENCY_DEPARTMENT("Emergency department", "ALMEIDA2020", "Results: Peer Work Role and Boundaries"),
  /** An inpatient unit. */
  INPATIENT("Inpatient unit", "NH-HEM-402", "He-M 402.06: hospital visits at the person's request"),
  /** A court or probation office. */
  COURT("Court", "STATE-ETHICS", "Accompany people to appointments"),
  /** By telephone or video. */
  TELEPHONE("Telephone or video", "NH-HEM-402", "He-M 402.06: telephone support"),
  /** The staff member's own home (working from home). */
  STAFF_HOME("The staff member's own home", "ALMEIDA2020", "Results: Challenges - Work-Life Balance");

  private final String label;
  private final Citation citation;

  Setting(String label, String sourceId, String locator) {
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
