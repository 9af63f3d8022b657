package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.role.Role;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.model.workplace.WorkFromHome;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;

/** Three realistic postings, parsed and checked end to end. */
class PostingEndToEndTest {

  private final PeerChecks checks = PeerChecks.standard();

  /** Every finding with a span quotes the posting exactly. */
  private static void spansQuoteTheText(Report report, String text) {
    for (Finding f : report.findings()) {
      f.getLocation().getSpan().ifPresent(s -> {
        assertThat(s.fitsIn(text.length())).as("span of %s", f).isTrue();
        assertThat(f.getEvidence().getQuote()).as("quote of %s", f).contains(s.quote(text));
      });
    }
  }

  private static List<String> ruleIds(Report r) {
    return r.findings().stream().map(Finding::getRuleId).toList();
  }

  @Test
  void aCompliantPeerSpecialistPostingIsClean() {
    String text = Resources.text("posting-compliant.txt");
    ParsedPosting p = PostingParser.standard().parse(text);
    JobDescription jd = p.getJobDescription();

    assertThat(jd.getTitle()).contains("Peer Support Specialist – Adult Community Services");
    assertThat(jd.getRole()).isEqualTo(Role.PEER_SUPPORT_SPECIALIST);
    assertThat(jd.getSourceText()).contains(text);
    assertThat(jd.getDuties()).hasSize(12);
    assertThat(jd.getDuties()).filteredOn(d -> d.isExcluded()).extracting(d -> d.getText())
        .containsExactly("Diagnose, assess or treat", "Give medication advice or monitor whether people take their medication",
            "Collect drug screens or report to probation");
    assertThat(jd.getDuties()).allSatisfy(d -> assertThat(d.getSpan().get().quote(text)).isEqualTo(d.getText()));
    assertThat(jd.getQualifications().get().isLivedExperienceRequired()).isTrue();
    assertThat(jd.getQualifications().get().getCertificationPolicy()).isEqualTo(CertificationPolicy.CERTIFIED_OR_IN_PROGRESS);
    assertThat(jd.getSupervision().get().getSupervisorKind()).isEqualTo(SupervisorKind.PEER);
    assertThat(jd.getSupervision().get().getFrequency()).contains(SupervisionFrequency.WEEKLY);
    assertThat(jd.getSchedule().get().isCallsOnDaysOff()).as("\"never expected to take calls on your days off\"").isFalse();
    assertThat(jd.getSchedule().get().getWeeklyHours()).contains(40.0);
    assertThat(jd.getCoverage().get().getCaseload()).contains(12);
    assertThat(jd.getCompensation().get().getHourlyWage()).isEqualByComparingTo("21.50");
    assertThat(jd.getCompensation().get().getComparableRoleWage()).get().isEqualTo(new BigDecimal("22.00"));
    assertThat(jd.isSelfCareSupport()).isTrue();
    assertThat(jd.getTrainingOffered()).contains(TrainingTopic.SELF_CARE, TrainingTopic.TRAUMA_INFORMED_CARE, TrainingTopic.PEER_BOUNDARIES);
    assertThat(p.getSections()).extracting(PostingSection::getKind).containsExactly(SectionKind.SUMMARY, SectionKind.DUTIES,
        SectionKind.EXCLUDED_DUTIES, SectionKind.QUALIFICATIONS, SectionKind.SUPERVISION, SectionKind.SCHEDULE,
        SectionKind.COMPENSATION, SectionKind.TRAINING);

    Report report = checks.checkPosting(text);
    assertThat(report.findings()).as("findings on the compliant posting").isEmpty();
    assertThat(report.subjectId()).isEqualTo(PostingParser.deriveId(text)).startsWith("posting-");
  }

