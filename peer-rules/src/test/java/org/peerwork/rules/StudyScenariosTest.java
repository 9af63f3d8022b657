package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.boundary.Verdict;

/** The study's scenarios, end to end through {@link PeerChecks#standard()}. */
class StudyScenariosTest {

  private final PeerChecks checks = PeerChecks.standard();

  @Test
  void emergencyRoomAssessmentByAPeerIsAnError() {
    Report r = checks.check(Scenarios.erAssessment());
    assertThat(r.findings()).extracting(Finding::getRuleId).containsExactly("ClinicalTaskAssignedToPeer");
    Finding f = r.findings().get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(f.getSubjectId()).isEqualTo("t-er");
    assertThat(f.getLocation().getPath()).isEqualTo("activity.category");
    assertThat(f.getVerdicts()).hasValueSatisfying(v -> {
      assertThat(v.getPeerVerdict()).isEqualTo(Verdict.OUT_OF_SCOPE);
      assertThat(v.getClinicalVerdict()).isEqualTo(Verdict.EXPECTED);
    });
    assertThat(r.hasAtLeast(Severity.ERROR)).isTrue();
  }

  @Test
  void feedingTheCatIsAWarningOutsideAnyRole() {
    Report r = checks.check(Scenarios.feedTheCat());
    assertThat(r.findings()).extracting(Finding::getRuleId).containsExactly("TaskOutsideAnyRole");
    Finding f = r.findings().get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(f.getMessage().getText()).isEqualTo("Personal errand is outside any professional role, assigned to a peer support specialist");
    assertThat(f.getVerdicts()).hasValueSatisfying(v -> {
      assertThat(v.getPeerVerdict()).isEqualTo(Verdict.OUT_OF_SCOPE);
      assertThat(v.getClinicalVerdict()).isEqualTo(Verdict.OUT_OF_SCOPE);
    });
    assertThat(f.toString()).doesNotContain("u-1");
  }

  @Test
  void fishingIsANoteWithBothVerdicts() {
    Report r = checks.check(Scenarios.fishing());
    assertThat(r.findings()).extracting(Finding::getRuleId).containsExactly("PeerSocialActivityNotReprimandable");
    Finding f = r.findings().get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
    assertThat(f.getMessage().getText())
        .contains("permitted under peer norms, would be flagged under clinical norms: do not reprimand");
    assertThat(f.getVerdicts()).hasValueSatisfying(v -> {
      assertThat(v.getCategory()).isEqualTo(ActivityCategory.SOCIAL_ACTIVITY);
      assertThat(v.getPeerVerdict()).isEqualTo(Verdict.PERMITTED);
      assertThat(v.getClinicalVerdict()).isEqualTo(Verdict.PROHIBITED);
    });
    assertThat(r.hasAtLeast(Severity.WARNING)).isFalse();
  }

  @Test
  void theSameFishingTripByAClinicianIsProhibitedConduct() {
    Report r = checks.check(Scenarios.fishing().withAssignee(Scenarios.staff("s-clin", org.peerwork.model.role.Role.CLINICIAN)));
    assertThat(r.findings()).extracting(Finding::getRuleId).containsExactly("ProhibitedConductAssigned");
    assertThat(r.findings().get(0).getSeverity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void callsOnDaysOffAcrossARoster() {
    Roster roster = Scenarios.daysOffRoster();
    Report r = checks.check(roster);
    List<Finding> repeated = r.findingsOf("RepeatedDayOffContact");
    assertThat(repeated).extracting(f -> f.getLocation().getPath()).containsExactly("staff[id=s-a]");
    Finding f = repeated.get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(f.getEvidence().getFacts()).containsEntry("contactsInWindow", "3").containsEntry("dayOffContactsInPeriod", "3")
        .containsEntry("from", "2020-03-07").containsEntry("to", "2020-03-14");
    // each day-off call is also flagged on its own assignment
    long dayOff = roster.getAssignments().stream()
        .filter(a -> checks.check(a).findingsOf("ScheduledOnDayOff").size() == 1).count();
    assertThat(dayOff).isEqualTo(4);
  }

  @Test
  void onePeerOnAnIntensiveTeamServingManyPeople() {
    Report r = checks.check(Scenarios.intensiveTeam(60));
    assertThat(r.findingsOf("SinglePeerCoversTeam")).singleElement().satisfies(f -> {
      assertThat(f.getLocation().getPath()).isEqualTo("team");
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getMessage().getText()).isEqualTo("1 peer on intensive treatment team itt-1 serve 60 people, 60 per peer, above 15");
      assertThat(f.getEvidence().getFacts()).containsEntry("peers", "1").containsEntry("peopleServed", "60");
    });
    assertThat(checks.check(Scenarios.intensiveTeam(15)).findingsOf("SinglePeerCoversTeam")).isEmpty();
  }

  @Test
  void everyFindingOfTheScenariosCarriesItsExplanation() {
    List<Report> reports = List.of(checks.check(Scenarios.erAssessment()), checks.check(Scenarios.feedTheCat()),
        checks.check(Scenarios.fishing()), checks.check(Scenarios.daysOffRoster()), checks.check(Scenarios.intensiveTeam(60)),
        checks.check(Scenarios.caseload(20)));
    assertThat(reports).flatExtracting(Report::findings).hasSizeGreaterThanOrEqualTo(6).allSatisfy(f -> {
      assertThat(f.getSuggestion()).isNotBlank();
      assertThat(f.getCitations()).isNotEmpty();
      assertThat(f.getEvidence().getFacts()).isNotEmpty();
      assertThat(f.getMessage().getText()).doesNotContain("{").doesNotContain("u-");
    });
  }
}
