package org.peerwork.rules.supervision;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.supervision.SupervisionArrangement;
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

/** An arrangement in which peers cannot reach their supervisor regularly. */
public final class NoRegularSupervisorAccess extends BaseRule<SupervisionArrangement> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoRegularSupervisorAccess")
      .title("No regular access to the supervisor")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.SUPERVISION_ARRANGEMENT)
      .rationale("To cope with vicarious trauma in crisis work, the study's peers relied on having access to supervisors "
          + "regularly, alongside check-ins and debriefings. Peer codes of ethics say a peer never serves independently and "
          + "works only under supervision.")
      .suggestion("Give peers a regular way to reach their supervisor between sessions (set hours, an open door, a named "
          + "backup supervisor when the supervisor is away).")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(Citation.of(SourceCatalog.ICRC_PR, "Code of ethics: never serve independently; work only under supervision"))
      .build();

  /** The rule; stateless. */
  public NoRegularSupervisorAccess() {
    super(METADATA);
  }

  @Override
  public void check(SupervisionArrangement a, RuleContext ctx, Consumer<Finding> findings) {
    if (a.isRegularAccess()) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("regularAccess"),
            Message.of("Peers have no regular access to their {kind}", "kind", Text.lower(a.getSupervisorKind())))
        .evidence(Evidence.facts("regularAccess", "false", "supervisorKind", a.getSupervisorKind().name()))
        .build());
  }

  @Override
  public List<RuleExample<SupervisionArrangement>> examples() {
    SupervisionArrangement study = Examples.studyArrangement("sa-regular-access");
    return List.of(
        RuleExample.fires("A supervisor peers cannot reach between sessions", study.withId("sa-no-access").withRegularAccess(false)),
        RuleExample.silent("A supervisor peers can reach regularly", study));
  }
}
