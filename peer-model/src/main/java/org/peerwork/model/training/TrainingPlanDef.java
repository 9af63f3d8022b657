package org.peerwork.model.training;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.population.Population;

/**
 * An agency's training plan: what it offers, to whom, against the populations its staff serve and
 * whether it employs clinicians who work with peers.
 */
@Value.Immutable
@JsonSerialize(as = TrainingPlan.class)
@JsonDeserialize(as = TrainingPlan.class)
abstract class TrainingPlanDef implements PeerDocument {

  /** The plan's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** The trainings offered. */
  public abstract List<@Valid TrainingOffering> getOfferings();

  /** Populations the agency's staff serve. */
  public abstract Set<Population> getPopulationsServed();

  /** True when clinicians or clinical supervisors work with the agency's peers. */
  @Value.Default
  public boolean isClinicalStaffWorkWithPeers() {
    return true;
  }

  /** True when peers work alongside clinicians. */
  @Value.Default
  public boolean isPeersWorkWithClinicians() {
    return true;
  }

  @Override
  public String toString() {
    return "TrainingPlan{" + getId() + ", " + getOfferings().size() + (getOfferings().size() == 1 ? " offering" : " offerings")
        + (getOfferings().isEmpty() ? "" : ": " + getOfferings().stream().map(o -> o.getTopic().label()).distinct().collect(java.util.stream.Collectors.joining(", "))) + "}";
  }
}
