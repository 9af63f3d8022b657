package org.peerwork.model.activity;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.Vocabulary;

/** The code systems an activity code may come from. */
public enum CodeSystem implements Vocabulary {
  /** HCPCS Level II, e.g. H0038. */
  HCPCS("HCPCS Level II", Citation.of(SourceCatalog.HCPCS, "Level II codes")),
  /** CPT, e.g. 90791. */
  CPT("CPT", Citation.of(SourceCatalog.CPT, "Psychiatry codes")),
  /** An agency's own code; mapped to a category by policy. */
  LOCAL("Local code", Citation.of(SourceCatalog.PEERWORK, "Agency-defined codes"));

  private final String label;
  private final Citation citation;

  CodeSystem(String label, Citation citation) {
    this.label = label;
    this.citation = citation;
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
