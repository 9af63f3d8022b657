package org.peerwork.rules.job;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.peerwork.rules.text.PostingParser;

/**
 * A peer job whose only readiness criterion is a minimum time in recovery. The study's peers agreed
 * that recovery time alone is not the most important measure: "quality is more important than
 * quantity".
 */
public final class RecoveryTimeOnlyCriterion extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("RecoveryTimeOnlyCriterion")
      .title("Minimum recovery time as the only readiness criterion")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("Recovery time alone is not the most important measure of recovery: \"quality is more important than "
          + "quantity\". The study's peers want to know that a new peer is far enough along in their recovery, has the "
          + "personal resources to support someone else, is comfortable working with people in recovery, and knows what "
          + "the job expects.")
      .suggestion("Keep or drop the time requirement, but add the readiness areas: stability in one's own recovery, "
          + "personal resources and supports, comfort working with people in recovery, an active recovery practice, "
          + "realistic expectations of the role.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .build();

  /** The rule; stateless. */
  public RecoveryTimeOnlyCriterion() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer() || jd.getQualifications().isEmpty()) {
      return;
    }
    Qualifications q = jd.getQualifications().get();
    if (q.getMinimumRecoveryMonths().isEmpty() || !q.getReadinessCriteria().isEmpty()) {
      return;
    }
    int months = q.getMinimumRecoveryMonths().get();
    Optional<FactMention> mention = PostingQuotes.find(jd, ctx, true, m -> m.getFact() == PostingFact.RECOVERY_TIME
        && PostingParser.recoveryMonths(m.getStatement().quote(jd.getSourceText().orElse(""))).isPresent());
    findings.accept(finding(ctx, jd, PostingQuotes.at("qualifications.minimumRecoveryMonths", mention),
            Message.of("A minimum of {months} months in recovery is the only readiness criterion; quality is more important than quantity",
                "months", String.valueOf(months)))
        .evidence(PostingQuotes.evidence(mention, jd, "minimumRecoveryMonths", String.valueOf(months)))
        .build());
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("Two years of sobriety and nothing else",
            Examples.posting("jd-time", "Recovery Coach\n\nDuties:\n- Provide recovery coaching\n\nRequirements:\n"
                + "- Must have lived experience of recovery\n- Minimum of two years of continuous sobriety\n")),
        RuleExample.silent("Recovery time with readiness areas",
            Examples.sound("jd-readiness")));
  }
}
