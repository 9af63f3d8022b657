package org.peerwork.rules.job;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Message;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;

/**
 * A peer duty that gives the peer power over the person: enforcing rules or plans, drug testing,
 * monitoring compliance, reporting to probation.
 */
public final class PowerOverPersonDuty extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("PowerOverPersonDuty")
      .title("Duty gives the peer power over the person")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("Peer support rests on equally shared power and voluntary participation. A peer does not mandate tasks "
          + "or behaviours, enforce plans, test for drugs or monitor compliance: doing so turns the mutual relationship "
          + "into surveillance.")
      .suggestion("Give enforcement and testing to other staff. The peer can support the person to meet the "
          + "requirements they face and advocate for them.")
      .addCitation(Citation.of(SourceCatalog.NAPS2013, "Equally shared power: no power over the person"))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer does not mandate tasks and behaviours"))
      .build();

  /** The rule; stateless. */
  public PowerOverPersonDuty() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer()) {
      return;
    }
    for (DutyReading r : DutyReading.of(jd, ctx)) {
      for (DutyReading.Signal s : r.affirmed(c -> c.group() == ActivityGroup.POWER_OVER && JobRuleSupport.ruledOut(ctx, NormSet.PEER, c))) {
        findings.accept(finding(ctx, jd, s.location(),
                Message.of("\"{quote}\" gives a {role} power over the person (compliance enforcement)",
                    "quote", s.evidence().getQuote().orElse(r.duty.getText()), "role", JobRuleSupport.role(jd)))
            .evidence(s.evidence())
            .verdicts(NormComparison.of(ctx.norms(), s.category()))
            .build());
      }
    }
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("Collecting urine drug screens and enforcing house rules",
            Examples.withDuties("jd-ua", "Collect urine drug screens from residents", "Enforce house rules and curfew")),
        RuleExample.silent("Supporting the person instead",
            Examples.withDuties("jd-support", "Support residents to meet the requirements of their court order",
                "The position does not involve drug testing or enforcing program rules")));
  }
}
