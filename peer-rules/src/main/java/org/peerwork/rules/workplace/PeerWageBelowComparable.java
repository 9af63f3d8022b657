package org.peerwork.rules.workplace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
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
import org.peerwork.rules.policy.Threshold;

/**
 * A peer hourly wage below {@link Threshold#MIN_WAGE_RATIO} of the comparable roles' hourly wage.
 * Silent when either wage is not stated or the comparable wage is zero.
 */
public final class PeerWageBelowComparable extends BaseRule<WorkplacePolicy> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("PeerWageBelowComparable")
      .title("Peer wage below comparable roles")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.CHALLENGES)
      .appliesTo(DocumentType.WORKPLACE_POLICY)
      .rationale("Low salary was one of the challenges the study's peers reported: a lower hourly salary than other "
          + "positions, with high job demands and an ongoing shortage of peers. Low compensation is a known cause of "
          + "dissatisfaction and turnover, and CMS encourages rates that support a living wage for peer support providers. "
          + "The default minimum, 90% of comparable roles, is peerwork's own choice; an agency sets its own by policy.")
      .suggestion("Raise peer pay to at least the policy's share of comparable roles' pay, and review it with the peer "
          + "workforce.")
      .addCitation(StudySections.study(StudySections.LOW_SALARY))
      .addCitation(Citation.of(SourceCatalog.CMS_FAQ_2024, "Rates that support a living wage"))
      .addCitation(Threshold.MIN_WAGE_RATIO.citation())
      .build();

  /** The rule; stateless. */
  public PeerWageBelowComparable() {
    super(METADATA);
  }

  @Override
  public void check(WorkplacePolicy p, RuleContext ctx, Consumer<Finding> findings) {
    if (p.getPeerHourlyWage().isEmpty() || p.getComparableRoleHourlyWage().isEmpty()) {
      return;
    }
    BigDecimal peer = p.getPeerHourlyWage().get();
    BigDecimal comparable = p.getComparableRoleHourlyWage().get();
    if (comparable.signum() <= 0) {
      return;
    }
    double min = ctx.threshold(Threshold.MIN_WAGE_RATIO);
    BigDecimal ratio = peer.divide(comparable, MathContext.DECIMAL64);
    if (ratio.compareTo(BigDecimal.valueOf(min)) >= 0) {
      return;
    }
    String pct = percent(ratio);
    String minPct = percent(BigDecimal.valueOf(min));
    findings.accept(finding(ctx, p, Location.at("peerHourlyWage"),
            Message.of("Peers earn {peer} an hour, {pct}% of the {comparable} comparable roles earn; the policy's minimum is {min}%",
                "peer", peer.toString(), "pct", pct, "comparable", comparable.toString(), "min", minPct))
        .evidence(Evidence.facts("peerHourlyWage", peer.toString(), "comparableRoleHourlyWage", comparable.toString(),
            "ratio", ratio.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString(), "minimumRatio", Text.num(min)))
        .build());
  }

  /** A ratio between 0 and the threshold's maximum as a percentage with at most one decimal. */
  private static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  @Override
  public List<RuleExample<WorkplacePolicy>> examples() {
    WorkplacePolicy study = Examples.studyPolicy("wp-fair-pay");
    return List.of(
        RuleExample.fires("Peers at $15.00 an hour where comparable roles earn $20.00",
            study.withId("wp-low-pay").withPeerHourlyWage(new BigDecimal("15.00"))),
        RuleExample.silent("Peers at $19.50 where comparable roles earn $20.00 (97.5%)", study),
        RuleExample.silent("No comparable wage stated",
            study.withId("wp-no-comparable").withPeerHourlyWage(new BigDecimal("15.00")).withComparableRoleHourlyWage(java.util.Optional.empty())));
  }
}
