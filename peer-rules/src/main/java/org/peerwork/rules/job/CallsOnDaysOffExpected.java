package org.peerwork.rules.job;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.job.ScheduleTerms;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Message;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.rules.text.FactMention;
import org.peerwork.rules.text.PostingFact;

/**
 * A job that expects calls on days off or the person to be always on call. The study's peers at a
 * peer-led substance use agency: "We all work from home. We all take calls on our days off." Checked
 * for every role: rest days matter to anyone, and the study saw it burn peers out.
 */
public final class CallsOnDaysOffExpected extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("CallsOnDaysOffExpected")
      .title("Calls expected on days off, or always on call")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_LIFE_BALANCE)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("The study's peers took calls on their days off and worked from home; their work on the opioid crisis left "
          + "them with vicarious trauma, and they named work-life balance and avoiding burnout as a challenge. Agencies "
          + "helped by letting peers go home for self-care, not by keeping them on call.")
      .suggestion("Define working hours and an on-call rota shared by the team, with time off that is really off; route "
          + "calls on days off to the crisis line or the on-call staff member.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .build();

  /** The rule; stateless. */
  public CallsOnDaysOffExpected() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (jd.getSchedule().isEmpty()) {
      return;
    }
    ScheduleTerms s = jd.getSchedule().get();
    if (s.isCallsOnDaysOff()) {
      Optional<FactMention> m = PostingQuotes.find(jd, ctx, true, PostingFact.CALLS_ON_DAYS_OFF);
      findings.accept(finding(ctx, jd, PostingQuotes.at("schedule.callsOnDaysOff", m),
              Message.of("The job expects calls on days off"))
          .evidence(PostingQuotes.evidence(m, jd, "callsOnDaysOff", "true"))
          .build());
    }
    if (s.isAlwaysOnCall()) {
      Optional<FactMention> m = PostingQuotes.find(jd, ctx, true, PostingFact.ALWAYS_ON_CALL);
      findings.accept(finding(ctx, jd, PostingQuotes.at("schedule.alwaysOnCall", m),
              Message.of("The job expects the {role} to be always on call", "role", JobRuleSupport.role(jd)))
          .evidence(PostingQuotes.evidence(m, jd, "alwaysOnCall", "true"))
          .build());
    }
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("Always on call and calls on days off",
            Examples.posting("jd-oncall", "Peer Specialist\n\nSchedule: Must be available 24/7 and take calls on your days off.\n")),
        RuleExample.silent("Days off are off",
            Examples.posting("jd-daysoff", "Peer Specialist\n\nSchedule: Monday to Friday, 9 to 5. You will never be expected to take calls on days off.\n")));
  }
}
