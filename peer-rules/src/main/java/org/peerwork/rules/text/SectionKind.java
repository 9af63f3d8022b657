package org.peerwork.rules.text;

/** The kinds of section a job posting has, recognised from its headings. */
public enum SectionKind {
  /** What the job is about; also the text before the first heading. */
  SUMMARY,
  /** Duties and responsibilities. */
  DUTIES,
  /** What the role does NOT do: "What the peer specialist does NOT do". Its duties are excluded. */
  EXCLUDED_DUTIES,
  /** Qualifications, requirements, skills, education. */
  QUALIFICATIONS,
  /** Supervision: who the role reports to, how often. */
  SUPERVISION,
  /** Schedule, hours, on-call expectations, work conditions. */
  SCHEDULE,
  /** Pay and benefits. */
  COMPENSATION,
  /** Training and support offered. */
  TRAINING,
  /** Anything else: about the agency, how to apply, equal opportunity statements. */
  OTHER
}
