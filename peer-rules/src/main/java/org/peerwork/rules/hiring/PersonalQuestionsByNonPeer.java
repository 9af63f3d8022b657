package org.peerwork.rules.hiring;

import org.peerwork.rules.internal.Phrases;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewQuestion;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.hiring.Interviewer;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;

/**
 * A personal interview question (the candidate's own recovery, low times, legal issues, recurrence
 * triggers: {@link InterviewTopic#personal()}) asked by a non-peer interviewer, or left unassigned
 * on a panel with no peer to ask it.
 *
 * <p>An interviewer is a non-peer when the panel lists their id and never as a peer. A question
 * whose asker is not on the panel, or unassigned on a panel with a peer or with no panel stated, is
 * not reported: the plan does not say who asks it.
 */
public final class PersonalQuestionsByNonPeer extends BaseRule<HiringPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("PersonalQuestionsByNonPeer")
      .title("Personal recovery question asked by a non-peer interviewer")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.HIRING_PLAN)
      .rationale("The study's peers said asking a candidate what they do for their own recovery is an important interview "
          + "question and they would be comfortable being asked it, but uncomfortable if a non-peer asked about their "
          + "personal recovery: a new peer can be \"intimidated talking to nonpeers about their low times or legal issues\". "
          + "Recurrence triggers, one of the study's red flags, are as personal. Which topics count as personal is set by "
          + "the interview topic vocabulary.")
      .suggestion("Have a peer on the panel ask the questions about the candidate's own recovery, low times, legal issues "
          + "and triggers, and interpret the answers.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .build();

  /** The rule; stateless. */
  public PersonalQuestionsByNonPeer() {
    super(METADATA);
  }

  @Override
  public void check(HiringPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    Set<String> peers = new HashSet<>();
    Set<String> listed = new HashSet<>();
    for (Interviewer i : plan.getPanel()) {
      listed.add(i.getId());
      if (i.isPeer()) {
        peers.add(i.getId());
      }
    }
    boolean panelWithoutPeer = !listed.isEmpty() && peers.isEmpty();
    List<InterviewQuestion> questions = plan.getQuestions();
    for (int i = 0; i < questions.size(); i++) {
      InterviewQuestion q = questions.get(i);
      InterviewTopic topic = q.getTopic();
      if (!topic.personal()) {
        continue;
      }
      Optional<String> askedBy = q.getAskedBy();
      if (askedBy.isPresent()) {
        String asker = askedBy.get();
        if (listed.contains(asker) && !peers.contains(asker)) {
          findings.accept(finding(ctx, plan, Location.at("questions[" + i + "].askedBy"),
                  Message.of("A question on {topic} is asked by a non-peer interviewer ({asker})",
                      "topic", Phrases.lower(topic), "asker", asker))
              .evidence(Evidence.builder().putFact("topic", topic.name()).putFact("askedBy", asker).putFact("askerIsPeer", "false").build())
              .build());
        }
      } else if (panelWithoutPeer) {
        findings.accept(finding(ctx, plan, Location.at("questions[" + i + "]"),
                Message.of("A question on {topic} has no asker, and no peer sits on the panel to ask it", "topic", Phrases.lower(topic)))
            .evidence(Evidence.builder().putFact("topic", topic.name()).putFact("panelSize", String.valueOf(listed.size())).putFact("peersOnPanel", "0").build())
            .suggestion("Seat a peer on the panel and have them ask this question and interpret the answer.")
            .build());
      }
    }
  }

  @Override
  public List<RuleExample<HiringPlan>> examples() {
    HiringPlan study = Examples.studyPlan("hp-peer-asks");
    return List.of(
        RuleExample.fires("The human resources interviewer asks about low times and legal issues",
            study.withId("hp-hr-asks-low-times").withQuestions(
                Examples.question("Tell us about your low times.", InterviewTopic.LOW_TIMES, Examples.NON_PEER_INTERVIEWER),
                Examples.question("Do you have any legal issues we should know about?", InterviewTopic.LEGAL_ISSUES, Examples.NON_PEER_INTERVIEWER))),
        RuleExample.fires("An unassigned question on own recovery, with only non-peers on the panel",
            study.withId("hp-unassigned").withPanel(Interviewer.nonPeer(Examples.NON_PEER_INTERVIEWER)).withQuestions(
                InterviewQuestion.builder().text("What are you doing for your own recovery?").topic(InterviewTopic.OWN_RECOVERY).build())),
        RuleExample.silent("The peer interviewer asks about own recovery and triggers; the non-peer asks about the job", study),
        RuleExample.silent("A non-peer asks a question that is not personal",
            study.withId("hp-hr-asks-motivation").withQuestions(
                Examples.question("What draws you to this work?", InterviewTopic.MOTIVATION, Examples.NON_PEER_INTERVIEWER))));
  }
}
