package org.peerwork.rules.workplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.workplace.Challenge;
import org.peerwork.model.workplace.WorkFromHome;
import org.peerwork.model.workplace.WorkplacePolicy;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;

/** The study's workplaces, written from its Results, checked end to end. */
class WorkplaceStudyCasesTest {

  private final PeerChecks checks = PeerChecks.standard();

  /**
   * The peer-led substance use agency: "We all work from home. We all take calls on our days off.
   * We all do it." Opioid crisis work left staff with vicarious trauma, which they met by checking
   * in with one another, debriefing as needed and sending tired colleagues home.
   */
  @Test
  void peerLedSubstanceUseAgencyThatTakesCallsOnDaysOff() {
    String json = """
        {
          "id": "wp-peer-led-sud",
          "callsOnDaysOffExpected": true,
          "workFromHome": "UNLIMITED",
          "sendHomeForSelfCare": true,
          "peerCheckIns": true,
          "debriefingAvailable": true,
          "crisisWork": true,
          "recordedChallenges": ["INTERNAL_STIGMA", "EXTERNAL_STIGMA", "HEALTH_CARE_STIGMA"]
        }
        """;
    WorkplacePolicy policy = PeerJson.standard().readValid(json, WorkplacePolicy.class);
    Report report = checks.check(policy);

    assertThat(report.findings()).extracting(Finding::getRuleId)
        .containsExactly("CallsOnDaysOffPolicy", "UnlimitedWorkFromHome");
    assertThat(report.findings()).extracting(Finding::getSeverity).containsOnly(Severity.WARNING);
    assertThat(report.findings()).extracting(f -> f.getLocation().getPath())
        .containsExactly("callsOnDaysOffExpected", "workFromHome");
    assertThat(report.findings()).extracting(f -> f.getMessage().getText()).containsExactly(
        "Peers are expected to take calls on their days off",
        "Peers work from home with no limit on hours or contact");
    assertThat(report.countsByTheme()).containsEntry(StudyTheme.WORK_LIFE_BALANCE, 2);
    // the crisis work is supported by check-ins and debriefing: the study's own remedy passes
    assertThat(report.findingsOf("CrisisWorkWithoutCheckIns")).isEmpty();
    assertThat(report.findingsOf("NoSendHomeForSelfCare")).isEmpty();
    assertThat(policy.getRecordedChallenges()).contains(Challenge.HEALTH_CARE_STIGMA);
  }

  /** The same agency's opioid crisis work without the supports the peers built for themselves. */
  @Test
  void opioidCrisisWorkWithoutCheckInsOrDebriefing() {
    WorkplacePolicy policy = WorkplacePolicy.builder().id("wp-crisis-alone")
        .callsOnDaysOffExpected(false).sendHomeForSelfCare(false).peerCheckIns(false).debriefingAvailable(false).crisisWork(true)
        .build();
    Report report = checks.check(policy);

    assertThat(report.findings()).extracting(Finding::getRuleId)
        .containsExactly("NoSendHomeForSelfCare", "CrisisWorkWithoutCheckIns", "CrisisWorkWithoutCheckIns");
    List<Finding> crisis = report.findingsOf("CrisisWorkWithoutCheckIns");
    assertThat(crisis).extracting(f -> f.getLocation().getPath()).containsExactly("debriefingAvailable", "peerCheckIns");
    assertThat(crisis).extracting(f -> f.getMessage().getText()).containsExactly(
        "Staff do crisis work, but no debriefing is available",
        "Staff do crisis work, but peers do not check in with one another");
    assertThat(crisis).allSatisfy(f -> assertThat(f.getTheme()).isEqualTo(StudyTheme.WORK_SUPPORT));
    assertThat(crisis.get(1).getEvidence().getFacts()).containsEntry("peerCheckIns", "false");
  }

  /**
   * The agency-led community mental health center: a lower hourly salary than other positions, and
   * one peer on each intensive treatment team covering large numbers of people.
   */
  @Test
  void communityMentalHealthCenterWithOnePeerPerIntensiveTeam() {
    WorkplacePolicy policy = WorkplacePolicy.builder().id("wp-cmhc")
        .callsOnDaysOffExpected(false).workFromHome(WorkFromHome.NONE).sendHomeForSelfCare(true)
        .peerCheckIns(true).debriefingAvailable(true).crisisWork(false)
        .peerHourlyWage(new BigDecimal("16.00")).comparableRoleHourlyWage(new BigDecimal("21.00"))
        .peersPerIntensiveTeam(1).peopleServedPerIntensiveTeam(60)
        .addRecordedChallenges(Challenge.LOW_PAY, Challenge.HIGH_DEMAND)
        .build();
    Report report = checks.check(policy);

    assertThat(report.findings()).extracting(Finding::getRuleId)
        .containsExactly("PeerWageBelowComparable", "OnePeerPerIntensiveTeam");
    Finding wage = report.findingsOf("PeerWageBelowComparable").get(0);
    assertThat(wage.getMessage().getText())
        .isEqualTo("Peers earn 16.00 an hour, 76.2% of the 21.00 comparable roles earn; the policy's minimum is 90%");
    assertThat(wage.getEvidence().getFacts()).containsEntry("ratio", "0.7619").containsEntry("minimumRatio", "0.9");
    assertThat(wage.getTheme()).isEqualTo(StudyTheme.CHALLENGES);
    Finding team = report.findingsOf("OnePeerPerIntensiveTeam").get(0);
    assertThat(team.getMessage().getText())
        .isEqualTo("One peer per intensive treatment team serving 60 people: 60 people per peer, more than the policy's 15");
    assertThat(team.getSuggestion()).contains("needs 4 peers");
  }

  /** An agency's own thresholds replace the defaults, and the messages say so. */
  @Test
  void agencyPolicyThresholdsChangeTheVerdicts() {
    WorkplacePolicy policy = WorkplacePolicy.builder().id("wp-cmhc-policy")
        .callsOnDaysOffExpected(false).sendHomeForSelfCare(true).peerCheckIns(true).debriefingAvailable(true).crisisWork(false)
        .peerHourlyWage(new BigDecimal("16.00")).comparableRoleHourlyWage(new BigDecimal("21.00"))
        .peersPerIntensiveTeam(2).peopleServedPerIntensiveTeam(50)
        .build();
    Policy agency = Policy.builder().name("CMHC policy")
        .thresholds(Map.of(Threshold.MIN_WAGE_RATIO, 0.75, Threshold.MAX_PEOPLE_PER_TEAM_PEER, 20.0))
        .build();
    Report report = checks.withPolicy(agency).check(policy);

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly("OnePeerPerIntensiveTeam");
    assertThat(report.findings().get(0).getMessage().getText())
        .isEqualTo("2 peers per intensive treatment team serving 50 people: 25 people per peer, more than the policy's 20");
    assertThat(checks.check(policy).findings()).extracting(Finding::getRuleId)
        .containsExactly("PeerWageBelowComparable", "OnePeerPerIntensiveTeam");
  }
}
