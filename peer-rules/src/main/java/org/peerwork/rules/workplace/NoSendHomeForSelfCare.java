package org.peerwork.rules.workplace;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.workplace.WorkplacePolicy;
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

/** A workplace policy with no way to send a worn-out peer home for self-care. */
public final class NoSendHomeForSelfCare extends BaseRule<WorkplacePolicy> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoSendHomeForSelfCare")
      .title("No way to send a worn-out peer home for self-care")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_LIFE_BALANCE)
      .appliesTo(DocumentType.WORKPLACE_POLICY)
      .rationale("All of the study's peers reported the importance of agency flexibility to send a peer home for self-care "
          + "when needed. Peers watched for colleagues who appeared exhausted and worn out and sent them home when rest was "
          + "needed, relying on one another to notice burnout.")
      .suggestion("Write into the policy that a peer who is worn out can be sent home, or go home, for self-care, without "
          + "loss of pay or standing.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .build();

  /** The rule; stateless. */
  public NoSendHomeForSelfCare() {
    super(METADATA);
  }

  @Override
  public void check(WorkplacePolicy p, RuleContext ctx, Consumer<Finding> findings) {
    if (p.isSendHomeForSelfCare()) {
      return;
    }
    findings.accept(finding(ctx, p, Location.at("sendHomeForSelfCare"), Message.of("The policy gives no way to send a worn-out peer home for self-care"))
        .evidence(Evidence.facts("sendHomeForSelfCare", "false"))
        .build());
  }

  @Override
  public List<RuleExample<WorkplacePolicy>> examples() {
    WorkplacePolicy study = Examples.studyPolicy("wp-send-home");
    return List.of(
        RuleExample.fires("No way to send a tired peer home", study.withId("wp-no-send-home").withSendHomeForSelfCare(false)),
        RuleExample.silent("Tired peers can be sent home for self-care", study));
  }
}
