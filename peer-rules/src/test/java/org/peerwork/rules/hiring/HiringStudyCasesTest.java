package org.peerwork.rules.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerwork.model.hiring.DesiredTrait;
import org.peerwork.model.hiring.HiringInvolvement;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewQuestion;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.hiring.Interviewer;
import org.peerwork.model.hiring.PositionKind;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.hiring.RedFlag;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;

/** The study's hiring practices, written from its Results and Discussion, checked end to end. */
class HiringStudyCasesTest {

  private final PeerChecks checks = PeerChecks.standard();

  private static InterviewQuestion ask(String text, InterviewTopic topic, String by) {
    return InterviewQuestion.builder().text(text).topic(topic).askedBy(by).build();
  }

  /**
   * What the study's peers ask for: an agency-led center that hires peers certified or working
   * toward CRSW or CPS certification; current peers develop the questions, help select interviewees
   * and sit on the panel; the peer asks what the candidate does for their own recovery; the guide
   * covers the readiness areas and red flags; the new hire is supervised weekly.
   */
  @Test
  void hiringPlanThatFollowsTheStudyIsClean() {
    HiringPlan plan = HiringPlan.builder().id("hp-cmhc-2020-03")
        .agencyType(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER)
        .certificationPolicy(CertificationPolicy.CERTIFIED_OR_IN_PROGRESS)
        .addReadinessCriteria(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY, ReadinessIndicator.PERSONAL_RESOURCES,
            ReadinessIndicator.COMFORT_WITH_PEOPLE_IN_RECOVERY)
        .addDesiredTraits(DesiredTrait.PASSION, DesiredTrait.ALTRUISM, DesiredTrait.SELF_REFLECTION, DesiredTrait.HAPPINESS_THROUGH_SERVICE)
        .addPanel(Interviewer.peer("int-crsw-1"), Interviewer.nonPeer("int-director-1"))
        .addQuestion(ask("What are you doing for your own recovery?", InterviewTopic.OWN_RECOVERY, "int-crsw-1"))
        .addQuestion(ask("How do you recognise your triggers, and what do you do then?", InterviewTopic.TRIGGERS, "int-crsw-1"))
        .addQuestion(ask("How do you keep your own boundaries with people you support?", InterviewTopic.BOUNDARIES, "int-crsw-1"))
        .addQuestion(ask("When do you make time for self-care?", InterviewTopic.SELF_CARE, "int-crsw-1"))
        .addQuestion(ask("What reward do you hope to find in this work?", InterviewTopic.MOTIVATION, "int-director-1"))
        .addQuestion(ask("Who did you talk this job over with, and what do you expect it to ask of you?", InterviewTopic.ROLE_EXPECTATIONS, "int-director-1"))
        .addPeerInvolvement(HiringInvolvement.DEVELOPING_QUESTIONS, HiringInvolvement.SELECTING_INTERVIEWEES, HiringInvolvement.ASKING_AND_INTERPRETING)
        .weeklyHours(40.0).caseload(12)
        .plannedSupervision(SupervisionFrequency.WEEKLY)
        .build();

    assertThat(checks.check(plan).findings()).isEmpty();
  }

