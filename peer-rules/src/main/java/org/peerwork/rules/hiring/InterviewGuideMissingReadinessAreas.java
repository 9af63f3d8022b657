package org.peerwork.rules.hiring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;

/**
 * An interview guide that leaves out some of the four readiness areas the study names: an active
 * own-recovery practice, personal resources to support others, comfort working with people in
 * recovery, and realistic expectations of the job. An area counts as covered when the plan lists it
 * among its readiness criteria or asks a question on the matching topic; the finding lists the
 * areas missing, in the order above.
 */
public final class InterviewGuideMissingReadinessAreas extends BaseRule<HiringPlan> {

  /** The four readiness areas and the interview topic that covers each. */
  static final Map<ReadinessIndicator, InterviewTopic> AREAS;

  static {
    Map<ReadinessIndicator, InterviewTopic> m = new LinkedHashMap<>();
    m.put(ReadinessIndicator.OWN_RECOVERY_PRACTICE, InterviewTopic.OWN_RECOVERY);
    m.put(ReadinessIndicator.PERSONAL_RESOURCES, InterviewTopic.PERSONAL_RESOURCES);
    m.put(ReadinessIndicator.COMFORT_WITH_PEOPLE_IN_RECOVERY, InterviewTopic.COMFORT_WITH_PEOPLE_IN_RECOVERY);
    m.put(ReadinessIndicator.REALISTIC_EXPECTATIONS, InterviewTopic.ROLE_EXPECTATIONS);
    AREAS = java.util.Collections.unmodifiableMap(m);
  }

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("InterviewGuideMissingReadinessAreas")
      .title("Interview guide misses readiness areas")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.HIRING_PLAN)
      .rationale("Before hiring a peer, the study's peers want to know what the person is doing for their own recovery, "
          + "that they have enough personal resources to give support to somebody else, that they feel comfortable working "
          + "with people who are in recovery, and that they know what is expected in the job (an emerging finding: talking "
          + "the idea over with a trusted friend, another peer specialist, a therapist or a recovery coach helps). These "
          + "are areas for the interview to talk through, not a score: peerwork checks the guide, never a candidate.")
      .suggestion("Add the missing areas to the interview guide, each with a question a peer can ask: what the candidate "
          + "does for their own recovery, the resources they have to support someone else, how they feel about working with "
          + "people in recovery, and what they expect of the job.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .build();

  /** The rule; stateless. */
  public InterviewGuideMissingReadinessAreas() {
    super(METADATA);
  }

  @Override
  public void check(HiringPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    List<ReadinessIndicator> missing = InterviewGuideCoverage.missing(plan, AREAS, plan.getReadinessCriteria());
    if (missing.isEmpty()) {
      return;
    }
    findings.accept(finding(ctx, plan, Location.at("readinessCriteria"),
            InterviewGuideCoverage.message("The interview guide does not cover {count} of the {total} readiness areas: {missing}", missing, AREAS.size()))
        .evidence(InterviewGuideCoverage.evidence(missing))
        .build());
  }

  @Override
  public List<RuleExample<HiringPlan>> examples() {
    HiringPlan study = Examples.studyPlan("hp-readiness-covered");
    return List.of(
        RuleExample.fires("A guide that only asks about recovery time and legal issues",
            study.withId("hp-no-readiness").withReadinessCriteria(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY).withQuestions(
                Examples.question("Any legal issues?", InterviewTopic.LEGAL_ISSUES, Examples.PEER_INTERVIEWER))),
        RuleExample.silent("Every readiness area listed in the plan", study),
        RuleExample.silent("No criteria listed, but a question on each of the four areas",
            study.withId("hp-readiness-by-questions").withReadinessCriteria().withQuestions(
                Examples.question("What are you doing for your own recovery?", InterviewTopic.OWN_RECOVERY, Examples.PEER_INTERVIEWER),
                Examples.question("What helps you support someone else?", InterviewTopic.PERSONAL_RESOURCES, Examples.PEER_INTERVIEWER),
                Examples.question("How do you feel about working with people in recovery?", InterviewTopic.COMFORT_WITH_PEOPLE_IN_RECOVERY, Examples.PEER_INTERVIEWER),
                Examples.question("What do you expect this job to ask of you?", InterviewTopic.ROLE_EXPECTATIONS, Examples.NON_PEER_INTERVIEWER))));
  }
}
