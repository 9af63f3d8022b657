package org.peerwork.rules.job;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.Role;
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

/** A peer wage below a comparable role's by more than the policy's {@link Threshold#MIN_WAGE_RATIO}. */
public final class WageBelowComparableRoles extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("WageBelowComparableRoles")
      .title("Wage below comparable roles")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.CHALLENGES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("The study's peers reported a lower hourly salary than other positions despite a shortage of peers and "
          + "high job demands; low compensation drives dissatisfaction and turnover. The acceptable ratio is a policy "
          + "threshold; its default (90%) is a peerwork choice.")
      .suggestion("Pay peers on a par with comparable non-clinical roles such as case managers and community health "
          + "workers, at or above the policy ratio.")
      .addCitation(StudySections.study(StudySections.LOW_SALARY))
      .addCitation(Threshold.MIN_WAGE_RATIO.citation())
      .build();

  /** The rule; stateless. */
  public WageBelowComparableRoles() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer() || jd.getCompensation().isEmpty()) {
      return;
    }
    Compensation c = jd.getCompensation().get();
    if (c.getComparableRoleWage().isEmpty() || c.getComparableRoleWage().get().signum() <= 0) {
      return;
    }
    BigDecimal wage = c.getHourlyWage();
    BigDecimal other = c.getComparableRoleWage().get();
    double ratio = wage.divide(other, 4, RoundingMode.HALF_UP).doubleValue();
    double min = ctx.threshold(Threshold.MIN_WAGE_RATIO);
    if (ratio >= min) {
      return;
    }
    String role = c.getComparableRole().map(Role::label).map(s -> s.toLowerCase(Locale.ROOT)).orElse("a comparable role");
    String pct = Math.round(ratio * 100) + "%";
    findings.accept(finding(ctx, jd, Location.at("compensation.hourlyWage"),
            Message.of("The hourly wage {wage} is {pct} of {role}'s {other}, below the {min} threshold",
                "wage", wage.toPlainString(), "pct", pct, "role", role, "other", other.toPlainString(),
                "min", Math.round(min * 100) + "%"))
        .evidence(Evidence.facts("hourlyWage", wage.toPlainString(), "comparableRoleWage", other.toPlainString(),
            "ratio", String.format(Locale.ROOT, "%.2f", ratio), "threshold", JobRuleSupport.number(min)))
        .build());
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("$15 an hour against case managers' $21",
            Examples.sound("jd-wage").withCompensation(Compensation.builder().hourlyWage(new BigDecimal("15.00"))
                .comparableRoleWage(new BigDecimal("21.00")).comparableRole(Role.CASE_MANAGER).build())),
        RuleExample.silent("$21 against $22",
            Examples.sound("jd-fair")));
  }
}
