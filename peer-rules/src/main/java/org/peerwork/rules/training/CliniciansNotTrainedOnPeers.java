package org.peerwork.rules.training;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
 * Clinicians or supervisors who work with peers but get no training on working with peers
 * ({@link TrainingTopic#WORKING_WITH_PEERS} reaching clinical staff and supervisors; an all-staff
 * offering reaches both). Silent when the plan says clinical staff do not work with peers. The
 * finding lists the audiences left out.
 */
public final class CliniciansNotTrainedOnPeers extends BaseRule<TrainingPlan> {

  private static final Set<TrainingAudience> AUDIENCES = EnumSet.of(TrainingAudience.CLINICAL_STAFF, TrainingAudience.SUPERVISORS);

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("CliniciansNotTrainedOnPeers")
      .title("Clinicians and supervisors not trained on working with peers")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.TRAINING_NEEDS)
      .appliesTo(DocumentType.TRAINING_PLAN)
      .rationale("The study's peers worked with clinicians who were often not familiar with the peer role, expected work "
          + "outside the job description, and took peers for junior clinicians. They asked that all clinical supervisors "
          + "take training on how to work with peers, that agencies train providers on the peer role, and that every "
          + "clinical position have such training as part of the agency-wide orientation: \"clinicians need training on "
          + "how to work with a peer\". The Discussion recommends supervisory and leadership training for clinicians.")
      .suggestion("Add training on working with peers and the peer role to the orientation of every clinical position and "
          + "for every supervisor of peers.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(StudySections.study(StudySections.TRAINING))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .build();

  /** The rule; stateless. */
  public CliniciansNotTrainedOnPeers() {
    super(METADATA);
  }

  @Override
  public void check(TrainingPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    if (!plan.isClinicalStaffWorkWithPeers()) {
      return;
    }
    Set<TrainingAudience> missing = EnumSet.noneOf(TrainingAudience.class);
    for (TrainingAudience a : AUDIENCES) {
      if (!Audiences.offered(plan, TrainingTopic.WORKING_WITH_PEERS, a)) {
        missing.add(a);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    findings.accept(finding(ctx, plan, Location.at("offerings"),
            missing.size() == AUDIENCES.size()
                ? Message.of("Clinical staff work with peers, but the plan offers neither clinical staff nor supervisors training on working with peers")
                : Message.of("Clinical staff work with peers, but the plan offers {audience} no training on working with peers",
                    "audience", Text.labels(missing)))
        .evidence(Evidence.facts("topic", TrainingTopic.WORKING_WITH_PEERS.name(), "missingAudiences", Text.names(missing)))
        .build());
  }

  @Override
  public List<RuleExample<TrainingPlan>> examples() {
    TrainingPlan study = Examples.studyPlan("tp-clinicians-trained");
    return List.of(
        RuleExample.fires("No training on working with peers for anyone",
            Examples.without(study, "tp-no-working-with-peers", TrainingTopic.WORKING_WITH_PEERS)),
        RuleExample.fires("Training on working with peers for supervisors only",
            Examples.without(study, "tp-supervisors-only", TrainingTopic.WORKING_WITH_PEERS)
                .withOfferings(List.of(Examples.offering(TrainingTopic.WORKING_WITH_PEERS, TrainingAudience.SUPERVISORS)))),
        RuleExample.silent("Training on working with peers for clinical staff and supervisors", study),
        RuleExample.silent("An agency-wide orientation on working with peers",
            Examples.without(study, "tp-all-staff-orientation", TrainingTopic.WORKING_WITH_PEERS)
                .withOfferings(List.of(Examples.offering(TrainingTopic.WORKING_WITH_PEERS, TrainingAudience.ALL_STAFF)))),
        RuleExample.silent("A peer-run agency where no clinicians work with the peers",
            Examples.without(study, "tp-no-clinicians", TrainingTopic.WORKING_WITH_PEERS).withClinicalStaffWorkWithPeers(false)));
  }
}
