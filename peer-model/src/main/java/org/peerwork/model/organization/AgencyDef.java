package org.peerwork.model.organization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;

/**
 * An agency: its type and governance, whether it offers integrated care, and its teams (members by
 * staff id).
 */
@Value.Immutable
@JsonSerialize(as = Agency.class)
@JsonDeserialize(as = Agency.class)
abstract class AgencyDef implements PeerDocument {

  /** The agency's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** A display name. */
  public abstract Optional<@Size(max = 500) String> getName();

  /** One of the study's three agency types. */
  public abstract AgencyType getType();

  /** Who runs it; defaults to the type's governance. */
  @Value.Default
  public Governance getGovernance() {
    return getType().governance();
  }

  /** True when it offers integrated mental health and substance use services (all three in the study did). */
  @Value.Default
  public boolean isIntegratedCare() {
    return true;
  }

  /** Its teams. */
  public abstract List<@Valid Team> getTeams();

  @Override
  public String toString() {
    return "Agency{" + getId() + ", " + getType().label() + (getGovernance() != getType().governance() ? " (" + getGovernance().label() + ")" : "")
        + ", " + getTeams().size() + (getTeams().size() == 1 ? " team}" : " teams}");
  }
}
