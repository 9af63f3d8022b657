package org.peerwork.examples.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.organization.Governance;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.validation.PeerValidation;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;

class StudyTest {

  private final PeerChecks checks = PeerChecks.standard();

  @Test
  void theStudysThreeAgencies() {
    List<AgencyScenario> agencies = Study.agencies();
    assertThat(agencies).extracting(AgencyScenario::type).containsExactly(AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY,
        AgencyType.PEER_LED_MENTAL_HEALTH_WELLNESS, AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER);
    assertThat(agencies).extracting(a -> a.agency().getGovernance())
        .containsExactly(Governance.PEER_LED, Governance.PEER_LED, Governance.AGENCY_LED);
    assertThat(agencies).allSatisfy(a -> assertThat(a.agency().isIntegratedCare()).isTrue());
    for (AgencyType t : AgencyType.values()) {
      assertThat(Study.agency(t).type()).isEqualTo(t);
    }
  }

  @Test
  void peopleAreOpaqueIdsOnly() {
    for (AgencyScenario a : Study.agencies()) {
      assertThat(a.staff()).extracting(StaffMember::getId).allMatch(id -> id.matches(a.key() + "-[a-z]+[0-9]+"));
      assertThat(a.weekAssignments()).allSatisfy(t -> t.getServiceUserRef().ifPresent(ref -> assertThat(ref).matches("su-[0-9]+")));
      assertThat(a.peers()).isNotEmpty().allMatch(s -> s.getRole().isPeer() && s.getRole() != Role.PEER_SUPERVISOR);
    }
  }

  @Test
  void peerStaffHoldTheStudysCredentials() {
    Set<String> codes = Study.agencies().stream().flatMap(a -> a.peers().stream())
        .flatMap(s -> s.getCredentials().stream()).map(c -> c.getCode()).collect(Collectors.toSet());
    assertThat(codes).containsExactlyInAnyOrder("CRSW", "CPS");
  }

