package org.peerwork.rules.job;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.JobDescription;
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
import org.peerwork.rules.text.DutyLabel;

/**
 * A peer job none of whose duties is peer-core work (sharing lived experience, mutual support,
 * recovery planning support, advocacy, linkage, accompaniment, groups, skill building, outreach,
 * crisis support): the "junior clinician" job. Only judged when at least one duty was recognised.
 */
public final class NoPeerCoreDuty extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoPeerCoreDuty")
      .title("No peer-core duty: a junior clinician's job")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("The study's peers were often misunderstood to be junior clinicians or community health workers. A peer "
          + "job is defined by the SAMHSA peer core competencies: sharing lived experience, providing support, supporting "
          + "recovery planning, linking to resources, advocacy. A job description with none of them is not a peer job.")
      .suggestion("Describe the peer work the role is for: sharing lived experience, mutual support, advocacy, linkage "
          + "to resources and mutual-aid groups, recovery planning the person leads.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2015, "Core competencies for peer workers"))
      .build();

  /** The rule; stateless. */
  public NoPeerCoreDuty() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer()) {
      return;
    }
    int recognised = 0;
    int clinical = 0;
    for (DutyReading r : DutyReading.of(jd, ctx)) {
      if (r.excluded()) {
        continue;
      }
      if (!r.affirmed(c -> DutyLabel.of(c) == DutyLabel.PEER).isEmpty()) {
        return;
      }
      if (r.label().isPresent() && r.label().get() != DutyLabel.NEGATED_CLINICAL) {
        recognised++;
        if (r.label().get() == DutyLabel.CLINICAL) {
          clinical++;
        }
      }
    }
    if (recognised == 0) {
      return;
    }
    findings.accept(finding(ctx, jd, Location.at("duties"),
            Message.of("None of the {n} recognised duties is peer-core work; {clinical} of them are clinical: this reads as a junior clinician's job",
                "n", String.valueOf(recognised), "clinical", String.valueOf(clinical)))
        .evidence(Evidence.facts("recognisedDuties", String.valueOf(recognised), "clinicalDuties", String.valueOf(clinical)))
        .build());
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("Assessments, treatment plans and notes, and nothing peer",
            Examples.withDuties("jd-junior", "Complete intake assessments", "Write treatment plans", "Complete progress notes")),
        RuleExample.silent("One peer-core duty is enough",
            Examples.withDuties("jd-core", "Complete progress notes", "Share lived experience to inspire hope")));
  }
}
