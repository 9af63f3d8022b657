package org.peerwork.rules.hiring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringInvolvement;
import org.peerwork.model.hiring.HiringPlan;
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
 * A hiring plan in which no current peer takes part: not in developing the interview questions,
 * not in selecting interviewees, not in asking and interpreting the questions, and no peer on the
 * panel. When peers do take part in some way but the stated panel has no peer, the rule points at
 * the panel instead, because the personal questions then fall to non-peers.
 *
 * <p>A plan that states no involvement but seats a peer on the panel passes: that peer asks and
 * interprets questions.
 */
public final class NoPeerInvolvedInHiring extends BaseRule<HiringPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoPeerInvolvedInHiring")
      .title("No peer involved in hiring")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.HIRING_PLAN)
      .rationale("Most of the study's peers said peers should be involved in hiring, in three ways: developing interview "
          + "questions, selecting interviewees, and asking and interpreting interview questions. The Discussion recommends "
          + "that agencies hiring peer support specialists involve the peers they already employ, and notes that inclusive "
          + "hiring is a sign an organisation is ready to hire peer workers. A panel without a peer also leaves questions "
          + "about a candidate's own recovery to non-peers, which new peers find intimidating.")
      .suggestion("Involve current peer staff in hiring: let them develop the interview questions, help select the "
          + "interviewees, and sit on the panel to ask and interpret the questions.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .build();

  /** The rule; stateless. */
  public NoPeerInvolvedInHiring() {
    super(METADATA);
  }

  @Override
  public void check(HiringPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    Set<HiringInvolvement> involvement = plan.getPeerInvolvement();
    List<Interviewer> panel = plan.getPanel();
    boolean peerOnPanel = panel.stream().anyMatch(Interviewer::isPeer);
    if (peerOnPanel) {
      return;
    }
    if (involvement.isEmpty()) {
      String template = panel.isEmpty()
          ? "No peer takes part in hiring: not in developing interview questions, selecting interviewees, or asking and interpreting questions"
          : "No peer takes part in hiring: not in developing interview questions, selecting interviewees, or asking and interpreting questions, and {panel}";
      findings.accept(finding(ctx, plan, Location.at("peerInvolvement"), Message.of(template, "panel", panelPhrase(panel.size())))
          .evidence(Evidence.facts("missing", Text.names(EnumSet.allOf(HiringInvolvement.class)), "panelSize", String.valueOf(panel.size()), "peersOnPanel", "0"))
          .build());
    } else if (!panel.isEmpty()) {
      Set<HiringInvolvement> ordered = EnumSet.copyOf(involvement);
      findings.accept(finding(ctx, plan, Location.at("panel"),
              Message.of("Peers take part in {ways}, but {panel}", "ways", Text.sentence(ordered), "panel", panelPhrase(panel.size())))
          .evidence(Evidence.facts("involvement", Text.names(ordered), "panelSize", String.valueOf(panel.size()), "peersOnPanel", "0"))
          .suggestion("Seat a current peer on the interview panel to ask and interpret questions, above all those about the "
              + "candidate's own recovery, low times and legal issues.")
          .build());
    }
  }

  private static String panelPhrase(int size) {
    return size == 1 ? "the one panel member is not a peer" : "none of the " + size + " panel members is a peer";
  }

  @Override
  public List<RuleExample<HiringPlan>> examples() {
    HiringPlan study = Examples.studyPlan("hp-peers-involved");
    return List.of(
        RuleExample.fires("A plan with no peer involvement and a panel of two non-peers",
            study.withId("hp-no-peers").withPeerInvolvement().withPanel(Interviewer.nonPeer("int-hr-1"), Interviewer.nonPeer("int-clin-1"))),
        RuleExample.fires("Peers develop the questions, but the panel has no peer",
            study.withId("hp-no-peer-on-panel").withPeerInvolvement(HiringInvolvement.DEVELOPING_QUESTIONS).withPanel(Interviewer.nonPeer("int-hr-1"))),
        RuleExample.silent("Peers develop questions, select interviewees, and a peer sits on the panel", study),
        RuleExample.silent("No involvement stated, but a peer sits on the panel",
            study.withId("hp-peer-on-panel-only").withPeerInvolvement()));
  }
}
