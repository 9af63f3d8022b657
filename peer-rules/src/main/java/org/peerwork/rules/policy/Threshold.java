package org.peerwork.rules.policy;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;

/**
 * The numbers the rules compare against, each with its default, its allowed range and where the
 * default comes from. A default marked {@link SourceCatalog#PEERWORK} is the peerwork developers'
 * own choice; an agency or state sets its own in a {@link Policy}.
 */
public enum Threshold {
  /** People per peer before a caseload is too large. Default 15, from a 1:15 Medicaid staffing ratio. */
  MAX_CASELOAD("people per peer", 15, 1, 10_000,
      Citation.of(SourceCatalog.NC_MEDICAID_8G, "Staffing: certified peer support specialist to beneficiary ratio 1:15")),
  /** People a team's peers serve, per peer, before "one peer covers the whole team" is flagged. */
  MAX_PEOPLE_PER_TEAM_PEER("people per peer on a team", 15, 1, 10_000,
      Citation.of(SourceCatalog.NC_MEDICAID_8G, "Staffing: certified peer support specialist to beneficiary ratio 1:15")),
  /** Contacts on days off within the window that count as repeated. Default 2. */
  REPEATED_DAY_OFF_CONTACTS("contacts", 2, 1, 1_000,
      Citation.of(SourceCatalog.PEERWORK, "Two or more contacts on days off within the window count as repeated (study: we all take calls on our days off)")),
  /** The window, in days, over which day-off contacts are counted. Default 14. */
  DAY_OFF_WINDOW_DAYS("days", 14, 1, 366,
      Citation.of(SourceCatalog.PEERWORK, "Two-week window for repeated day-off contact")),
  /** Crisis assignments a staff member may take before a debrief is due. Default 3. */
  CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF("crisis assignments", 3, 1, 1_000,
      Citation.of(SourceCatalog.PEERWORK, "Debrief due after three crisis assignments (study: debriefings as needed to address vicarious trauma)")),
  /** The lowest acceptable peer wage as a fraction of a comparable role's wage. Default 0.9. */
  MIN_WAGE_RATIO("ratio", 0.9, 0.0, 10.0,
      Citation.of(SourceCatalog.PEERWORK, "Peer pay at least 90% of comparable roles (study: lower hourly salary than other positions; CMS 2024: a living wage)")),
  /** Supervision sessions a month at the least. Default 4 (weekly). */
  MIN_SUPERVISION_SESSIONS_PER_MONTH("sessions per month", 4, 0, 31,
      Citation.of(SourceCatalog.ICRC_PR, "Code of ethics: at least one supervision session per week")),
  /** Weekly hours a get-well position may ask. Default 20. */
  GET_WELL_MAX_WEEKLY_HOURS("hours per week", 20, 1, 168,
      Citation.of(SourceCatalog.PEERWORK, "Part-time hours for a get-well position (study: manageable hours, fewer responsibilities)")),
  /** Caseload a get-well position may carry. Default 5. */
  GET_WELL_MAX_CASELOAD("people", 5, 0, 10_000,
      Citation.of(SourceCatalog.PEERWORK, "A small caseload for a get-well position (study: fewer responsibilities)")),
  /** Share of a job description's duties in role-drift work above which it is the main duty. Default 0.5. */
  ROLE_DRIFT_SHARE("share of duties", 0.5, 0.0, 1.0,
      Citation.of(SourceCatalog.PEERWORK, "Role drift when half or more of the duties are transport, clerical or case management work"));

  private final String unit;
  private final double defaultValue;
  private final double min;
  private final double max;
  private final Citation citation;

  Threshold(String unit, double defaultValue, double min, double max, Citation citation) {
    this.unit = unit;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.citation = citation;
  }

  /** The unit, for messages. */
  public String unit() {
    return unit;
  }

  /** The default value. */
  public double defaultValue() {
    return defaultValue;
  }

  /** The least value a policy may set. */
  public double min() {
    return min;
  }

  /** The greatest value a policy may set. */
  public double max() {
    return max;
  }

  /** Where the default comes from; {@link Citation#isDesignChoice()} when it is peerwork's choice. */
  public Citation citation() {
    return citation;
  }

}
