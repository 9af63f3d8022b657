package org.peerwork.rules.job;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.supervision.SupervisionFrequency;
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

/**
 * A peer job that does not say who supervises the peer (a peer or a clinician), or says there is no
 * supervision. A parsed posting that mentions supervision without naming a peer or clinical
 * supervisor counts as not stating it.
 */
public final class SupervisionNotStated extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("SupervisionNotStated")
      .title("Supervision not stated")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("The study's peers need supervisory support once hired, from a peer or a clinical supervisor with the "
          + "study's traits. Peer credentials require supervised practice, and the IC&RC code has peers never serve "
          + "independently. A posting that does not say who supervises leaves the peer to find out on the job.")
      .suggestion("State who supervises the peer (ideally a peer supervisor, or a clinician trained in the peer role) and "
          + "how often: weekly is the IC&RC standard.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(Citation.of(SourceCatalog.ICRC_PR, "Code of ethics: never serve independently; supervision at least weekly"))
      .addCitation(Citation.of(SourceCatalog.CMS_SMDL_07_011, "Supervision of peer support providers"))
      .build();

  /** The rule; stateless. */
  public SupervisionNotStated() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer()) {
      return;
    }
    if (jd.getSupervision().isEmpty()) {
      findings.accept(finding(ctx, jd, Location.at("supervision"),
              Message.of("The {role} job does not say who supervises the peer, or how often", "role", JobRuleSupport.role(jd)))
          .evidence(Evidence.facts("supervision", "not stated"))
          .build());
      return;
    }
    Optional<SupervisionFrequency> f = jd.getSupervision().get().getFrequency();
    if (f.isPresent() && f.get() == SupervisionFrequency.NONE) {
      findings.accept(finding(ctx, jd, Location.at("supervision.frequency"),
              Message.of("The {role} job offers no supervision", "role", JobRuleSupport.role(jd)))
          .evidence(Evidence.facts("frequency", f.get().name()))
          .build());
    }
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("No supervision in the job description",
            Examples.sound("jd-nosup").withSupervision(Optional.empty())),
        RuleExample.silent("Weekly supervision by a peer supervisor",
            Examples.sound("jd-sup")));
  }
}
