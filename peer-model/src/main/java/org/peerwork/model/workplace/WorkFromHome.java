package org.peerwork.model.workplace;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * How far an agency expects peers to work from home.
 */
public enum WorkFromHome implements Vocabulary {
  /** Work happens at the agency or in the community. */
  NONE("No work from home", "PEERWORK", "Work-from-home scale"),
  /** Work from home within set hours and limits. */
  LIMITED("Limited work from home", "ALMEIDA2020", "Results: Challenges - Work-Life Balance"),
  /** We all work from home: no limit on hours or contact. */
  UNLIMITED("Work from home without limits", "ALMEIDA2020", "Results: Challenges - Work-Life Balance");

  private final String label;
  private final Citation citation;

  WorkFromHome(String label, String sourceId, String locator) {
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
