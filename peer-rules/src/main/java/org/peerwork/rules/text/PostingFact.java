package org.peerwork.rules.text;

/**
 * Facts about a position that a posting can state in words, recognised by the cue phrases of
 * {@code posting-facts.tsv}. The parser turns them into the structured parts of a job description
 * (qualifications, supervision, schedule, coverage, self-care support, training offered); the rules
 * use their spans to quote the posting.
 */
public enum PostingFact {
  /** Lived experience of recovery is mentioned: "lived experience", "self-identify as a person in recovery". */
  LIVED_EXPERIENCE,
  /** A requirement word: "required", "must have", "minimum qualifications". */
  REQUIRED,
  /** A preference word: "preferred", "a plus", "desired". */
  PREFERRED,
  /** Peer certification is mentioned: "Certified Peer Specialist", "CRSW". */
  CERTIFICATION,
  /** Certification may be in progress: "or obtain within 12 months of hire". */
  CERTIFICATION_IN_PROGRESS,
  /** A time in recovery is asked for: "two years of continuous recovery". */
  RECOVERY_TIME,
  /** A readiness area other than recovery time: far enough along in recovery. */
  READINESS_FAR_ENOUGH,
  /** A readiness area: personal resources to support others. */
  READINESS_PERSONAL_RESOURCES,
  /** A readiness area: comfortable working with people in recovery. */
  READINESS_COMFORT,
  /** A readiness area: realistic expectations of the role. */
  READINESS_EXPECTATIONS,
  /** A readiness area: an active own-recovery practice. */
  READINESS_OWN_RECOVERY,
  /** Education asked for: a diploma or degree. */
  EDUCATION,
  /** Supervision is mentioned. */
  SUPERVISION,
  /** The supervisor is a peer. */
  SUPERVISOR_PEER,
  /** The supervisor is a clinician. */
  SUPERVISOR_CLINICAL,
  /** The supervisor is trained in the peer role. */
  SUPERVISOR_PEER_TRAINED,
  /** Supervision weekly. */
  SUPERVISION_WEEKLY,
  /** Supervision twice a month. */
  SUPERVISION_TWICE_MONTHLY,
  /** Supervision monthly. */
  SUPERVISION_MONTHLY,
  /** Supervision quarterly. */
  SUPERVISION_QUARTERLY,
  /** Supervision only as needed. */
  SUPERVISION_AS_NEEDED,
  /** Calls expected on days off. */
  CALLS_ON_DAYS_OFF,
  /** Always on call. */
  ALWAYS_ON_CALL,
  /** Work from home within limits. */
  WORK_FROM_HOME,
  /** Work from home without limits: "we all work from home". */
  WORK_FROM_HOME_UNLIMITED,
  /** A caseload is stated. */
  CASELOAD,
  /** One peer covers a whole team. */
  WHOLE_TEAM,
  /** Pay is stated. */
  WAGE,
  /** Support for self-care: wellness time, check-ins, being sent home to rest. */
  SELF_CARE_SUPPORT,
  /** A training is offered. */
  TRAINING_OFFERED,
  /** The agency is peer-run, peer-led or peer-operated. */
  AGENCY_PEER_RUN,
  /** The agency's focus is substance use recovery. */
  AGENCY_SUBSTANCE_USE,
  /** The agency is a community mental health center. */
  AGENCY_COMMUNITY_MENTAL_HEALTH_CENTER
}
