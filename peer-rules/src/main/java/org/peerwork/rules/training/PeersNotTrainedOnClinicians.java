package org.peerwork.rules.training;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.training.TrainingTopic;
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
 * Peers who work alongside clinicians but get no training on working with clinicians and their
 * roles ({@link TrainingTopic#WORKING_WITH_CLINICIANS} reaching peer staff). Silent when the plan
 * says peers do not work with clinicians.
 */
public final class PeersNotTrainedOnClinicians extends BaseRule<TrainingPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("PeersNotTrainedOnClinicians")
      .title("Peers not trained on working with clinicians")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.TRAINING_NEEDS)
      .appliesTo(DocumentType.TRAINING_PLAN)
      .rationale("The study's peers wanted training on how to work with clinicians and their roles: peers \"need training "
          + "on how to work with clinicians\", as clinicians need training on how to work with a peer. The Discussion notes "
          + "that such training prepares peers to work with clinicians in integrated settings. Collaboration and teamwork "
          + "is one of SAMHSA's core competency categories for peer workers.")
      .suggestion("Offer peer staff training on working with clinicians: their roles, the team's ways of working, and where "
          + "the peer role differs.")
      .addCitation(StudySections.study(StudySections.TRAINING))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2015, "Category 10: supports collaboration and teamwork"))
      .build();

  /** The rule; stateless. */
  public PeersNotTrainedOnClinicians() {
    super(METADATA);
  }

  @Override
  public void check(TrainingPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    if (!plan.isPeersWorkWithClinicians() || Audiences.offered(plan, TrainingTopic.WORKING_WITH_CLINICIANS, TrainingAudience.PEER_STAFF)) {
      return;
    }
    boolean toOthers = Audiences.offeredToAnyone(plan, TrainingTopic.WORKING_WITH_CLINICIANS);
    findings.accept(finding(ctx, plan, Location.at("offerings"),
            Message.of(toOthers
                ? "Peers work alongside clinicians, but training on working with clinicians is not offered to peer staff"
                : "Peers work alongside clinicians, but the plan offers them no training on working with clinicians"))
        .evidence(Evidence.facts("topic", TrainingTopic.WORKING_WITH_CLINICIANS.name(), "offeredToOthers", String.valueOf(toOthers)))
        .build());
  }

  @Override
  public List<RuleExample<TrainingPlan>> examples() {
    TrainingPlan study = Examples.studyPlan("tp-peers-trained-on-clinicians");
    return List.of(
        RuleExample.fires("No training on working with clinicians",
            Examples.without(study, "tp-no-working-with-clinicians", TrainingTopic.WORKING_WITH_CLINICIANS)),
        RuleExample.silent("Peers trained on working with clinicians", study),
        RuleExample.silent("A peer-run agency where peers do not work with clinicians",
            Examples.without(study, "tp-peer-run", TrainingTopic.WORKING_WITH_CLINICIANS).withPeersWorkWithClinicians(false)));
  }
}
