package org.peerwork.rules.hiring;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.PositionKind;
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
import org.peerwork.rules.policy.Threshold;

/**
 * A get-well position that asks as much as a standard one: weekly hours above
 * {@link Threshold#GET_WELL_MAX_WEEKLY_HOURS}, a caseload above {@link Threshold#GET_WELL_MAX_CASELOAD},
 * or on-call duty. One finding per demand that is too high; hours or caseload the plan does not
 * state are not reported.
 */
public final class GetWellPositionWithFullDemands extends BaseRule<HiringPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("GetWellPositionWithFullDemands")
      .title("Get-well position with full demands")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.HIRING_PLAN)
      .rationale("The study's peer-operated agencies offered \"get-well\" positions as an incentive to help people get and "
          + "stay in recovery: a less demanding role just after achieving sobriety, with manageable hours and fewer "
          + "responsibilities, to build a pattern of showing up to work. A get-well position with full hours, a full caseload "
          + "or on-call duty is a standard position under another name. The default limits (20 hours a week, a caseload of "
          + "5) are peerwork's own choice, since no source sets numbers; an agency sets its own by policy.")
      .suggestion("Keep the get-well position less demanding: part-time hours, a small caseload and no on-call duty, "
          + "within the limits of the agency's policy; or post it as a standard position.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(Threshold.GET_WELL_MAX_WEEKLY_HOURS.citation())
      .addCitation(Threshold.GET_WELL_MAX_CASELOAD.citation())
      .build();

  /** The rule; stateless. */
  public GetWellPositionWithFullDemands() {
    super(METADATA);
  }

  @Override
  public void check(HiringPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    if (plan.getPositionKind() != PositionKind.GET_WELL) {
      return;
    }
    double maxHours = ctx.threshold(Threshold.GET_WELL_MAX_WEEKLY_HOURS);
    plan.getWeeklyHours().filter(h -> h > maxHours).ifPresent(h -> findings.accept(
        finding(ctx, plan, Location.at("weeklyHours"),
                Message.of("A get-well position asks {hours} hours a week, more than the policy's {max}",
                    "hours", Text.num(h), "max", Text.num(maxHours)))
            .evidence(Evidence.facts("weeklyHours", Text.num(h), "threshold", Threshold.GET_WELL_MAX_WEEKLY_HOURS.name(), "max", Text.num(maxHours)))
            .suggestion("Set the get-well position's hours at or below " + Text.num(maxHours) + " a week.")
            .build()));
    double maxCaseload = ctx.threshold(Threshold.GET_WELL_MAX_CASELOAD);
    plan.getCaseload().filter(c -> c > maxCaseload).ifPresent(c -> findings.accept(
        finding(ctx, plan, Location.at("caseload"),
                Message.of("A get-well position carries a caseload of {caseload}, more than the policy's {max}",
                    "caseload", String.valueOf(c), "max", Text.num(maxCaseload)))
            .evidence(Evidence.facts("caseload", String.valueOf(c), "threshold", Threshold.GET_WELL_MAX_CASELOAD.name(), "max", Text.num(maxCaseload)))
            .suggestion("Keep the get-well position's caseload at or below " + Text.num(maxCaseload) + ".")
            .build()));
    if (plan.isOnCall()) {
      findings.accept(finding(ctx, plan, Location.at("onCall"), Message.of("A get-well position is on call"))
          .evidence(Evidence.facts("onCall", "true"))
          .suggestion("Take the get-well position off the on-call rota.")
          .build());
    }
  }

  @Override
  public List<RuleExample<HiringPlan>> examples() {
    HiringPlan getWell = Examples.studyPlan("hp-get-well-manageable")
        .withPositionKind(PositionKind.GET_WELL).withWeeklyHours(16.0).withCaseload(3);
    return List.of(
        RuleExample.fires("A get-well position at 40 hours a week, with a caseload of 15, on call",
            getWell.withId("hp-get-well-full").withWeeklyHours(40.0).withCaseload(15).withOnCall(true)),
        RuleExample.silent("A get-well position at 16 hours a week with three people", getWell),
        RuleExample.silent("A standard position at 40 hours with a caseload of 12, on call",
            Examples.studyPlan("hp-standard-full").withOnCall(true)));
  }
}
