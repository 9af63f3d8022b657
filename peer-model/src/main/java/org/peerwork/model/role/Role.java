package org.peerwork.model.role;

import java.util.Optional;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.evidence.Vocabulary;

/**
 * The roles of an integrated mental health and substance use workforce that the study and the
 * standards name, each with its kind, the norm set that judges it and, where one exists, its NUCC
 * provider taxonomy code.
 */
public enum Role implements Vocabulary {
  /** A peer support specialist (mental health); NUCC 175T00000X Peer Specialist. */
  PEER_SUPPORT_SPECIALIST("Peer support specialist", RoleKind.PEER, "175T00000X", Citation.of(SourceCatalog.NUCC, "175T00000X Peer Specialist")),
  /** A recovery support worker (substance use), e.g. a New Hampshire CRSW. */
  RECOVERY_SUPPORT_WORKER("Recovery support worker", RoleKind.PEER, "175T00000X", Citation.of(SourceCatalog.NH_ALC_300, "Alc 102.02: certified recovery support worker")),
  /** A recovery coach (substance use); no separate NUCC code, billed as a peer specialist. */
  RECOVERY_COACH("Recovery coach", RoleKind.PEER, "175T00000X", Citation.of(SourceCatalog.ICRC_PR, "Peer Recovery credential")),
  /** A peer who supervises peers (CMS 2024: experienced peers may supervise peers). */
  PEER_SUPERVISOR("Peer supervisor", RoleKind.PEER, null, Citation.of(SourceCatalog.CMS_FAQ_2024, "Supervision of peer support providers")),
  /** A licensed clinician (therapist, counselor, social worker). */
  CLINICIAN("Clinician", RoleKind.CLINICAL, null, StudySections.study(StudySections.WORK_ROLE)),
  /** A clinician who supervises staff, including peers. */
  CLINICAL_SUPERVISOR("Clinical supervisor", RoleKind.CLINICAL, null, StudySections.study(StudySections.WORK_ROLE)),
  /** A psychiatrist, nurse practitioner or other prescriber. */
  PRESCRIBER("Prescriber", RoleKind.CLINICAL, null, Citation.of(SourceCatalog.CPT, "90792 psychiatric diagnostic evaluation with medical services")),
  /** A nurse. */
  NURSE("Nurse", RoleKind.CLINICAL, null, Citation.of(SourceCatalog.PEERWORK, "Clinical team roles")),
  /** A licensed alcohol and drug counselor (LADC/MLADC); NUCC 101YA0400X. */
  ADDICTION_COUNSELOR("Addiction counselor", RoleKind.CLINICAL, "101YA0400X", Citation.of(SourceCatalog.NUCC, "101YA0400X Counselor, Addiction (Substance Use Disorder)")),
  /** A case manager or care coordinator; NUCC 171M00000X. */
  CASE_MANAGER("Case manager", RoleKind.OTHER, "171M00000X", Citation.of(SourceCatalog.NUCC, "171M00000X Case Manager/Care Coordinator")),
  /** A community health worker; NUCC 172V00000X. Peers are often mistaken for one. */
  COMMUNITY_HEALTH_WORKER("Community health worker", RoleKind.OTHER, "172V00000X", StudySections.study(StudySections.WORK_ROLE)),
  /** Agency administration and management without a clinical licence. */
  ADMINISTRATOR("Administrator", RoleKind.OTHER, null, Citation.of(SourceCatalog.PEERWORK, "Non-clinical agency staff"));

  private final String label;
  private final RoleKind kind;
  private final String nuccCode;
  private final Citation citation;

  Role(String label, RoleKind kind, String nuccCode, Citation citation) {
    this.label = label;
    this.kind = kind;
    this.nuccCode = nuccCode;
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

  /** Peer, clinical or other. */
  public RoleKind kind() {
    return kind;
  }

  /** True for peer roles. */
  public boolean isPeer() {
    return kind == RoleKind.PEER;
  }

  /** The norm set that judges this role's boundaries. */
  public NormSet normSet() {
    return kind.normSet();
  }

  /** The NUCC provider taxonomy code usually used for this role, if any. */
  public Optional<String> nuccCode() {
    return Optional.ofNullable(nuccCode);
  }

  /**
   * The role a NUCC taxonomy code stands for, if peerwork knows the code. 175T00000X gives
   * {@link #PEER_SUPPORT_SPECIALIST}.
   */
  public static Optional<Role> fromNuccCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Role r : values()) {
      if (code.equals(r.nuccCode)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
