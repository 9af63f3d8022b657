package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.role.Role;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.text.TextSpan;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.model.workplace.WorkFromHome;

/** The posting parser: layout, duties, spans and stated facts. */
class PostingParserTest {

  private final PostingParser parser = PostingParser.standard();

  private JobDescription jd(String text) {
    return parser.parse("t", text).getJobDescription();
  }

  private static List<String> duties(JobDescription jd) {
    return jd.getDuties().stream().map(Duty::getText).toList();
  }

  @Test
  void bulletsNumbersAndHeadingsInCapitalsOrWithAColon() {
    String text = "Peer Mentor\n\nRESPONSIBILITIES\n* Offer peer support\n2) Lead wellness groups\n(3) Advocate for members\n"
        + "a. Link members to resources\n\nQualifications:\n- GED\n";
    JobDescription jd = jd(text);
    assertThat(jd.getTitle()).contains("Peer Mentor");
    assertThat(duties(jd)).containsExactly("Offer peer support", "Lead wellness groups", "Advocate for members", "Link members to resources");
    assertThat(jd.getDuties()).allSatisfy(d -> assertThat(d.getSpan().get().quote(text)).isEqualTo(d.getText()));
  }

  @Test
  void windowsLineEndsAndUnicodePunctuation() {
    String text = "Peer Specialist\r\n\r\nDuties:\r\n\u2022 Share one\u2019s recovery story \u2014 when it helps\r\n\u25AA Co\u2011facilitate groups\r\n";
    JobDescription jd = jd(text);
    assertThat(duties(jd)).containsExactly("Share one\u2019s recovery story \u2014 when it helps", "Co\u2011facilitate groups");
    assertThat(jd.getDuties()).allSatisfy(d -> assertThat(d.getSpan().get().quote(text)).isEqualTo(d.getText()));
  }

  @Test
  void runOnTextInADutiesSectionIsSplitIntoSentences() {
    JobDescription jd = jd("Responsibilities\nThe peer shares lived experience. They link people to resources; they also advocate, "
        + "e.g. at court. Other duties as assigned.\n");
    assertThat(duties(jd)).containsExactly("The peer shares lived experience.", "They link people to resources;",
        "they also advocate, e.g. at court.", "Other duties as assigned.");
  }

  @Test
  void wrappedListItemsStayOneDuty() {
    String text = "Duties:\n- Accompany members to appointments, court\n  and the benefits office\n- Facilitate groups\n";
    JobDescription jd = jd(text);
    assertThat(duties(jd)).containsExactly("Accompany members to appointments, court\n  and the benefits office", "Facilitate groups");
  }

