package org.peerwork.model.boundary;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.Vocabulary;

/** What a norm set says of an activity category. */
public enum Verdict implements Vocabulary {
  /** Core work of the role. */
  EXPECTED("Expected"),
  /** Allowed, not core. */
  PERMITTED("Permitted"),
  /** Allowed only with care: risk of role drift or role misuse. */
  CONDITIONAL("Conditional"),
  /** Not this role's work (clinical tasks for a peer; pet care for anyone). */
  OUT_OF_SCOPE("Out of scope"),
  /** An ethical boundary violation under that norm set. */
  PROHIBITED("Prohibited");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return Citation.of(SourceCatalog.PEERWORK, "DESIGN section 5: verdict scale");
  }

  /** True for {@link #EXPECTED} and {@link #PERMITTED}: nothing to flag. */
  public boolean isAllowed() {
    return this == EXPECTED || this == PERMITTED;
  }
}
