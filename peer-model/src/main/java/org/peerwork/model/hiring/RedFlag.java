package org.peerwork.model.hiring;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * The hiring red flags the study's peers named (theme 2). An interview guide should give room to explore them; peerwork never marks a person with one.
 */
public enum RedFlag implements Vocabulary {
  /** Not able to identify one's potential recurrence triggers. */
  CANNOT_IDENTIFY_TRIGGERS("Cannot identify own recurrence triggers", "ALMEIDA2020", "Discussion: Principal Findings"),
  /** Not mindful of one's own interpersonal boundaries. */
  NOT_MINDFUL_OF_BOUNDARIES("Not mindful of own interpersonal boundaries", "ALMEIDA2020", "Discussion: Principal Findings"),
  /** No dedicated time for self-care activities. */
  NO_TIME_FOR_SELF_CARE("No dedicated time for self-care", "ALMEIDA2020", "Discussion: Principal Findings"),
  /** Expecting significant financial gain. */
  EXPECTS_FINANCIAL_GAIN("Expects significant financial gain", "ALMEIDA2020", "Discussion: Principal Findings");

  private final String label;
  private final Citation citation;

  RedFlag(String label, String sourceId, String locator) {
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
