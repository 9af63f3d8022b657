package org.peerwork.rules.text;

import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityGroup;

/**
 * The coarse label of a duty statement, as the evaluation sets and the job description rules use it.
 *
 * <p>From categories: the peer-core group gives {@link #PEER}; supporting and role-drift work
 * (documentation, team collaboration, training, transportation, care coordination, clerical or
 * custodial work) give {@link #ADMIN}; clinical work and compliance enforcement give
 * {@link #CLINICAL}; personal errands, household chores and prohibited conduct give
 * {@link #OUTSIDE_ROLE}. A clinical activity that the statement negates or excludes gives
 * {@link #NEGATED_CLINICAL}. When a statement has several, the label follows the order
 * CLINICAL, OUTSIDE_ROLE, NEGATED_CLINICAL, PEER, ADMIN (the first that applies wins).
 */
public enum DutyLabel {
  /** Peer-core work. */
  PEER(3),
  /** Clinical work, or power over the person. */
  CLINICAL(0),
  /** Outside any professional role, or prohibited conduct. */
  OUTSIDE_ROLE(1),
  /** Supporting or role-drift work. */
  ADMIN(4),
  /** Clinical work mentioned only to say the role does not do it. */
  NEGATED_CLINICAL(2);

  private final int rank;

  DutyLabel(int rank) {
    this.rank = rank;
  }

  /** Precedence: 0 wins over 1, and so on. */
  public int precedence() {
    return rank;
  }

  /** The label of an affirmed activity of this category. */
  public static DutyLabel of(ActivityCategory category) {
    return of(category.group());
  }

  /** The label of an affirmed activity of this group. */
  public static DutyLabel of(ActivityGroup group) {
    return switch (group) {
      case PEER_CORE -> PEER;
      case SUPPORTING, ROLE_DRIFT -> ADMIN;
      case CLINICAL, POWER_OVER -> CLINICAL;
      case OUTSIDE_ROLE, PROHIBITED_CONDUCT -> OUTSIDE_ROLE;
    };
  }
}
