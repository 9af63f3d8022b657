package org.peerwork.rules.training;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.population.Population;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingOffering;
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
 * A population the agency's staff serve with no training that prepares peer staff for it: no
 * offering reaching peers whose topic lists the population ({@link TrainingTopic#populations()}),
 * for example people affected by the opioid crisis without vicarious-trauma training. One finding
 * per population, naming the topics that would prepare for it.
 */
public final class PopulationTrainingGap extends BaseRule<TrainingPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("PopulationTrainingGap")
      .title("Population served without training for it")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.TRAINING_NEEDS)
      .appliesTo(DocumentType.TRAINING_PLAN)
      .rationale("Beyond self-care, the study's peers asked for training on coping with vicarious trauma (their opioid "
          + "crisis work had left staff with it), updates on sex trafficking in their community, working with the "
          + "chronically homeless population, resources and strategies for working with perpetrators, and trauma-informed "
          + "care. A plan for an agency that serves these populations should prepare its peers for them. Which topic "
          + "prepares for which population is set by the training topic vocabulary.")
      .suggestion("Offer peer staff the training that prepares them for each population they serve.")
      .addCitation(StudySections.study(StudySections.TRAINING))
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .build();

  /** The rule; stateless. */
  public PopulationTrainingGap() {
    super(METADATA);
  }

  @Override
  public void check(TrainingPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    Set<Population> served = EnumSet.noneOf(Population.class);
    served.addAll(plan.getPopulationsServed());
    for (Population p : served) {
      boolean prepared = false;
      boolean offeredToOthers = false;
      for (TrainingOffering o : plan.getOfferings()) {
        if (o.getTopic().populations().contains(p)) {
          if (Audiences.reaches(o, TrainingAudience.PEER_STAFF)) {
            prepared = true;
          } else {
            offeredToOthers = true;
          }
        }
      }
      if (prepared) {
        continue;
      }
      Set<TrainingTopic> topics = EnumSet.noneOf(TrainingTopic.class);
      for (TrainingTopic t : TrainingTopic.values()) {
        if (t.populations().contains(p)) {
          topics.add(t);
        }
      }
      String topicLabels = topics.isEmpty() ? "none in the vocabulary" : Text.labels(topics);
      findings.accept(finding(ctx, plan, Location.at("populationsServed"),
              Message.of(offeredToOthers
                      ? "Staff serve {population}, but the training that prepares for it ({topics}) is not offered to peer staff"
                      : "Staff serve {population}, and the plan offers no training that prepares for it ({topics})",
                  "population", Text.lower(p), "topics", topicLabels))
          .evidence(Evidence.facts("population", p.name(), "topics", Text.names(topics), "offeredToOthers", String.valueOf(offeredToOthers)))
          .suggestion(topics.isEmpty()
              ? "Offer peer staff training that prepares them to serve " + Text.lower(p) + "."
              : "Offer peer staff training on " + topicLabels + ".")
          .build());
    }
  }

  @Override
  public List<RuleExample<TrainingPlan>> examples() {
    TrainingPlan study = Examples.studyPlan("tp-populations-covered");
    return List.of(
        RuleExample.fires("Opioid crisis work with no vicarious-trauma training",
            Examples.without(study, "tp-opioid-no-vicarious-trauma", TrainingTopic.VICARIOUS_TRAUMA)),
        RuleExample.fires("Trafficking survivors served; the training is offered to clinical staff only",
            Examples.without(study, "tp-trafficking-clinical-only", TrainingTopic.SEX_TRAFFICKING)
                .withPopulationsServed(Population.TRAFFICKING_SURVIVOR)
                .withOfferings(List.of(Examples.offering(TrainingTopic.SEX_TRAFFICKING, TrainingAudience.CLINICAL_STAFF)))),
        RuleExample.silent("Every population served has its training", study),
        RuleExample.silent("No vicarious-trauma training, but no opioid crisis work either",
            Examples.without(study, "tp-no-opioid", TrainingTopic.VICARIOUS_TRAUMA)
                .withPopulationsServed(Population.CHRONICALLY_HOMELESS, Population.TRAUMA_HISTORY)));
  }
}
