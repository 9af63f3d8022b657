package org.peerwork.model.supervision;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * How often supervision happens. Standards count sessions: IC&amp;RC asks for at least weekly, NAADAC for at least two a month.
 */
public enum SupervisionFrequency implements Vocabulary {
  /** At least once a week. */
  WEEKLY("Weekly", "ICRC-PR", "Code of ethics: at least one supervision session per week", 4.0),
  /** Twice a month. */
  TWICE_MONTHLY("Twice a month", "NAADAC-NCPRSS", "Conduct item 1: two supervision sessions a month", 2.0),
  /** Once a month. */
  MONTHLY("Monthly", "PEERWORK", "Frequency scale", 1.0),
  /** Once a quarter. */
  QUARTERLY("Quarterly", "NH-HEM-402", "Quarterly peer review", 0.33),
  /** Only when asked for: no regular schedule. */
  AS_NEEDED("As needed", "PEERWORK", "Frequency scale", 0.0),
  /** No supervision. */
  NONE("None", "PEERWORK", "Frequency scale", 0.0);

  private final String label;
  private final Citation citation;
  private final double sessionsPerMonth;

  SupervisionFrequency(String label, String sourceId, String locator, double sessionsPerMonth) {
    this.label = label;
    this.citation = Citation.of(sourceId, locator);
    this.sessionsPerMonth = sessionsPerMonth;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  /** Sessions per month this frequency gives at least (weekly counts as 4). */
  public double sessionsPerMonth() {
    return sessionsPerMonth;
  }
}
