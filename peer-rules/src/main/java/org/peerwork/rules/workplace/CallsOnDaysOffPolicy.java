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

/** A workplace policy that expects peers to take calls on their days off. */
public final class CallsOnDaysOffPolicy extends BaseRule<WorkplacePolicy> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("CallsOnDaysOffPolicy")
      .title("Peers expected to take calls on days off")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_LIFE_BALANCE)
      .appliesTo(DocumentType.WORKPLACE_POLICY)
      .rationale("Peers at the study's peer-led substance use agency struggled with work-life balance: \"We all work from "
          + "home. We all take calls on our days off. We all do it.\" Their opioid crisis work had left staff with vicarious "
          + "trauma and compelled them to be available when not scheduled to work. The Discussion links work-life balance "
          + "and burnout to negative outcomes and high turnover.")
      .suggestion("Stop expecting calls on days off: route off-hours calls to an on-call rota that is scheduled and paid, "
          + "or to a crisis line, and let peers switch off on their days off.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .build();

  /** The rule; stateless. */
  public CallsOnDaysOffPolicy() {
    super(METADATA);
  }

  @Override
  public void check(WorkplacePolicy p, RuleContext ctx, Consumer<Finding> findings) {
    if (!p.isCallsOnDaysOffExpected()) {
      return;
    }
    findings.accept(finding(ctx, p, Location.at("callsOnDaysOffExpected"), Message.of("Peers are expected to take calls on their days off"))
        .evidence(Evidence.facts("callsOnDaysOffExpected", "true", "crisisWork", String.valueOf(p.isCrisisWork())))
        .build());
  }

  @Override
  public List<RuleExample<WorkplacePolicy>> examples() {
    WorkplacePolicy study = Examples.studyPolicy("wp-days-off-respected");
    return List.of(
        RuleExample.fires("\"We all take calls on our days off\"", study.withId("wp-calls-days-off").withCallsOnDaysOffExpected(true)),
        RuleExample.silent("Days off respected", study));
  }
}