  @Test
  void dutiesUnderADoesNotDoHeadingAreExcluded() {
    JobDescription jd = jd("Duties:\n- Share lived experience\n\nWhat the peer specialist does NOT do:\n- Diagnose\n- Dispense medication\n");
    assertThat(jd.getDuties()).extracting(Duty::getText, Duty::isExcluded)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Share lived experience", false),
            org.assertj.core.groups.Tuple.tuple("Diagnose", true), org.assertj.core.groups.Tuple.tuple("Dispense medication", true));
  }

  @Test
  void aPostingWithoutADutiesHeadingGivesItsSentences() {
    JobDescription jd = jd("Recovery Coach\n\nThe recovery coach shares lived experience and links people to mutual aid. "
        + "They also complete intake assessments.");
    assertThat(jd.getRole()).isEqualTo(Role.RECOVERY_COACH);
    assertThat(duties(jd)).containsExactly("The recovery coach shares lived experience and links people to mutual aid.",
        "They also complete intake assessments.");
  }

  @Test
  void sectionsAreRecognisedFromTheirHeadings() {
    ParsedPosting p = parser.parse("# Position Summary\nWe are hiring.\n\n## What You'll Do\n- Support people\n\n"
        + "Schedule: Monday to Friday\nPay: $20/hour\nHow to apply\nSend a letter.\n");
    assertThat(p.getSections()).extracting(PostingSection::getKind)
        .containsExactly(SectionKind.SUMMARY, SectionKind.DUTIES, SectionKind.SCHEDULE, SectionKind.COMPENSATION, SectionKind.OTHER);
    assertThat(p.getSections().get(2).getHeading()).contains("Schedule");
  }

  @Test
  void theTitleComesFromAJobTitleLine() {
    JobDescription jd = jd("Posted 3 May.\nJob Title: Family Peer Advocate\nDuties:\n- Support parents\n");
    assertThat(jd.getTitle()).contains("Family Peer Advocate");
    assertThat(jd.getRole()).isEqualTo(Role.PEER_SUPPORT_SPECIALIST);
    assertThat(jd("Case Manager II\nDuties:\n- Coordinate care\n").getRole()).isEqualTo(Role.CASE_MANAGER);
    assertThat(jd("Peer Support Supervisor\n").getRole()).isEqualTo(Role.PEER_SUPERVISOR);
  }

  @Test
  void livedExperienceRequiredPreferredOrNot() {
    assertThat(jd("Qualifications:\n- Lived experience of recovery\n").getQualifications().get().isLivedExperienceRequired()).isTrue();
    assertThat(jd("Applicants must self-identify as a person in recovery.").getQualifications().get().isLivedExperienceRequired()).isTrue();
    assertThat(jd("Qualifications:\n- Lived experience preferred\n").getQualifications().get().isLivedExperienceRequired()).isFalse();
    assertThat(jd("Preferred Qualifications:\n- Lived experience of recovery\n").getQualifications().get().isLivedExperienceRequired()).isFalse();
    assertThat(jd("Requirements:\n- Lived experience is not required\n").getQualifications().get().isLivedExperienceRequired()).isFalse();
    assertThat(jd("Duties:\n- Support people\n").getQualifications().get().isLivedExperienceRequired()).isFalse();
  }

  @Test
  void certificationPolicyAndRecoveryTime() {
    assertThat(jd("Requirements:\n- CPS certification required\n").getQualifications().get().getCertificationPolicy())
        .isEqualTo(CertificationPolicy.CERTIFIED_REQUIRED);
    assertThat(jd("Requirements:\n- CRSW, or obtain it within 12 months of hire\n").getQualifications().get().getCertificationPolicy())
        .isEqualTo(CertificationPolicy.CERTIFIED_OR_IN_PROGRESS);
    var q = jd("Requirements:\n- At least 18 months of sobriety\n").getQualifications().get();
    assertThat(q.getMinimumRecoveryMonths()).contains(18);
    assertThat(q.getCertificationPolicy()).isEqualTo(CertificationPolicy.RECOVERY_TIME_ONLY);
    assertThat(jd("Requirements:\n- Two years of experience in recovery services\n").getQualifications().get().getMinimumRecoveryMonths())
        .as("work experience is not recovery time").isEmpty();
    assertThat(PostingParser.recoveryMonths("Sobriety of at least one year")).hasValue(12);
    assertThat(PostingParser.recoveryMonths("2+ yrs in recovery")).hasValue(24);
  }

  @Test
  void supervisionKindFrequencyAndTraining() {
    var s = jd("Supervision: bi-weekly supervision by a licensed clinician (LCSW).").getSupervision().get();
    assertThat(s.getSupervisorKind()).isEqualTo(SupervisorKind.CLINICAL);
    assertThat(s.getFrequency()).contains(SupervisionFrequency.TWICE_MONTHLY);
    assertThat(s.getSupervisorPeerRoleTrained()).isEmpty();
    var p = jd("Reports to the Peer Services Supervisor, who is trained in peer supervision. Supervision is weekly.").getSupervision().get();
    assertThat(p.getSupervisorKind()).isEqualTo(SupervisorKind.PEER);
    assertThat(p.getFrequency()).contains(SupervisionFrequency.WEEKLY);
    assertThat(p.getSupervisorPeerRoleTrained()).contains(true);
    assertThat(jd("Reports to the Program Manager.").getSupervision()).as("no supervisor kind stated").isEmpty();
  }

  @Test
  void scheduleOnCallAndWorkFromHome() {
    var s = jd("Schedule: 32 hours per week. Must be available at all times and respond to texts after hours.").getSchedule().get();
    assertThat(s.getWeeklyHours()).contains(32.0);
    assertThat(s.isAlwaysOnCall()).isTrue();
    assertThat(s.isCallsOnDaysOff()).isTrue();
    var n = jd("Schedule: You will not be contacted on your days off. Hybrid: two days of remote work.").getSchedule().get();
    assertThat(n.isCallsOnDaysOff()).isFalse();
    assertThat(n.getWorkFromHome()).isEqualTo(WorkFromHome.LIMITED);
  }

  @Test
  void coverageCaseloadAndWholeTeam() {
    assertThat(jd("Carry a caseload of 20-25 individuals.").getCoverage().get().getCaseload()).contains(25);
    var c = jd("You will be the sole peer specialist on an ACT team serving approximately 90 clients.").getCoverage().get();
    assertThat(c.isWholeTeam()).isTrue();
    assertThat(c.getPeersOnTeam()).contains(1);
    assertThat(c.getTeamPeopleServed()).contains(90);
  }

  @Test
  void wagesHourlyAnnualAndComparable() {
    var c = jd("Compensation:\nSalary: $41,600 per year.\nOur case managers earn $24.00 an hour.").getCompensation().get();
    assertThat(c.getHourlyWage()).isEqualByComparingTo("20.00");
    assertThat(c.getComparableRoleWage()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("24.00"));
    assertThat(c.getComparableRole()).contains(Role.CASE_MANAGER);
    assertThat(jd("Pay: $17 - $19 hourly").getCompensation().get().getHourlyWage()).isEqualByComparingTo("17.00");
    assertThat(jd("Duties:\n- Support people\n").getCompensation()).isEmpty();
  }

  @Test
  void selfCareSupportAndTrainings() {
    JobDescription jd = jd("Training and support\nWe provide training on vicarious trauma, working with the chronically homeless "
        + "and sex trafficking. Staff get wellness days and regular debriefing.");
    assertThat(jd.getTrainingOffered()).containsExactlyInAnyOrder(TrainingTopic.VICARIOUS_TRAUMA, TrainingTopic.CHRONIC_HOMELESSNESS,
        TrainingTopic.SEX_TRAFFICKING);
    assertThat(jd.isSelfCareSupport()).isTrue();
    assertThat(jd("Qualifications:\n- Experience working with people experiencing homelessness\n").getTrainingOffered())
        .as("a population named without a training is not a training").isEmpty();
  }

  @Test
  void factsCarryTheirSpansAndContext() {
    String text = "Schedule:\nYou will never take calls on your days off.";
    List<FactMention> facts = parser.facts(text);
    assertThat(facts).filteredOn(f -> f.getFact() == PostingFact.CALLS_ON_DAYS_OFF).singleElement().satisfies(f -> {
      assertThat(f.getQuote()).isEqualTo("calls on your days off");
      assertThat(f.getSpan().quote(text)).isEqualTo(f.getQuote());
      assertThat(f.isAffirmed()).isFalse();
      assertThat(f.getSection()).isEqualTo(SectionKind.SCHEDULE);
    });
  }

  @Test
  void longStatementsAreCutToTheModelsLimitAndLongTextsToOneMillionCharacters() {
    String longDuty = "Duties:\n- " + "support people ".repeat(2000) + "\n";
    JobDescription jd = jd(longDuty);
    assertThat(jd.getDuties()).hasSizeGreaterThan(2).allSatisfy(d -> assertThat(d.getText().length()).isLessThanOrEqualTo(10_000));
    String huge = "x".repeat(PostingParser.MAX_CHARS + 10);
    assertThat(parser.parse(huge).getJobDescription().getSourceText().get()).hasSize(PostingParser.MAX_CHARS);
  }

  @Test
  void idsAreDerivedDeterministicallyOrGiven() {
    assertThat(PostingParser.deriveId("abc")).isEqualTo(PostingParser.deriveId("abc")).isNotEqualTo(PostingParser.deriveId("abd"))
        .matches("posting-[0-9a-f]{16}");
    assertThat(parser.parse("my-id", "text").getJobDescription().getId()).isEqualTo("my-id");
    assertThatThrownBy(() -> parser.parse(" ", "text")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("posting id");
  }

  @Test
  void statementsCoverTheText() {
    String text = "Title\n\nDuties:\n- One. Two\nThree; four\n";
    assertThat(PostingParser.statements(text)).extracting(s -> s.quote(text)).containsExactly("One. Two", "Three;", "four");
    assertThat(PostingParser.statements("")).isEmpty();
    assertThat(PostingParser.statements(text)).allSatisfy(s -> assertThat(s).isInstanceOf(TextSpan.class));
  }
}
