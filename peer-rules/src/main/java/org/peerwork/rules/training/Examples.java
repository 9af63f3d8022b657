package org.peerwork.rules.training;

import java.util.EnumSet;
import org.peerwork.model.population.Population;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingOffering;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.training.TrainingTopic;

/** Builders of the training plans the training rules' examples use. */
final class Examples {

  private Examples() {}

  /** An offering of a topic to these audiences. */
  static TrainingOffering offering(TrainingTopic topic, TrainingAudience... audiences) {
    return TrainingOffering.builder().topic(topic).audiences(EnumSet.of(audiences[0], audiences)).build();
  }

  /** Self-care training tailored to peers. */
  static TrainingOffering tailoredSelfCare() {
    return TrainingOffering.builder().topic(TrainingTopic.SELF_CARE).tailoredToPeers(true).build();
  }

  /**
   * A plan that meets every training need the study names: self-care tailored to peers, every
   * population topic, cross-role training both ways and peer boundaries, for an agency whose staff
   * serve every population the study names.
   */
  static TrainingPlan studyPlan(String id) {
    TrainingPlan.Builder b = TrainingPlan.builder().id(id).populationsServed(EnumSet.allOf(Population.class));
    for (TrainingTopic t : TrainingTopic.values()) {
      b.addOffering(t == TrainingTopic.SELF_CARE ? tailoredSelfCare() : TrainingOffering.of(t));
    }
    return b.build();
  }

  /** The study plan without any offering of these topics. */
  static TrainingPlan without(TrainingPlan plan, String id, TrainingTopic... topics) {
    EnumSet<TrainingTopic> drop = EnumSet.noneOf(TrainingTopic.class);
    java.util.Collections.addAll(drop, topics);
    return plan.withId(id).withOfferings(plan.getOfferings().stream().filter(o -> !drop.contains(o.getTopic())).toList());
  }
}
