package org.peerwork.rules.workplace;

import java.math.BigDecimal;
import org.peerwork.model.workplace.WorkFromHome;
import org.peerwork.model.workplace.WorkplacePolicy;

/** Builders of the workplace policies the workplace rules' examples use. */
final class Examples {

  private Examples() {}

  /**
   * A policy that follows the study's advice: no calls on days off, limited work from home, tired
   * peers can be sent home, crisis work with peer check-ins and debriefing, peer pay at comparable
   * rates, and enough peers on each intensive treatment team.
   */
  static WorkplacePolicy studyPolicy(String id) {
    return WorkplacePolicy.builder()
        .id(id)
        .callsOnDaysOffExpected(false)
        .workFromHome(WorkFromHome.LIMITED)
        .sendHomeForSelfCare(true)
        .peerCheckIns(true)
        .debriefingAvailable(true)
        .crisisWork(true)
        .peerHourlyWage(new BigDecimal("19.50"))
        .comparableRoleHourlyWage(new BigDecimal("20.00"))
        .peersPerIntensiveTeam(3)
        .peopleServedPerIntensiveTeam(40)
        .build();
  }
}
