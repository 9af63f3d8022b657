package org.peerwork.rules.job;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
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
 * A duty outside any professional role: personal errands and household chores, such as feeding a
 * service user's cat (the study's example) or cleaning a person's home. Checked for every role, since
 * no norm set makes these anyone's work.
 */
public final class DutyOutsideAnyRole extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("DutyOutsideAnyRole")
      .title("Duty outside any professional role")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("Errands and chores are out of scope under every norm set. The study's peers were asked by clinicians to "
          + "feed a service user's cat. A peer teaches how to do daily tasks rather than doing them for the person.")
      .suggestion("Remove the chore. If the person needs help with it, the peer can teach the skill or link them to a "
          + "service that provides it.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer teaches how to do daily tasks rather than doing them"))
      .build();

  /** The rule; stateless. */
  public DutyOutsideAnyRole() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    for (DutyReading r : DutyReading.of(jd, ctx)) {
      for (DutyReading.Signal s : r.affirmed(c -> c.group() == ActivityGroup.OUTSIDE_ROLE
          && JobRuleSupport.ruledOut(ctx, jd.getRole().normSet(), c))) {
        findings.accept(finding(ctx, jd, s.location(),
                Message.of("\"{quote}\" is a {activity}, outside any professional role",
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
        RuleExample.fires("Feeding a service user's cat (the study's example)",
            Examples.withDuties("jd-cat", "Provide peer support", "Feed a service user's cat while they are in hospital")),
        RuleExample.fires("Cleaning members' apartments",
            Examples.withDuties("jd-clean", "Clean members' apartments before housing inspections")),
        RuleExample.silent("Teaching the skill instead",
            Examples.withDuties("jd-teach", "Teach members how to keep their apartment clean and do their own laundry")));
  }
}
