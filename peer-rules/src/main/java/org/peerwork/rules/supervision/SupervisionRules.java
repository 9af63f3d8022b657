package org.peerwork.rules.supervision;

import java.util.List;
import org.peerwork.rules.Rule;
import org.peerwork.model.supervision.SupervisionArrangement;

/** The supervision arrangement rules, in catalog order. */
public final class SupervisionRules {

  private static final List<Rule<SupervisionArrangement>> ALL = List.of(
      new SupervisorNotTrainedInPeerRole(),
      new SupervisorTraitsMissing(),
      new NoRegularSupervisorAccess(),
      new NoDebriefing(),
      new SupervisionBelowStandard());

  private SupervisionRules() {}

  /** Every supervision arrangement rule, in the order they run and are reported. */
  public static List<Rule<SupervisionArrangement>> all() {
    return ALL;
  }
}
