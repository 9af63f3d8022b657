package org.peerwork.rules.supervision;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.supervision.SupervisionArrangement;
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

/** An arrangement with no debriefing for peers when they need it. */
public final class NoDebriefing extends BaseRule<SupervisionArrangement> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoDebriefing")
      .title("No debriefing available to peers")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.SUPERVISION_ARRANGEMENT)
      .rationale("The study's peers addressed the vicarious trauma of crisis work in part by participating in debriefings as "
          + "needed. The Discussion asks for a supportive organisational structure to prevent the burnout and vicarious "
          + "trauma peers meet working alongside first responders and crisis workers.")
      .suggestion("Make debriefing available as needed, for example after crisis contacts or a hard day, with the "
          + "supervisor or a trained peer.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .build();

  /** The rule; stateless. */
  public NoDebriefing() {
    super(METADATA);
  }

  @Override
  public void check(SupervisionArrangement a, RuleContext ctx, Consumer<Finding> findings) {
    if (a.isDebriefingAvailable()) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("debriefingAvailable"), Message.of("No debriefing is available to peers when they need it"))
        .evidence(Evidence.facts("debriefingAvailable", "false"))
        .build());
  }

  @Override
  public List<RuleExample<SupervisionArrangement>> examples() {
    SupervisionArrangement study = Examples.studyArrangement("sa-debriefing");
    return List.of(
        RuleExample.fires("No debriefing", study.withId("sa-no-debriefing").withDebriefingAvailable(false)),
        RuleExample.silent("Debriefing as needed", study));
  }
}
