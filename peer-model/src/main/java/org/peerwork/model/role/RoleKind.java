package org.peerwork.model.role;

import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.evidence.Vocabulary;

/** Whether a role is a peer role, a clinical role, or another professional role. */
public enum RoleKind implements Vocabulary {
  /** Roles held by people with lived experience, hired for it: judged by peer norms. */
  PEER("Peer role", NormSet.PEER, StudySections.study(StudySections.WORK_ROLE)),
  /** Licensed clinical roles: judged by clinical norms. */
  CLINICAL("Clinical role", NormSet.CLINICAL, StudySections.study(StudySections.WORK_ROLE)),
  /**
   * Other professional roles (case manager, community health worker). They are judged by
   * professional, that is clinical-style, boundary norms: a peerwork choice, since no source gives
   * them a norm set of their own.
   */
  OTHER("Other professional role", NormSet.CLINICAL, Citation.of(SourceCatalog.PEERWORK, "Other roles follow professional (clinical-style) boundary norms"));

  private final String label;
  private final NormSet normSet;
  private final Citation citation;

  RoleKind(String label, NormSet normSet, Citation citation) {
    this.label = label;
    this.normSet = normSet;
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

  /** The norm set that judges roles of this kind. */
  public NormSet normSet() {
    return normSet;
  }
}
