package org.peerwork.rules.hiring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.hiring.RedFlag;
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
 * An interview guide that gives no room to explore some of the four red flags the study's peers
 * named: recurrence triggers, interpersonal boundaries, time for self-care, and the expectation of
 * significant financial gain. A red flag counts as explored when the plan lists it or asks a
 * question on the matching topic (triggers, boundaries, self-care, motivation); the finding lists
 * the ones missing.
 *
 * <p>The red flags are conversation topics for the guide. peerwork never marks a candidate with one.
 */
public final class InterviewGuideMissingRedFlags extends BaseRule<HiringPlan> {

  /** The four red flags and the interview topic that explores each. */
  static final Map<RedFlag, InterviewTopic> FLAGS;

  static {
    Map<RedFlag, InterviewTopic> m = new LinkedHashMap<>();
    m.put(RedFlag.CANNOT_IDENTIFY_TRIGGERS, InterviewTopic.TRIGGERS);
    m.put(RedFlag.NOT_MINDFUL_OF_BOUNDARIES, InterviewTopic.BOUNDARIES);
    m.put(RedFlag.NO_TIME_FOR_SELF_CARE, InterviewTopic.SELF_CARE);
    m.put(RedFlag.EXPECTS_FINANCIAL_GAIN, InterviewTopic.MOTIVATION);
    FLAGS = java.util.Collections.unmodifiableMap(m);
  }

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("InterviewGuideMissingRedFlags")
      .title("Interview guide misses red flags")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.HIRING_PLAN)
      .rationale("Peers involved in hiring would look for four red flags: not being able to identify one's potential "
          + "recurrence triggers, not being mindful of one's own interpersonal boundaries, not having dedicated time for "
          + "self-care, and expecting significant financial gain. The Discussion turns them into what to look for in a new "
          + "peer: able to identify and avoid or manage triggers, mindful of boundaries, capable of dedicating time to "
          + "self-care, and rewarded by helping others rather than by money. A guide that skips them leaves the fit of the "
          + "position to chance. They are topics to talk through; peerwork checks the guide, never a candidate.")
      .suggestion("Give each missing red flag room in the interview guide as an open question a peer can ask: how the "
          + "candidate recognises and manages their triggers, keeps their interpersonal boundaries, makes time for "
          + "self-care, and what reward they expect from the work.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .build();

  /** The rule; stateless. */
  public InterviewGuideMissingRedFlags() {
    super(METADATA);
  }

  @Override
  public void check(HiringPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    List<RedFlag> missing = InterviewGuideCoverage.missing(plan, FLAGS, plan.getRedFlagsExplored());
    if (missing.isEmpty()) {
      return;
    }
    findings.accept(finding(ctx, plan, Location.at("redFlagsExplored"),
            InterviewGuideCoverage.message("The interview guide gives no room to explore {count} of the {total} red flags: {missing}", missing, FLAGS.size()))
        .evidence(InterviewGuideCoverage.evidence(missing))
        .build());
  }

  @Override
  public List<RuleExample<HiringPlan>> examples() {
    HiringPlan study = Examples.studyPlan("hp-red-flags-explored");
    return List.of(
        RuleExample.fires("A guide that explores triggers but no other red flag",
            study.withId("hp-triggers-only").withRedFlagsExplored(RedFlag.CANNOT_IDENTIFY_TRIGGERS)),
        RuleExample.silent("All four red flags listed in the plan", study),
        RuleExample.silent("None listed, but a question on each matching topic",
            study.withId("hp-red-flags-by-questions").withRedFlagsExplored().withQuestions(
                Examples.question("How do you recognise and manage your triggers?", InterviewTopic.TRIGGERS, Examples.PEER_INTERVIEWER),
                Examples.question("How do you keep your own boundaries with people you support?", InterviewTopic.BOUNDARIES, Examples.PEER_INTERVIEWER),
                Examples.question("When do you make time for self-care?", InterviewTopic.SELF_CARE, Examples.PEER_INTERVIEWER),
                Examples.question("What reward do you hope to get from this work?", InterviewTopic.MOTIVATION, Examples.NON_PEER_INTERVIEWER))));
  }
}