  /**
   * The practice the study's peers push against: two years clean as the only criterion, no peer
   * anywhere in the process, a clinical director asking about low times and human resources about
   * legal issues, no red flags explored beyond motivation, no supervision named, and a community
   * mental health center that asks for no certification.
   */
  @Test
  void hiringPlanWithNoPeerAndRecoveryTimeOnly() {
    HiringPlan plan = HiringPlan.builder().id("hp-cmhc-2019-11")
        .agencyType(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER)
        .certificationPolicy(CertificationPolicy.NOT_REQUIRED)
        .minimumRecoveryMonths(24)
        .addReadinessCriteria(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY)
        .addPanel(Interviewer.nonPeer("int-hr-1"), Interviewer.nonPeer("int-clin-dir-1"))
        .addQuestion(ask("Tell us about your low times.", InterviewTopic.LOW_TIMES, "int-clin-dir-1"))
        .addQuestion(ask("Do you have any legal issues we should know about?", InterviewTopic.LEGAL_ISSUES, "int-hr-1"))
        .addQuestion(ask("Why do you want this job?", InterviewTopic.MOTIVATION, "int-hr-1"))
        .build();
    Report report = checks.check(plan);

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly(
        "NoPeerInvolvedInHiring",
        "PersonalQuestionsByNonPeer", "PersonalQuestionsByNonPeer",
        "HiringRecoveryTimeOnly",
        "InterviewGuideMissingReadinessAreas",
        "InterviewGuideMissingRedFlags",
        "NoSupervisionPlanForNewHire",
        "CertificationPolicyMismatch");
    assertThat(report.findings()).extracting(Finding::getSeverity).containsOnly(Severity.WARNING);
    assertThat(report.findings()).extracting(f -> f.getLocation().getPath()).containsExactly(
        "peerInvolvement", "questions[0].askedBy", "questions[1].askedBy", "minimumRecoveryMonths",
        "readinessCriteria", "redFlagsExplored", "plannedSupervision", "certificationPolicy");
    assertThat(report.findings()).extracting(f -> f.getMessage().getText()).containsExactly(
        "No peer takes part in hiring: not in developing interview questions, selecting interviewees, or asking and interpreting questions, and none of the 2 panel members is a peer",
        "A question on low times is asked by a non-peer interviewer (int-clin-dir-1)",
        "A question on legal issues is asked by a non-peer interviewer (int-hr-1)",
        "A minimum of 24 months in recovery is the plan's only readiness criterion; quality is more important than quantity",
        "The interview guide does not cover 4 of the 4 readiness areas: an active own-recovery practice, personal resources to support others, comfort working with people in recovery, realistic expectations of the job",
        "The interview guide gives no room to explore 3 of the 4 red flags: cannot identify own recurrence triggers, not mindful of own interpersonal boundaries, no dedicated time for self-care",
        "The plan names no supervision for the new hire",
        "The hiring agency, an agency-led community mental health center, asks for no certification; the study's agency-led agency hired peers certified or working toward CRSW or CPS certification");
    Finding lowTimes = report.findingsOf("PersonalQuestionsByNonPeer").get(0);
    // the question's own words are the plan's free text: the finding points at the question and names its topic, quoting nothing
    assertThat(lowTimes.getEvidence().getQuote()).isEmpty();
    assertThat(lowTimes.getEvidence().getFacts()).containsEntry("topic", "LOW_TIMES").containsEntry("askerIsPeer", "false");
    assertThat(report.findingsOf("InterviewGuideMissingRedFlags").get(0).getEvidence().getFacts())
        .containsEntry("missing", "CANNOT_IDENTIFY_TRIGGERS,NOT_MINDFUL_OF_BOUNDARIES,NO_TIME_FOR_SELF_CARE");
    assertThat(report.countsByTheme()).containsEntry(StudyTheme.HIRING, 7).containsEntry(StudyTheme.WORK_SUPPORT, 1);
  }

