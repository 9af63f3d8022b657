package org.peerwork.rules.training;

import java.util.List;
import java.util.Optional;
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
 * No self-care training for peers (WARNING), or self-care training that reaches peers but is not
 * tailored to them (INFO).
 *
 * <p>The two cases differ in weight, so this rule reports the second at INFO whatever its default
 * severity. A policy that overrides the rule's severity sets both cases to the override.
 */
public final class NoSelfCareTraining extends BaseRule<TrainingPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoSelfCareTraining")
      .title("No self-care training for peers")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.TRAINING_NEEDS)
      .appliesTo(DocumentType.TRAINING_PLAN)
      .rationale("All of the study's peers named self-care training as their top training need. The Discussion adds that "
          + "self-care training, while offered frequently, needs to be formally tailored to peer support specialists and "
          + "to include a structure of support built into peer training, because burnout and vicarious trauma are common. "
          + "No self-care training for peers is a WARNING; training offered but not tailored to peers is an INFO: "
          + "peerwork's choice of weights.")
      .suggestion("Offer self-care training to peer staff, tailored to peer support specialists, with a structure of "
          + "support (check-ins, follow-up) built in.")
      .addCitation(StudySections.study(StudySections.TRAINING))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "INFO when self-care training is offered but not tailored to peers"))
      .build();

  /** The rule; stateless. */
  public NoSelfCareTraining() {
    super(METADATA);
  }

  @Override
  public void check(TrainingPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    if (Audiences.first(plan, o -> o.getTopic() == TrainingTopic.SELF_CARE && Audiences.reaches(o, TrainingAudience.PEER_STAFF) && o.isTailoredToPeers()).isPresent()) {
      return;
    }
    Optional<Integer> untailored = Audiences.first(plan, o -> o.getTopic() == TrainingTopic.SELF_CARE && Audiences.reaches(o, TrainingAudience.PEER_STAFF));
    if (untailored.isPresent()) {
      int i = untailored.get();
      Severity severity = ctx.policy().getSeverityOverrides().containsKey(METADATA.getId()) ? ctx.severityOf(METADATA) : Severity.INFO;
      findings.accept(finding(ctx, plan, Location.at("offerings[" + i + "].tailoredToPeers"),
              Message.of("Self-care training reaches peer staff but is not tailored to peer support specialists"))
          .severity(severity)
          .evidence(Evidence.facts("topic", TrainingTopic.SELF_CARE.name(), "tailoredToPeers", "false"))
          .suggestion("Tailor the self-care training to peer support specialists and build a structure of support into it.")
          .build());
      return;
    }
    boolean toOthers = Audiences.offeredToAnyone(plan, TrainingTopic.SELF_CARE);
    findings.accept(finding(ctx, plan, Location.at("offerings"),
            Message.of(toOthers
                ? "Self-care training, the study's top training need, is offered but not to peer staff"
                : "The plan offers no self-care training, the study's top training need"))
        .evidence(Evidence.facts("topic", TrainingTopic.SELF_CARE.name(), "offeredToOthers", String.valueOf(toOthers)))
        .build());
  }

  @Override
  public List<RuleExample<TrainingPlan>> examples() {
    TrainingPlan study = Examples.studyPlan("tp-self-care-tailored");
    return List.of(
        RuleExample.fires("No self-care training at all", Examples.without(study, "tp-no-self-care", TrainingTopic.SELF_CARE)),
        RuleExample.fires("Self-care training offered, but not tailored to peers (INFO)",
            Examples.without(study, "tp-self-care-generic", TrainingTopic.SELF_CARE)
                .withOfferings(List.of(Examples.offering(TrainingTopic.SELF_CARE, TrainingAudience.ALL_STAFF)))),
        RuleExample.silent("Self-care training tailored to peers", study));
  }
}
