package org.peerwork.model.theme;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.evidence.Vocabulary;

/**
 * The six themes of the study (ALMEIDA2020). Every rule belongs to exactly one, so findings can be
 * tabulated the way the study reports them.
 */
public enum StudyTheme implements Vocabulary {
  /** Theme 1: what peers are asked to do, and the boundaries they are held to. */
  WORK_ROLE_AND_BOUNDARIES("Work role and boundaries", StudySections.WORK_ROLE),
  /** Theme 2: readiness, interview questions, peer involvement, certification. */
  HIRING("Hiring", StudySections.HIRING),
  /** Theme 3: calls on days off, working from home, vicarious trauma. */
  WORK_LIFE_BALANCE("Work-life balance", StudySections.WORK_LIFE),
  /** Theme 4: supervision, check-ins, debriefing. */
  WORK_SUPPORT("Work support", StudySections.HIRING),
  /** Theme 5: stigma, low pay, high demand. */
  CHALLENGES("Challenges", StudySections.LOW_SALARY),
  /** Theme 6: self-care, vicarious trauma, populations, working across roles. */
  TRAINING_NEEDS("Training needs", StudySections.TRAINING);

  private final String label;
  private final Citation citation;

  StudyTheme(String label, String locator) {
    this.label = label;
    this.citation = StudySections.study(locator);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  /** The theme's number in the study, 1 to 6. */
  public int number() {
    return ordinal() + 1;
  }
}