  /**
   * The peer-operated substance use agency's get-well position ("an incentive to help people get
   * and stay in recovery"), drafted as a full-time, on-call job that requires full certification.
   */
  @Test
  void getWellPositionDraftedWithFullDemands() {
    HiringPlan plan = HiringPlan.builder().id("hp-sud-get-well")
        .agencyType(AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY)
        .positionKind(PositionKind.GET_WELL)
        .certificationPolicy(CertificationPolicy.CERTIFIED_REQUIRED)
        .readinessCriteria(EnumSet.allOf(ReadinessIndicator.class))
        .redFlagsExplored(EnumSet.allOf(RedFlag.class))
        .addPanel(Interviewer.peer("int-crsw-2"))
        .addPeerInvolvement(HiringInvolvement.ASKING_AND_INTERPRETING)
        .weeklyHours(40.0).caseload(15).onCall(true)
        .plannedSupervision(SupervisionFrequency.WEEKLY)
        .build();
    Report report = checks.check(plan);

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly(
        "GetWellPositionWithFullDemands", "GetWellPositionWithFullDemands", "GetWellPositionWithFullDemands",
        "CertificationPolicyMismatch");
    assertThat(report.findingsOf("GetWellPositionWithFullDemands")).extracting(f -> f.getMessage().getText()).containsExactly(
        "A get-well position carries a caseload of 15, more than the policy's 5",
        "A get-well position is on call",
        "A get-well position asks 40 hours a week, more than the policy's 20");
    assertThat(report.findingsOf("CertificationPolicyMismatch").get(0).getMessage().getText())
        .isEqualTo("A get-well position requires full certification, which a person just after achieving sobriety rarely has");

    Policy agency = Policy.builder().name("Recovery agency policy")
        .thresholds(Map.of(Threshold.GET_WELL_MAX_WEEKLY_HOURS, 40.0, Threshold.GET_WELL_MAX_CASELOAD, 15.0)).build();
    assertThat(checks.withPolicy(agency).check(plan).findingsOf("GetWellPositionWithFullDemands"))
        .extracting(f -> f.getLocation().getPath()).containsExactly("onCall");
  }

  /** Peers helped write the questions, but the panel that asks them has no peer. */
  @Test
  void peersWriteTheQuestionsButNoPeerSitsOnThePanel() {
    HiringPlan plan = Examples.studyPlan("hp-peers-write-only")
        .withPeerInvolvement(HiringInvolvement.DEVELOPING_QUESTIONS, HiringInvolvement.SELECTING_INTERVIEWEES)
        .withPanel(Interviewer.nonPeer("int-hr-1"))
        .withQuestions(InterviewQuestion.builder().text("What are you doing for your own recovery?").topic(InterviewTopic.OWN_RECOVERY).build());
    Report report = checks.check(plan);

    assertThat(report.findings()).extracting(Finding::getRuleId).containsExactly("NoPeerInvolvedInHiring", "PersonalQuestionsByNonPeer");
    assertThat(report.findings()).extracting(f -> f.getMessage().getText()).containsExactly(
        "Peers take part in developing interview questions and selecting interviewees, but the one panel member is not a peer",
        "A question on own recovery has no asker, and no peer sits on the panel to ask it");
    assertThat(report.findings()).extracting(f -> f.getLocation().getPath()).containsExactly("panel", "questions[0]");
  }

  /**
   * The principle of the hiring package: the checks take a plan and nothing else. No rule accepts a
   * candidate, and no hiring value has an accessor for a candidate's answers, a score or a rank.
   */
  @Test
  void hiringChecksTakeAPlanNeverAPerson() throws NoSuchMethodException {
    List<Rule<HiringPlan>> rules = HiringRules.all();
    assertThat(rules).hasSize(8);
    for (Rule<HiringPlan> r : rules) {
      assertThat(r.metadata().getAppliesTo()).isEqualTo(DocumentType.HIRING_PLAN);
      assertThat(r.getClass().getMethod("check", HiringPlan.class, RuleContext.class, java.util.function.Consumer.class)).isNotNull();
      for (Method m : r.getClass().getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())) {
          assertThat(m.getName()).isIn("check", "examples");
        }
      }
    }
    for (Class<?> type : List.of(HiringPlan.class, Interviewer.class, InterviewQuestion.class)) {
      for (Method m : type.getMethods()) {
        String name = m.getName().toLowerCase(Locale.ROOT);
        assertThat(name).as(type.getSimpleName() + "." + m.getName())
            .doesNotContain("candidate").doesNotContain("score").doesNotContain("rank").doesNotContain("answer");
      }
    }
  }
}
