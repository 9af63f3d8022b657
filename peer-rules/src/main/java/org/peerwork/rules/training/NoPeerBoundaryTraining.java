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
 * No training for peer staff on peer professional boundaries ({@link TrainingTopic#PEER_BOUNDARIES}
 * reaching peers). Its theme is work role and boundaries, where the study reports the gap.
 */
public final class NoPeerBoundaryTraining extends BaseRule<TrainingPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoPeerBoundaryTraining")
      .title("No peer-boundary training")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.TRAINING_PLAN)
      .rationale("The study's peers noted that they were not trained specifically to maintain clear boundaries with service "
          + "users: they were trained to be flexible to the person's need, yet said they would be reprimanded for crossing "
          + "clinical, not peer, professional boundaries. Peer boundaries differ from clinical ones (self-disclosure expected, "
          + "no romantic relationships, gifts or money of value, coercion), and ethical responsibility is 16 of the 46 "
          + "education hours of the IC&RC Peer Recovery credential.")
      .suggestion("Train peer staff (and their supervisors) on peer professional boundaries: what peer codes of ethics "
          + "prohibit, what they permit that clinical norms do not, and how to negotiate flexible boundaries with a person.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.ICRC_PR, "46 h education, 16 h of it ethical responsibility"))
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "Peer codes of ethics: prohibited conduct; self-disclosure expected"))
      .build();

  /** The rule; stateless. */
  public NoPeerBoundaryTraining() {
    super(METADATA);
  }

  @Override
  public void check(TrainingPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    if (Audiences.offered(plan, TrainingTopic.PEER_BOUNDARIES, TrainingAudience.PEER_STAFF)) {
      return;
    }
    boolean toOthers = Audiences.offeredToAnyone(plan, TrainingTopic.PEER_BOUNDARIES);
    findings.accept(finding(ctx, plan, Location.at("offerings"),
            Message.of(toOthers
                ? "Training on peer boundaries is offered, but not to peer staff"
                : "The plan offers peer staff no training on peer boundaries"))
        .evidence(Evidence.facts("topic", TrainingTopic.PEER_BOUNDARIES.name(), "offeredToOthers", String.valueOf(toOthers)))
        .build());
  }

  @Override
  public List<RuleExample<TrainingPlan>> examples() {
    TrainingPlan study = Examples.studyPlan("tp-peer-boundaries");
    return List.of(
        RuleExample.fires("No peer-boundary training", Examples.without(study, "tp-no-boundaries", TrainingTopic.PEER_BOUNDARIES)),
        RuleExample.fires("Peer-boundary training for supervisors only",
            Examples.without(study, "tp-boundaries-supervisors", TrainingTopic.PEER_BOUNDARIES)
                .withOfferings(List.of(Examples.offering(TrainingTopic.PEER_BOUNDARIES, TrainingAudience.SUPERVISORS)))),
        RuleExample.silent("Peer-boundary training for peers and supervisors", study));
  }
}
