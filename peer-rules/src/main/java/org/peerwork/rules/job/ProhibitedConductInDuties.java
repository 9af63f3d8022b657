package org.peerwork.rules.job;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
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
 * A duty that is conduct every code of ethics prohibits: financial dealings with the people served,
 * romantic or sexual relationships, using substances with them, coercion. Checked for every role. A
 * duty that forbids it ("never lend money to participants") raises nothing.
 */
public final class ProhibitedConductInDuties extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ProhibitedConductInDuties")
      .title("Prohibited conduct in the duties")
      .defaultSeverity(Severity.ERROR)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("State peer codes of ethics and the IC&RC code prohibit sexual or romantic relationships with people "
          + "served, gifts or money of significant value and business dealings, substance use with them, and coercion, "
          + "threats or unwarranted promises. Clinical norms prohibit them too. A job description must never ask for them.")
      .suggestion("Remove the duty. If it was meant as a prohibition, say so plainly (\"never lend money to participants\").")
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "Prohibited: sexual or romantic relationships, gifts or money of value, coercion"))
      .addCitation(Citation.of(SourceCatalog.ICRC_PR, "Peer Recovery Code of Ethics"))
      .addCitation(Citation.of(SourceCatalog.NAADAC_NCPRSS, "Code of ethics"))
      .build();

  /** The rule; stateless. */
  public ProhibitedConductInDuties() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    NormSet set = jd.getRole().normSet();
    for (DutyReading r : DutyReading.of(jd, ctx)) {
      for (DutyReading.Signal s : r.affirmed(c -> c.group() == ActivityGroup.PROHIBITED_CONDUCT
          && ctx.norms().verdict(set, c) == Verdict.PROHIBITED)) {
        findings.accept(finding(ctx, jd, s.location(),
                Message.of("\"{quote}\" is {activity}, prohibited by peer and clinical codes of ethics",
                    "quote", s.evidence().getQuote().orElse(r.duty.getText()),
                    "activity", s.category().label().toLowerCase(Locale.ROOT)))
            .evidence(s.evidence())
            .verdicts(NormComparison.of(ctx.norms(), s.category()))
            .build());
      }
    }
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("Lending money to participants",
            Examples.withDuties("jd-loan", "Lend small amounts of money to participants for bus fare")),
        RuleExample.fires("Drinks with members",
            Examples.withDuties("jd-drinks", "Go out for drinks with members after group")),
        RuleExample.silent("The same conduct, forbidden",
            Examples.withDuties("jd-ethics", "Never lend money to participants or accept gifts of value",
                "Peers do not date the people they serve")));
  }
}
