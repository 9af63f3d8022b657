package org.peerwork.rules.workplace;

import java.util.List;
import org.peerwork.rules.Rule;
import org.peerwork.model.workplace.WorkplacePolicy;

/** The workplace policy rules, in catalog order. */
public final class WorkplaceRules {

  private static final List<Rule<WorkplacePolicy>> ALL = List.of(
      new CallsOnDaysOffPolicy(),
      new UnlimitedWorkFromHome(),
      new NoSendHomeForSelfCare(),
      new CrisisWorkWithoutCheckIns(),
      new PeerWageBelowComparable(),
      new OnePeerPerIntensiveTeam());

  private WorkplaceRules() {}

  /** Every workplace policy rule, in the order they run and are reported. */
  public static List<Rule<WorkplacePolicy>> all() {
    return ALL;
  }
}