  @Test
  void everyCaseIsGroundedInTheStudy() {
    for (AgencyScenario a : Study.agencies()) {
      assertThat(a.cases()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(a.cases()).allSatisfy(c -> {
        assertThat(c.source().getSourceId()).isEqualTo(SourceCatalog.ALMEIDA2020);
        assertThat(c.studySays()).isNotBlank();
      });
      assertThat(a.weekCases()).allSatisfy(c -> assertThat(a.weekAssignments()).contains((TaskAssignment) c.document()));
    }
  }

  @Test
  void everyDocumentIsValidAndRoundTripsThroughJson() {
    PeerJson json = PeerJson.standard();
    for (PeerDocument d : Study.allDocuments()) {
      assertThat(PeerValidation.validate(d)).as(d.getId()).isEmpty();
      assertThat(json.read(json.write(d), d.getClass())).as(d.getId()).isEqualTo(d);
    }
  }

  @Test
  void theWeekHoldsTheStudysExamples() {
    TaskAssignment er = task("cmhc-w01");
    assertThat(er.getAssignee().getRole()).isEqualTo(Role.PEER_SUPPORT_SPECIALIST);
    assertThat(er.getActivity().getCategory()).isEqualTo(ActivityCategory.CLINICAL_ASSESSMENT);
    assertThat(er.getActivity().getCodes()).containsExactly(ActivityCode.cpt("90791"));
    assertThat(er.getSetting()).isEqualTo(Setting.EMERGENCY_DEPARTMENT);
    assertThat(er.getAssignedBy()).contains(Role.CLINICIAN);

    assertThat(task("cmhc-w03").getActivity().getCategory()).isEqualTo(ActivityCategory.PERSONAL_ERRAND);
    assertThat(task("cmhc-w03").getActivity().getText()).hasValueSatisfying(t -> assertThat(t).contains("cat"));
    assertThat(task("mhw-w03").getActivity().getCategory()).isEqualTo(ActivityCategory.SOCIAL_ACTIVITY);
    assertThat(task("mhw-w03").getActivity().getText()).hasValueSatisfying(t -> assertThat(t).contains("fishing"));

    TaskAssignment saturday = task("sud-w11");
    assertThat(saturday.getAssignee().getSchedule().orElseThrow().isWorkingDay(saturday.getWindow().orElseThrow().getStart().getDayOfWeek())).isFalse();
    assertThat(Study.substanceUseRecoveryAgency().weekAssignments())
        .filteredOn(t -> t.isCrisis() && t.getPopulations().contains(Population.OPIOID_CRISIS)).hasSizeGreaterThanOrEqualTo(4);

    AgencyScenario cmhc = Study.communityMentalHealthCenter();
    assertThat(cmhc.team().getMemberIds()).filteredOn(id -> cmhc.staff(id).orElseThrow().getRole().isPeer()).containsExactly("cmhc-p1");
  }

  @Test
  void theChecksFindWhatTheStudyReports() {
    assertThat(ruleIds(checks.check(task("cmhc-w01")))).contains("ClinicalTaskAssignedToPeer", "TaskNotInJobDescription");
    assertThat(checks.check(task("cmhc-w01")).hasAtLeast(Severity.ERROR)).isTrue();
    assertThat(ruleIds(checks.check(task("cmhc-w03")))).contains("TaskOutsideAnyRole", "TaskNotInJobDescription");
    Report fishing = checks.check(task("mhw-w03"));
    assertThat(ruleIds(fishing)).containsExactly("PeerSocialActivityNotReprimandable");
    assertThat(fishing.hasAtLeast(Severity.WARNING)).isFalse();
    assertThat(ruleIds(checks.check(task("sud-w11")))).contains("ScheduledOnDayOff");
    assertThat(ruleIds(checks.check(task("sud-w03")))).contains("ScheduledOutsideWorkingHours");
    assertThat(ruleIds(checks.check(task("sud-w06")))).contains("AssigneeLacksPopulationTraining");

    assertThat(ruleIds(checks.check(Study.substanceUseRecoveryAgency().week()))).contains("RepeatedDayOffContact", "CrisisWorkWithoutDebrief");
    assertThat(ruleIds(checks.check(Study.communityMentalHealthCenter().week()))).contains("SinglePeerCoversTeam", "CaseloadOverThreshold");
    assertThat(ruleIds(check("cmhc-hiring"))).contains("NoPeerInvolvedInHiring", "PersonalQuestionsByNonPeer");
    assertThat(ruleIds(check("sud-hiring-get-well"))).contains("GetWellPositionWithFullDemands").doesNotContain("NoPeerInvolvedInHiring");
    assertThat(ruleIds(check("cmhc-supervision"))).contains("SupervisorNotTrainedInPeerRole");
    assertThat(ruleIds(check("cmhc-training"))).contains("NoSelfCareTraining", "CliniciansNotTrainedOnPeers");
    assertThat(ruleIds(check("sud-workplace"))).contains("CallsOnDaysOffPolicy");
    assertThat(ruleIds(check("cmhc-incident-1"))).containsExactly("ClinicalNormAppliedToPeer");
  }

  @Test
  void thePeerLedAgenciesGoodPracticeIsClean() {
    assertThat(check("sud-supervision").isClean()).isTrue();
    assertThat(check("mhw-supervision").isClean()).isTrue();
    assertThat(check("mhw-training").isClean()).isTrue();
    assertThat(checks.check(Study.compliantJobDescription()).findings()).isEmpty();
  }

  @Test
  void theJuniorClinicianPostingReadsAsOne() {
    Report draft = checks.check(Study.juniorClinicianJobDescription());
    assertThat(ruleIds(draft)).contains("ClinicalDutyInPeerRole", "NoPeerCoreDuty", "CoverageOverThreshold",
        "ClinicalSupervisorWithoutPeerTraining", "WageBelowComparableRoles", "NoSelfCareSupport");
    assertThat(draft.findingsOf("ClinicalDutyInPeerRole")).hasSize(4);
    assertThat(draft.hasAtLeast(Severity.ERROR)).isTrue();
  }

  @Test
  void aSimulatedMonthIsDeterministicAndFollowsItsProfile() {
    AgencyScenario sud = Study.substanceUseRecoveryAgency();
    YearMonth nov = YearMonth.of(2019, 11);
    Roster a = MonthSimulation.month(sud, nov);
    assertThat(MonthSimulation.month(sud, nov)).isEqualTo(a);
    assertThat(MonthSimulation.month(sud, nov, SimulationProfile.typical(sud.type()), 7)).isNotEqualTo(a);
    assertThat(a.getAssignments()).hasSizeGreaterThan(100);
    assertThat(a.getAssignments()).extracting(TaskAssignment::getId).doesNotHaveDuplicates();
    assertThat(a.getAssignments()).allSatisfy(t -> assertThat(t.getWindow().orElseThrow().getStart().getMonth()).isEqualTo(nov.getMonth()));
    assertThat(PeerValidation.validate(a)).isEmpty();

    Roster noDayOff = MonthSimulation.month(sud, nov, SimulationProfile.typical(sud.type()).withDayOffContactRate(0).withAfterHoursRate(0),
        MonthSimulation.DEFAULT_SEED);
    assertThat(noDayOff.getAssignments()).allSatisfy(t -> assertThat(t.getAssignee().getSchedule().orElseThrow()
        .covers(t.getWindow().orElseThrow().getStart(), t.getWindow().orElseThrow().getEnd())).isTrue());
    assertThat(ruleIds(checks.check(noDayOff))).doesNotContain("RepeatedDayOffContact");
    assertThat(ruleIds(checks.check(a))).contains("RepeatedDayOffContact");
  }

  @Test
  void profilesRejectImpossibleRates() {
    assertThatThrownBy(() -> SimulationProfile.typical(AgencyType.PEER_LED_MENTAL_HEALTH_WELLNESS).withDayOffContactRate(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dayOffContactRate");
    assertThatThrownBy(() -> new SimulationProfile(5, 0, 0, 0.6, 0.5, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1");
  }

  @Test
  void withStaffChangesStaffAndTheWeeksAssignees() {
    AgencyScenario cmhc = Study.communityMentalHealthCenter();
    AgencyScenario trained = cmhc.withStaff(s -> s.getSupervisor().map(sup -> s.withSupervisor(sup.withPeerRoleTrained(true))).orElse(s));
    assertThat(trained.staff()).extracting(StaffMember::getId).containsExactlyElementsOf(cmhc.staff().stream().map(StaffMember::getId).toList());
    assertThat(trained.weekAssignments()).allSatisfy(t -> assertThat(t.getAssignee().getSupervisor().orElseThrow().isPeerRoleTrained()).isTrue());
    assertThat(ruleIds(checks.check(trained.weekAssignments().get(0)))).doesNotContain("AssigneeSupervisorLacksPeerTraining");
    assertThatThrownBy(() -> cmhc.withStaff(s -> s.withId("x"))).isInstanceOf(IllegalArgumentException.class);
  }

  private static TaskAssignment task(String id) {
    return Study.agencies().stream().flatMap(a -> a.weekAssignments().stream()).filter(t -> t.getId().equals(id)).findFirst().orElseThrow();
  }

  private Report check(String documentId) {
    return checks.check(Study.allDocuments().stream().filter(d -> d.getId().equals(documentId)).findFirst().orElseThrow());
  }

  private static List<String> ruleIds(Report r) {
    return r.findings().stream().map(f -> f.getRuleId()).distinct().toList();
  }
}
