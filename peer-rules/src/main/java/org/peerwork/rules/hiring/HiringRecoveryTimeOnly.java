package org.peerwork.rules.hiring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.role.CertificationPolicy;
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
 * A minimum time in recovery (a positive {@code minimumRecoveryMonths}, or the certification policy
 * {@link CertificationPolicy#RECOVERY_TIME_ONLY}) with no other readiness area in the plan. "Far
 * enough along in recovery" on its own does not count as another area: it is what the time stands
 * in for. A minimum of zero months is no minimum.
 */
public final class HiringRecoveryTimeOnly extends BaseRule<HiringPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("HiringRecoveryTimeOnly")
      .title("Minimum recovery time is the only readiness criterion")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.HIRING_PLAN)
      .rationale("The study's peers agreed that recovery time alone is not the most important measure of recovery: "
          + "\"Quality is more important than quantity.\" Before hiring they want to know that a person is far enough along "
          + "in their own recovery, has the personal resources to support somebody else, is comfortable working with people "
          + "in recovery, knows what the job expects, and what they do for their own recovery. They noted it is not uncommon "
          + "for agencies to ask for recovery time before hiring.")
      .suggestion("Keep any minimum recovery time as one criterion among several: add the readiness areas the study names "
          + "(own recovery practice, personal resources, comfort working with people in recovery, realistic expectations "
          + "of the job) to the interview guide.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .build();

  /** The rule; stateless. */
  public HiringRecoveryTimeOnly() {
    super(METADATA);
  }

  @Override
  public void check(HiringPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    int months = plan.getMinimumRecoveryMonths().orElse(0);
    boolean timeOnlyPolicy = plan.getCertificationPolicy() == CertificationPolicy.RECOVERY_TIME_ONLY;
    if (months <= 0 && !timeOnlyPolicy) {
      return;
    }
    Set<ReadinessIndicator> others = EnumSet.noneOf(ReadinessIndicator.class);
    others.addAll(plan.getReadinessCriteria());
    others.remove(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY);
    if (!others.isEmpty()) {
      return;
    }
    Set<ReadinessIndicator> stated = EnumSet.noneOf(ReadinessIndicator.class);
    stated.addAll(plan.getReadinessCriteria());
    Finding.Builder f = months > 0
        ? finding(ctx, plan, Location.at("minimumRecoveryMonths"),
            Message.of("A minimum of {months} months in recovery is the plan's only readiness criterion; quality is more important than quantity",
                "months", String.valueOf(months)))
        : finding(ctx, plan, Location.at("certificationPolicy"),
            Message.of("Recovery time is the plan's only requirement and no other readiness area is set; quality is more important than quantity"));
    findings.accept(f.evidence(Evidence.facts("minimumRecoveryMonths", String.valueOf(months),
            "certificationPolicy", plan.getCertificationPolicy().name(), "readinessCriteria", Text.names(stated)))
        .build());
  }

  @Override
  public List<RuleExample<HiringPlan>> examples() {
    HiringPlan study = Examples.studyPlan("hp-quality-over-quantity");
    return List.of(
        RuleExample.fires("Two years in recovery and nothing else",
            study.withId("hp-two-years-only").withMinimumRecoveryMonths(24).withReadinessCriteria()),
        RuleExample.fires("Two years in recovery and 'far enough along', which the time only stands in for",
            study.withId("hp-two-years-far-enough").withMinimumRecoveryMonths(24).withReadinessCriteria(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY)),
        RuleExample.silent("A year in recovery as one criterion among the study's readiness areas",
            study.withMinimumRecoveryMonths(12)),
        RuleExample.silent("No minimum recovery time at all",
            study.withId("hp-no-minimum").withReadinessCriteria()));
  }
}
