package org.peerwork.rules.roster;

import java.util.List;
import org.peerwork.rules.Rule;
import org.peerwork.model.assignment.Roster;

/** The roster rules, in catalog order. */
public final class RosterRules {

  private static final List<Rule<Roster>> ALL = List.of(
      new CaseloadOverThreshold(),
      new RepeatedDayOffContact(),
      new CrisisWorkWithoutDebrief(),
      new SinglePeerCoversTeam());

  private RosterRules() {}

  /** Every roster rule, in the order they run and are reported. */
  public static List<Rule<Roster>> all() {
    return ALL;
  }
}
