package org.peerwork.rules.job;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.Role;
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
 * A duty of a peer job that is clinical work: assessment, diagnosis, therapy, treatment planning or
 * medication management. Read from the duty's coded activity, or from its words, where a duty that
 * says the role does NOT do it ("does not diagnose", a does-not-do list) raises nothing, while a
 * hedged one ("may be asked to complete risk assessments") still does.
 */
public final class ClinicalDutyInPeerRole extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ClinicalDutyInPeerRole")
      .title("Clinical duty in a peer role")
      .defaultSeverity(Severity.ERROR)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("Peer support is non-clinical: a peer does not diagnose, assess clinically, treat or manage medication. "
          + "The study's peers were asked to do an emergency room clinical assessment and were misunderstood to be junior "
          + "clinicians. A job description that lists clinical work for a peer sets the role up to drift and the person up to "
          + "be reprimanded. Duties the posting says the peer does not do raise nothing.")
      .suggestion("Give the clinical work to a clinician. Rewrite the duty as peer work: accompany the person to the "
          + "assessment, help them prepare for it, share lived experience, or link them to the clinician.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer does not diagnose, assess or treat"))
      .addCitation(Citation.of(SourceCatalog.NAPS2013, "Equally shared power: no diagnosing or medical services"))
      .build();

  /** The rule; stateless. */
  public ClinicalDutyInPeerRole() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer()) {
      return;
    }
    for (DutyReading r : DutyReading.of(jd, ctx)) {
      for (DutyReading.Signal s : r.affirmed(c -> c.group() == ActivityGroup.CLINICAL && JobRuleSupport.ruledOut(ctx, NormSet.PEER, c))) {
        findings.accept(finding(ctx, jd, s.location(),
                Message.of("\"{quote}\" is clinical work ({activity}) in a {role} job; peer norms: {verdict}",
                    "quote", s.evidence().getQuote().orElse(r.duty.getText()),
                    "activity", s.category().label().toLowerCase(Locale.ROOT),
                    "role", JobRuleSupport.role(jd),
                    "verdict", JobRuleSupport.verdict(ctx, NormSet.PEER, s.category())))
            .evidence(s.evidence())
            .verdicts(NormComparison.of(ctx.norms(), s.category()))
            .build());
      }
    }
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("A peer asked to complete intake assessments and write treatment plans",
            Examples.withDuties("jd-clinical", "Share your recovery story with members",
                "Complete intake assessments and write individualized treatment plans")),
        RuleExample.fires("A hedged clinical duty still counts: \"may be asked to\"",
            Examples.withDuties("jd-hedged", "Provide peer support", "May be asked to complete suicide risk assessments")),
        RuleExample.fires("A coded duty: psychotherapy",
            JobDescription.builder().from(Examples.sound("jd-coded"))
                .addDuty(Duty.of("Weekly sessions", Activity.of(ActivityCategory.PSYCHOTHERAPY))).build()),
        RuleExample.silent("Clinical work mentioned only to say the peer does not do it",
            Examples.withDuties("jd-negated", "Share lived experience to inspire hope",
                "Peer specialists do not diagnose, assess or provide therapy", "Refers people to licensed clinicians for assessment")),
        RuleExample.silent("The same duty in a clinician's job",
            JobDescription.builder().from(Examples.withDuties("jd-clinician", "Complete intake assessments"))
                .role(Role.CLINICIAN).build()));
  }
}
