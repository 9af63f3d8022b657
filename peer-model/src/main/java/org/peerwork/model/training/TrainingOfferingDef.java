package org.peerwork.model.training;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/** One training a plan offers: the topic, who attends, and whether it is tailored to peers. */
@Value.Immutable
@JsonSerialize(as = TrainingOffering.class)
@JsonDeserialize(as = TrainingOffering.class)
abstract class TrainingOfferingDef {

  /** The topic. */
  public abstract TrainingTopic getTopic();

  /** Who attends; defaults to the topic's own audiences. */
  @Value.Default
  public Set<TrainingAudience> getAudiences() {
    return getTopic().audiences();
  }

  /** True when the training is tailored to peer support specialists (the study asks this of self-care training). */
  @Value.Default
  public boolean isTailoredToPeers() {
    return false;
  }

  /** An offering of this topic to its usual audiences. */
  public static TrainingOffering of(TrainingTopic topic) {
    return TrainingOffering.builder().topic(topic).build();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(getTopic().label()).append(" for ");
    if (getAudiences().isEmpty()) {
      b.append("no one");
    } else {
      b.append(getAudiences().stream().map(a -> a.label().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")));
    }
    return isTailoredToPeers() ? b.append(" (tailored to peers)").toString() : b.toString();
  }
}
