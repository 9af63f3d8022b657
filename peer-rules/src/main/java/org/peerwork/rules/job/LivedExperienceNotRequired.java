package org.peerwork.rules.job;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.job.Qualifications;
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
 * A peer job that does not require lived experience of recovery: the qualification that defines the
 * role. Fires when the qualifications say it is not required (or only preferred), or when the job
 * description states no qualifications at all.
 */
public final class LivedExperienceNotRequired extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("LivedExperienceNotRequired")
      .title("Lived experience not required for a peer role")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("Peer support is delivered by people with lived experience of mental health or substance use recovery "
          + "who are trained to support others; sharing that experience is a core competency. A peer job that only prefers "
          + "lived experience, or does not ask for it, can be filled by someone who cannot do the peer work.")
      .suggestion("Require lived experience of recovery (mental health, substance use, or both) and the willingness to "
          + "share it, in the qualifications.")
      .addCitation(Citation.of(SourceCatalog.NAPS2013, "Peer support is delivered by people with lived experience"))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2015, "Category 3: shares lived experiences of recovery"))
      .addCitation(StudySections.study(StudySections.HIRING))
      .build();

  /** The rule; stateless. */
  public LivedExperienceNotRequired() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer()) {
      return;
    }
    Optional<Qualifications> q = jd.getQualifications();
    if (q.isPresent() && q.get().isLivedExperienceRequired()) {
      return;
    }
    Optional<FactMention> mention = PostingQuotes.find(jd, ctx, false, PostingFact.LIVED_EXPERIENCE)
        .or(() -> PostingQuotes.find(jd, ctx, true, PostingFact.LIVED_EXPERIENCE));
    String path = q.isPresent() ? "qualifications.livedExperienceRequired" : "qualifications";
    findings.accept(finding(ctx, jd, PostingQuotes.at(path, mention),
            Message.of(mention.isPresent()
                    ? "The {role} job mentions lived experience but does not require it"
                    : "The {role} job does not require lived experience of recovery",
                "role", JobRuleSupport.role(jd)))
        .evidence(PostingQuotes.evidence(mention, jd, "livedExperienceRequired", "false"))
        .build());
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("Lived experience only preferred",
            Examples.posting("jd-le-preferred", "Peer Support Specialist\n\nDuties:\n- Share your recovery story\n\n"
                + "Qualifications:\n- High school diploma or GED\n- Lived experience preferred but not required\n")),
        RuleExample.fires("No qualifications stated",
            Examples.sound("jd-le-none").withQualifications(Optional.empty())),
        RuleExample.silent("Lived experience required",
            Examples.posting("jd-le-required", "Peer Support Specialist\n\nDuties:\n- Share your recovery story\n\n"
                + "Requirements:\n- Must have lived experience of mental health or substance use recovery\n")));
  }
}
