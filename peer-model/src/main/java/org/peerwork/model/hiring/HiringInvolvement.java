package org.peerwork.model.hiring;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * The three ways the study's peers asked to be part of hiring.
 */
public enum HiringInvolvement implements Vocabulary {
  /** Developing interview questions. */
  DEVELOPING_QUESTIONS("Developing interview questions", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Selecting interviewees. */
  SELECTING_INTERVIEWEES("Selecting interviewees", "ALMEIDA2020", "Results: Hiring Peer Support Specialists"),
  /** Asking and interpreting interview questions. */
  ASKING_AND_INTERPRETING("Asking and interpreting questions", "ALMEIDA2020", "Results: Hiring Peer Support Specialists");

  private final String label;
  private final Citation citation;

  HiringInvolvement(String label, String sourceId, String locator) {
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
