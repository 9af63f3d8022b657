package org.peerwork.rules.workplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerwork.model.workplace.WorkplacePolicy;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;

/** The workplace rules exactly at their thresholds: the wage ratio and the people per peer on an intensive team. */
class WorkplaceBoundaryTest {

  private static List<Finding> findings(WorkplacePolicy p, String rule) {
    return PeerChecks.standard().check(p).findingsOf(rule);
  }

  private static WorkplacePolicy wages(String peer, String comparable) {
    return Examples.studyPolicy("w").withPeerHourlyWage(new BigDecimal(peer)).withComparableRoleHourlyWage(new BigDecimal(comparable));
  }

  @Test
  void theWageRatioAtTheThresholdIsFine() {
    assertThat(findings(wages("18.00", "20.00"), "PeerWageBelowComparable")).isEmpty();
    assertThat(findings(wages("17.99", "20.00"), "PeerWageBelowComparable")).singleElement()
        .satisfies(f -> assertThat(f.getMessage().getText()).contains("90%"));
    assertThat(findings(wages("10.00", "0"), "PeerWageBelowComparable")).as("no comparable pay to compare with").isEmpty();
    assertThat(findings(Examples.studyPolicy("w").withComparableRoleHourlyWage(Optional.empty()), "PeerWageBelowComparable")).isEmpty();
  }

  private static WorkplacePolicy team(int peers, Integer people) {
    return Examples.studyPolicy("t").withPeersPerIntensiveTeam(peers).withPeopleServedPerIntensiveTeam(Optional.ofNullable(people));
  }

  @Test
  void peoplePerPeerOnAnIntensiveTeamAtTheThresholdIsFine() {
    assertThat(findings(team(2, 30), "OnePeerPerIntensiveTeam")).as("15 per peer").isEmpty();
    assertThat(findings(team(2, 31), "OnePeerPerIntensiveTeam")).singleElement().satisfies(f -> assertThat(f.getMessage().getText())
        .isEqualTo("2 peers per intensive treatment team serving 31 people: 15.5 people per peer, more than the policy's 15"));
    assertThat(findings(team(3, 100), "OnePeerPerIntensiveTeam")).singleElement()
        .satisfies(f -> assertThat(f.getMessage().getText()).contains("33.34 people per peer"));
    assertThat(findings(team(1, null), "OnePeerPerIntensiveTeam")).singleElement().satisfies(f -> assertThat(f.getMessage().getText())
        .isEqualTo("One peer per intensive treatment team, and the policy does not say how many people a team serves"));
    assertThat(findings(team(2, null), "OnePeerPerIntensiveTeam")).isEmpty();
    assertThat(findings(team(1, 15), "OnePeerPerIntensiveTeam")).isEmpty();
    // found by CheckFuzzTest: zero peers (readable, though Bean Validation refuses it) divided by zero
    assertThat(findings(team(0, 60), "OnePeerPerIntensiveTeam")).isEmpty();
    assertThat(findings(team(0, null), "OnePeerPerIntensiveTeam")).isEmpty();
  }
}
