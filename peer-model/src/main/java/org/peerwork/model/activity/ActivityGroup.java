package org.peerwork.model.activity;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.Vocabulary;

/**
 * A coarse grouping of activity categories, used to phrase findings and to tabulate duties. The
 * grouping is a peerwork choice built on DESIGN section 5; the verdicts themselves live in the
 * boundary norm table.
 */
public enum ActivityGroup implements Vocabulary {
  /** The work peers are hired for (SAMHSA core competencies). */
  PEER_CORE("Peer-core work"),
  /** Work every role does: notes, meetings, learning. */
  SUPPORTING("Supporting work"),
  /** Work that drifts a peer into another role when it becomes the main duty. */
  ROLE_DRIFT("Role-drift risk"),
  /** Clinical work: assessing, diagnosing, treating, managing medication. */
  CLINICAL("Clinical work"),
  /** Power over the person: enforcing, testing, monitoring compliance. */
  POWER_OVER("Power over the person"),
  /** Chores outside any professional role. */
  OUTSIDE_ROLE("Outside any professional role"),
  /** Conduct every code of ethics prohibits. */
  PROHIBITED_CONDUCT("Prohibited conduct");

  private final String label;

  ActivityGroup(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return Citation.of(SourceCatalog.PEERWORK, "Activity groups over DESIGN section 5");
  }
}
