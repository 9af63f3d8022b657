package org.peerwork.model.hiring;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * Topics of interview questions. Personal ones (own recovery, low times, legal issues) are for a peer to ask.
 */
public enum InterviewTopic implements Vocabulary {
  /** What the candidate does for their own recovery (personal). */
  OWN_RECOVERY("Own recovery", "ALMEIDA2020", "Results: Hiring Peer Support Specialists", true),
  /** Low times (personal). */
  LOW_TIMES("Low times", "ALMEIDA2020", "Results: Hiring Peer Support Specialists", true),
  /** Legal issues (personal). */
  LEGAL_ISSUES("Legal issues", "ALMEIDA2020", "Results: Hiring Peer Support Specialists", true),
  /** Identifying and managing recurrence triggers. */
  TRIGGERS("Recurrence triggers", "ALMEIDA2020", "Discussion: Principal Findings", true),
  /** Mindfulness of one's own interpersonal boundaries. */
  BOUNDARIES("Interpersonal boundaries", "ALMEIDA2020", "Discussion: Principal Findings", false),
  /** Time for self-care. */
  SELF_CARE("Self-care", "ALMEIDA2020", "Discussion: Principal Findings", false),
  /** Motivation: reward from helping others rather than financial gain. */
  MOTIVATION("Motivation", "ALMEIDA2020", "Discussion: Principal Findings", false),
  /** Realistic expectations of the job. */
  ROLE_EXPECTATIONS("Role expectations", "ALMEIDA2020", "Results: Hiring Peer Support Specialists", false),
  /** Personal resources to support somebody else. */
  PERSONAL_RESOURCES("Personal resources", "ALMEIDA2020", "Results: Hiring Peer Support Specialists", false),
  /** Comfort working with people in recovery. */
  COMFORT_WITH_PEOPLE_IN_RECOVERY("Comfort with people in recovery", "ALMEIDA2020", "Results: Hiring Peer Support Specialists", false),
  /** Any other topic. */
  OTHER("Other", "PEERWORK", "Interview topics", false);

  private final String label;
  private final Citation citation;
  private final boolean personal;

  InterviewTopic(String label, String sourceId, String locator, boolean personal) {
    this.label = label;
    this.citation = Citation.of(sourceId, locator);
    this.personal = personal;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  /** True for personal recovery topics a candidate may find intimidating to discuss with a non-peer. */
  public boolean personal() {
    return personal;
  }
}