  @Test
  void aJuniorClinicianPostingRaisesTheClinicalFindings() {
    String text = Resources.text("posting-junior-clinician.txt");
    assertThat(text).as("the resource keeps its Windows line ends").contains("\r\n");
    Report report = checks.checkPosting("junior-clinician", text);

    assertThat(ruleIds(report)).containsExactly(
        "ClinicalDutyInPeerRole", "ClinicalDutyInPeerRole", "ClinicalDutyInPeerRole", "ClinicalDutyInPeerRole",
        "ClinicalDutyInPeerRole", "PowerOverPersonDuty", "NoPeerCoreDuty", "ClinicalBoundaryNormsImposed",
        "LivedExperienceNotRequired", "CoverageOverThreshold", "ClinicalSupervisorWithoutPeerTraining",
        "WageBelowComparableRoles", "NoSelfCareSupport");
    assertThat(report.findingsOf("ClinicalDutyInPeerRole"))
        .extracting(f -> f.getLocation().getPath(), f -> f.getEvidence().getQuote().orElseThrow(), Finding::getSeverity)
        .containsExactly(
            tuple("duties[0]", "intake assessments", Severity.ERROR),
            tuple("duties[1]", "PHQ-9", Severity.ERROR),
            tuple("duties[2]", "individualized treatment plans", Severity.ERROR),
            tuple("duties[3]", "group counseling", Severity.ERROR),
            tuple("duties[4]", "medication adherence", Severity.ERROR));
    assertThat(report.findingsOf("PowerOverPersonDuty")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getQuote()).contains("urine drug screens"));
    assertThat(report.findingsOf("ClinicalBoundaryNormsImposed")).singleElement().satisfies(f -> {
      assertThat(f.getEvidence().getQuote()).contains("disclose personal recovery history");
      assertThat(f.getEvidence().getContext()).contains(ContextFlag.NEGATED);
      assertThat(f.getLocation().getPath()).isEqualTo("sourceText");
    });
    assertThat(report.findingsOf("LivedExperienceNotRequired")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getQuote()).contains("Lived experience with mental health or substance use recovery preferred."));
    assertThat(report.findingsOf("WageBelowComparableRoles")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getFacts()).containsEntry("hourlyWage", "15.00").containsEntry("comparableRoleWage", "21.00"));
    assertThat(report.findingsOf("CoverageOverThreshold")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getFacts()).containsEntry("caseload", "30"));
    spansQuoteTheText(report, text);
  }

  @Test
  void aPostingWithChoresAndAlwaysOnCallRaisesThoseFindings() {
    String text = Resources.text("posting-chores-on-call.txt");
    Report report = checks.checkPosting("chores", text);

    assertThat(ruleIds(report)).containsExactly(
        "ClinicalDutyInPeerRole", "DutyOutsideAnyRole", "DutyOutsideAnyRole", "DutyOutsideAnyRole",
        "RoleDriftAsMainDuty", "RoleDriftAsMainDuty", "ClinicalBoundaryNormsImposed", "LivedExperienceNotRequired",
        "RecoveryTimeOnlyCriterion", "CallsOnDaysOffExpected", "CallsOnDaysOffExpected", "CoverageOverThreshold",
        "SupervisionNotStated", "NoSelfCareSupport");
    assertThat(report.findingsOf("ClinicalDutyInPeerRole")).singleElement().satisfies(f -> {
      assertThat(f.getEvidence().getQuote()).contains("suicide risk assessments");
      assertThat(f.getEvidence().getContext()).containsExactly(ContextFlag.HYPOTHETICAL);
    });
    assertThat(report.findingsOf("DutyOutsideAnyRole")).extracting(f -> f.getEvidence().getQuote().orElseThrow())
        .containsExactly("Feed clients’ pets", "clean members’ apartments", "personal errands");
    assertThat(report.findingsOf("RoleDriftAsMainDuty")).extracting(f -> f.getEvidence().getQuote().orElseThrow(), Finding::getSeverity)
        .containsExactly(tuple("Drive", Severity.INFO), tuple("Answer phones", Severity.INFO));
    assertThat(report.findingsOf("CallsOnDaysOffExpected")).extracting(f -> f.getLocation().getPath())
        .containsExactly("schedule.alwaysOnCall", "schedule.callsOnDaysOff");
    assertThat(report.findingsOf("CallsOnDaysOffExpected")).allSatisfy(f -> assertThat(f.getEvidence().getQuote())
        .contains("This position is on call 24/7 and is expected to take calls on days off."));
    assertThat(report.findingsOf("RecoveryTimeOnlyCriterion")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getQuote()).contains("Minimum of two years of continuous sobriety."));
    assertThat(report.findingsOf("ClinicalBoundaryNormsImposed")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getQuote()).contains("socialize"));
    assertThat(report.findingsOf("CoverageOverThreshold")).singleElement()
        .satisfies(f -> assertThat(f.getEvidence().getFacts()).containsEntry("teamPeopleServed", "100"));

    JobDescription jd = PostingParser.standard().parse(text).getJobDescription();
    assertThat(jd.getRole()).isEqualTo(Role.RECOVERY_COACH);
    assertThat(jd.getSchedule().get().getWorkFromHome()).isEqualTo(WorkFromHome.UNLIMITED);
    assertThat(jd.getQualifications().get().getMinimumRecoveryMonths()).contains(24);
    spansQuoteTheText(report, text);
  }

  @Test
  void theSameTextGivesTheSameReport() {
    String text = Resources.text("posting-chores-on-call.txt");
    assertThat(checks.checkPosting(text).findings()).isEqualTo(checks.checkPosting(text).findings());
    assertThat(checks.checkPosting(text).subjectId()).isEqualTo(checks.checkPosting(new String(text.toCharArray())).subjectId());
  }
}
