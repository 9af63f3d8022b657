package org.peerwork.model.evidence;

/**
 * Locators of the study's sections (ALMEIDA2020), so every citation of the study names the same
 * place the same way.
 */
public final class StudySections {
  /** Abstract: the six themes. */
  public static final String ABSTRACT = "Abstract";
  /** Results, theme 1. */
  public static final String WORK_ROLE = "Results: Peer Work Role and Boundaries";
  /** Results, theme 2. */
  public static final String HIRING = "Results: Hiring Peer Support Specialists";
  /** Results: stigma. */
  public static final String STIGMA = "Results: Challenges - Stigma";
  /** Results: work-life balance. */
  public static final String WORK_LIFE = "Results: Challenges - Work-Life Balance";
  /** Results: low salary coupled with high job demands. */
  public static final String LOW_SALARY = "Results: Challenges - Low Salary Coupled With High Job Demands";
  /** Results: training needs. */
  public static final String TRAINING = "Results: Training Needs of Peer Support Specialists";
  /** Discussion: principal findings. */
  public static final String DISCUSSION = "Discussion: Principal Findings";
  /** Results: participants and the three agencies. */
  public static final String PARTICIPANTS = "Results: Participants and Themes";

  private StudySections() {}

  /** A citation of the study at one of the locators above. */
  public static Citation study(String locator) {
    return Citation.of(SourceCatalog.ALMEIDA2020, locator);
  }
}
