package org.peerwork.rules.hiring;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.supervision.SupervisionFrequency;
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
 * A hiring plan with no supervision for the new hire: none stated, {@link SupervisionFrequency#NONE},
 * or only {@link SupervisionFrequency#AS_NEEDED} with no regular schedule. How often is enough is
 * the supervision arrangement's concern (rule {@code SupervisionBelowStandard}).
 */
public final class NoSupervisionPlanForNewHire extends BaseRule<HiringPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoSupervisionPlanForNewHire")
      .title("No supervision plan for the new hire")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.HIRING_PLAN)
      .rationale("The study's peers reported the need for supervisory support once hired, from a peer or a clinical staff "
          + "member. Peer codes of ethics say a peer never serves independently and works only under supervision: IC&RC "
          + "asks for at least one supervision session a week, NAADAC for at least two a month. A plan that hires a peer "
          + "with no supervision, or supervision only when asked for, leaves the new peer without that support.")
      .suggestion("Name who will supervise the new peer (a peer supervisor, or a clinician trained on working with peers) "
          + "and a regular schedule, for example weekly.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(Citation.of(SourceCatalog.ICRC_PR, "Code of ethics: never serve independently; at least one supervision session per week"))
      .addCitation(Citation.of(SourceCatalog.NAADAC_NCPRSS, "Two supervision sessions a month"))
      .build();

  /** The rule; stateless. */
  public NoSupervisionPlanForNewHire() {
    super(METADATA);
  }

  @Override
  public void check(HiringPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    Optional<SupervisionFrequency> planned = plan.getPlannedSupervision();
    Message message;
    if (planned.isEmpty()) {
      message = Message.of("The plan names no supervision for the new hire");
    } else if (planned.get() == SupervisionFrequency.NONE) {
      message = Message.of("The plan gives the new hire no supervision");
    } else if (planned.get() == SupervisionFrequency.AS_NEEDED) {
      message = Message.of("The new hire is supervised only as needed, with no regular schedule");
    } else {
      return;
    }
    findings.accept(finding(ctx, plan, Location.at("plannedSupervision"), message)
        .evidence(Evidence.facts("plannedSupervision", planned.map(Enum::name).orElse("unstated")))
        .build());
  }

  @Override
  public List<RuleExample<HiringPlan>> examples() {
    HiringPlan study = Examples.studyPlan("hp-weekly-supervision");
    return List.of(
        RuleExample.fires("No supervision stated",
            study.withId("hp-no-supervision").withPlannedSupervision(Optional.empty())),
        RuleExample.fires("Supervision only as needed",
            study.withId("hp-as-needed").withPlannedSupervision(SupervisionFrequency.AS_NEEDED)),
        RuleExample.silent("Weekly supervision planned", study),
        RuleExample.silent("Monthly supervision planned (its frequency is the supervision arrangement's concern)",
            study.withId("hp-monthly").withPlannedSupervision(SupervisionFrequency.MONTHLY)));
  }
}
