package org.peerwork.model.workplace;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Challenges the study's peers recorded (theme 5).
 */
public enum Challenge implements Vocabulary {
  /** Internal stigma. */
  INTERNAL_STIGMA("Internal stigma", "ALMEIDA2020", "Results: Challenges - Stigma"),
  /** External stigma. */
  EXTERNAL_STIGMA("External stigma", "ALMEIDA2020", "Results: Challenges - Stigma"),
  /** Stigma from the health care community itself. */
  HEALTH_CARE_STIGMA("Stigma from the health care community", "ALMEIDA2020", "Results: Challenges - Stigma"),
  /** Lower hourly pay than other positions. */
  LOW_PAY("Low pay", "ALMEIDA2020", "Results: Challenges - Low Salary Coupled With High Job Demands"),
  /** High job demands, e.g. one peer covering a whole team. */
  HIGH_DEMAND("High job demands", "ALMEIDA2020", "Results: Challenges - Low Salary Coupled With High Job Demands");

  private final String label;
  private final Citation citation;

  Challenge(String label, String sourceId, String locator) {
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
