package org.peerwork.model.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.internal.Checks;

/**
 * How many people a position covers: a caseload, or a whole team with how many peers on it. The
 * study: one peer assigned to each intensive treatment team, covering large numbers of people.
 */
@Value.Immutable
@JsonSerialize(as = Coverage.class)
@JsonDeserialize(as = Coverage.class)
abstract class CoverageDef {

  /** The caseload, people per peer, if stated. */
  public abstract Optional<@PositiveOrZero Integer> getCaseload();

  /** True when the position covers a whole team's people. */
  @Value.Default
  public boolean isWholeTeam() {
    return false;
  }

  /** Peers on the team, if known. */
  public abstract Optional<@Positive Integer> getPeersOnTeam();

  /** People the team serves, if known. */
  public abstract Optional<@PositiveOrZero Integer> getTeamPeopleServed();

  @Value.Check
  void check() {
    Checks.notNegative("caseload", getCaseload());
    Checks.notNegative("peersOnTeam", getPeersOnTeam());
    Checks.notNegative("teamPeopleServed", getTeamPeopleServed());
  }
}
