package org.peerwork.rules.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.Coverage;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.job.SupervisionTerms;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;

/**
 * The job description rules exactly at their thresholds: caseload and people per peer at, above and
 * below the limit, the wage ratio at and just under it, the role drift share at it, and supervision
 * stated as none. Pins the arithmetic that the examples and properties leave loose.
 */
class JobDescriptionBoundaryTest {

  private static final PeerChecks CHECKS = PeerChecks.standard();

  private static List<Finding> findings(JobDescription jd, String rule) {
    return CHECKS.check(jd).findingsOf(rule);
  }

  private static JobDescription coverage(Coverage c) {
    return Examples.sound("cov").withCoverage(c);
  }

  @Test
  void caseloadAtTheThresholdIsFineAndOneAboveIsNot() {
    assertThat(findings(coverage(Coverage.builder().caseload(15).build()), "CoverageOverThreshold")).isEmpty();
    assertThat(findings(coverage(Coverage.builder().caseload(16).build()), "CoverageOverThreshold")).singleElement()
        .satisfies(f -> {
          assertThat(f.getLocation().getPath()).isEqualTo("coverage.caseload");
          assertThat(f.getMessage().getText()).isEqualTo("A caseload of 16 is over the threshold of 15 people per peer");
        });
    PeerChecks strict = CHECKS.withPolicy(Policy.builder().putThreshold(Threshold.MAX_CASELOAD, 10).build());
    assertThat(strict.check(coverage(Coverage.builder().caseload(11).build())).findingsOf("CoverageOverThreshold")).hasSize(1);
    assertThat(strict.check(coverage(Coverage.builder().caseload(10).build())).findingsOf("CoverageOverThreshold")).isEmpty();
  }

  @Test
  void peoplePerPeerOnAWholeTeam() {
    assertThat(findings(coverage(Coverage.builder().wholeTeam(true).peersOnTeam(2).teamPeopleServed(30).build()), "CoverageOverThreshold"))
        .as("15 per peer").isEmpty();
    assertThat(findings(coverage(Coverage.builder().wholeTeam(true).peersOnTeam(2).teamPeopleServed(31).build()), "CoverageOverThreshold"))
        .singleElement().satisfies(f -> assertThat(f.getMessage().getText())
            .isEqualTo("2 peer(s) cover a whole team of 31 people: 15.50 per peer, over the threshold of 15"));
    assertThat(findings(coverage(Coverage.builder().wholeTeam(true).teamPeopleServed(16).build()), "CoverageOverThreshold"))
        .as("one peer by default").hasSize(1);
    assertThat(findings(coverage(Coverage.builder().wholeTeam(true).build()), "CoverageOverThreshold")).singleElement()
        .satisfies(f -> assertThat(f.getMessage().getText()).isEqualTo("One peer covers a whole team's people"));
    assertThat(findings(coverage(Coverage.builder().wholeTeam(true).peersOnTeam(1).build()), "CoverageOverThreshold")).hasSize(1);
    assertThat(findings(coverage(Coverage.builder().wholeTeam(true).peersOnTeam(3).build()), "CoverageOverThreshold")).isEmpty();
    assertThat(findings(coverage(Coverage.builder().wholeTeam(true).peersOnTeam(0).teamPeopleServed(40).build()), "CoverageOverThreshold"))
        .as("zero peers: readable, though Bean Validation refuses it; no one to overload").isEmpty();
    assertThat(findings(coverage(Coverage.builder().wholeTeam(false).teamPeopleServed(100).build()), "CoverageOverThreshold")).isEmpty();
    assertThat(findings(coverage(Coverage.builder().caseload(16).wholeTeam(true).teamPeopleServed(16).build()), "CoverageOverThreshold"))
        .as("both").hasSize(2);
  }

  private static JobDescription pay(String wage, String comparable) {
    return Examples.sound("pay").withCompensation(Compensation.builder().hourlyWage(new BigDecimal(wage))
        .comparableRoleWage(new BigDecimal(comparable)).build());
  }

  @Test
  void theWageRatioAtTheThresholdIsFineAndJustUnderItIsNot() {
    assertThat(findings(pay("18.00", "20.00"), "WageBelowComparableRoles")).as("0.90").isEmpty();
    assertThat(findings(pay("17.99", "20.00"), "WageBelowComparableRoles")).as("0.8995").singleElement()
        .satisfies(f -> assertThat(f.getMessage().getText()).contains("a comparable role").contains("90%"));
    assertThat(findings(pay("25.00", "20.00"), "WageBelowComparableRoles")).isEmpty();
  }

  @Test
  void roleDriftAtTheShareThresholdIsAWarning() {
    JobDescription half = Examples.withDuties("drift-half", "Drive the agency van", "Offer peer support");
    assertThat(findings(half, "RoleDriftAsMainDuty")).singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
    JobDescription third = Examples.withDuties("drift-third", "Drive the agency van", "Offer peer support", "Share lived experience");
    assertThat(findings(third, "RoleDriftAsMainDuty")).singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.INFO));
  }

  @Test
  void supervisionStatedAsNoneIsAFinding() {
    JobDescription none = Examples.sound("none").withSupervision(SupervisionTerms.builder().supervisorKind(SupervisorKind.PEER)
        .frequency(SupervisionFrequency.NONE).build());
    assertThat(findings(none, "SupervisionNotStated")).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("supervision.frequency");
      assertThat(f.getMessage().getText()).isEqualTo("The peer support specialist job offers no supervision");
    });
    assertThat(findings(Examples.sound("weekly"), "SupervisionNotStated")).isEmpty();
  }
}
