package org.peerwork.model.role;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * What a hiring plan or job description asks of a candidate's peer certification.
 */
public enum CertificationPolicy implements Vocabulary {
  /** Already certified (e.g. CRSW or CPS). */
  CERTIFIED_REQUIRED("Certified required", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Certified or working toward CRSW or CPS certification: the study's agency-led practice. */
  CERTIFIED_OR_IN_PROGRESS("Certified or working toward certification", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** No certification asked for; training offered after hire. */
  NOT_REQUIRED("Not required", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Only a minimum recovery time is asked for. */
  RECOVERY_TIME_ONLY("Recovery time only", "ALMEIDA2020", "Results: Hiring Peer Support Specialists");

  private final String label;
  private final Citation citation;

  CertificationPolicy(String label, String sourceId, String locator) {
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
