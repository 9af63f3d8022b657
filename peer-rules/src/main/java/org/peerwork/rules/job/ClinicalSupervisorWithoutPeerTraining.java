package org.peerwork.rules.job;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.job.SupervisionTerms;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Message;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.rules.text.PostingFact;
import org.peerwork.rules.text.SectionKind;

/** A peer supervised by a clinician whom the job description does not say is trained in the peer role. */
public final class ClinicalSupervisorWithoutPeerTraining extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ClinicalSupervisorWithoutPeerTraining")
      .title("Clinical supervisor without peer-role training")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("The study's agency-led participants said it is important that all clinical supervisors take training on "
          + "how to work with peers: clinicians often did not know the peer role and expected work outside it. The "
          + "N.A.P.S. guidelines for supervisors exist because non-peer supervisors need that guidance.")
      .suggestion("Have the clinical supervisor complete training on the peer role and peer supervision (for example on the "
          + "National Practice Guidelines for Peer Specialists and Supervisors), and say so; or add a peer supervisor.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.NAPS_S, "Guidelines for supervisors of peer specialists"))
      .build();

  /** The rule; stateless. */
  public ClinicalSupervisorWithoutPeerTraining() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer() || jd.getSupervision().isEmpty()) {
      return;
    }
    SupervisionTerms s = jd.getSupervision().get();
    if (s.getSupervisorKind() != SupervisorKind.CLINICAL || s.getSupervisorPeerRoleTrained().orElse(false)) {
      return;
    }
    var mention = PostingQuotes.find(jd, ctx, true, m -> m.getFact() == PostingFact.SUPERVISOR_CLINICAL && m.getSection() == SectionKind.SUPERVISION)
        .or(() -> PostingQuotes.find(jd, ctx, true, PostingFact.SUPERVISOR_CLINICAL));
    String trained = s.getSupervisorPeerRoleTrained().map(String::valueOf).orElse("not stated");
    findings.accept(finding(ctx, jd, PostingQuotes.at("supervision.supervisorPeerRoleTrained", mention),
            Message.of("The {role} is supervised by a clinician, with peer-role training {trained}",
                "role", JobRuleSupport.role(jd), "trained", trained.equals("false") ? "absent" : "not stated"))
        .evidence(mention.isPresent()
            ? PostingQuotes.evidence(mention, jd, "supervisorKind", "CLINICAL", "supervisorPeerRoleTrained", trained)
            : Evidence.facts("supervisorKind", "CLINICAL", "supervisorPeerRoleTrained", trained))
        .build());
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("Supervised weekly by a licensed clinician",
            Examples.sound("jd-clinsup").withSupervision(SupervisionTerms.builder().supervisorKind(SupervisorKind.CLINICAL).build())),
        RuleExample.silent("A clinical supervisor trained in the peer role",
            Examples.sound("jd-trained").withSupervision(SupervisionTerms.builder().supervisorKind(SupervisorKind.CLINICAL)
                .supervisorPeerRoleTrained(true).build())),
        RuleExample.silent("A peer supervisor",
            Examples.sound("jd-peersup")));
  }
}
