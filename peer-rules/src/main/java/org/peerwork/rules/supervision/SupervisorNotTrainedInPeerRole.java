package org.peerwork.rules.supervision;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisorKind;
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
 * A clinical supervisor of peers who has not taken training on working with peers. A peer
 * supervisor is not reported: they bring lived experience and peer work experience of their own.
 */
public final class SupervisorNotTrainedInPeerRole extends BaseRule<SupervisionArrangement> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("SupervisorNotTrainedInPeerRole")
      .title("Clinical supervisor not trained on working with peers")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.SUPERVISION_ARRANGEMENT)
      .rationale("Peers in the study's agency-led center said it is important that all clinical supervisors take training "
          + "on how to work with peers: clinicians were often not familiar with the peer role, expected work outside the job "
          + "description, and held peers to clinical boundaries. The Discussion recommends supervisory training for "
          + "clinicians. The N.A.P.S. supervisor guidelines exist because non-peer supervisors must manage a non-clinical "
          + "role whose ethics often differ from clinical ethics.")
      .suggestion("Have the clinical supervisor take training on working with peers and on the peer role (for example "
          + "built on the N.A.P.S. guidelines for peer specialists and supervisors) before, or soon after, taking on peer "
          + "supervisees; or assign an experienced peer supervisor.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .addCitation(Citation.of(SourceCatalog.NAPS_S, "Guidance for supervisors of the non-clinical peer role"))
      .build();

  /** The rule; stateless. */
  public SupervisorNotTrainedInPeerRole() {
    super(METADATA);
  }

  @Override
  public void check(SupervisionArrangement a, RuleContext ctx, Consumer<Finding> findings) {
    if (a.getSupervisorKind() != SupervisorKind.CLINICAL || a.isSupervisorPeerRoleTrained()) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("supervisorPeerRoleTrained"),
            Message.of("The clinical supervisor{of} has not taken training on working with peers",
                "of", a.getSupervisorId().map(id -> " (" + id + ")").orElse("")))
        .evidence(Evidence.facts("supervisorKind", a.getSupervisorKind().name(), "supervisorPeerRoleTrained", "false",
            "supervisees", String.valueOf(a.getSuperviseeIds().size())))
        .build());
  }

  @Override
  public List<RuleExample<SupervisionArrangement>> examples() {
    SupervisionArrangement study = Examples.studyArrangement("sa-trained-clinical");
    return List.of(
        RuleExample.fires("A clinical supervisor with no peer-role training",
            study.withId("sa-untrained-clinical").withSupervisorPeerRoleTrained(false)),
        RuleExample.silent("A clinical supervisor trained on working with peers", study),
        RuleExample.silent("A peer supervisor",
            study.withId("sa-peer").withSupervisorKind(SupervisorKind.PEER).withSupervisorPeerRoleTrained(false)));
  }
}
