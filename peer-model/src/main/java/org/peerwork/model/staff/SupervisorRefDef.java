package org.peerwork.model.staff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.peerwork.model.supervision.SupervisorKind;

/** Who supervises a staff member: an opaque id, whether a peer or a clinician, and their training. */
@Value.Immutable
@JsonSerialize(as = SupervisorRef.class)
@JsonDeserialize(as = SupervisorRef.class)
abstract class SupervisorRefDef {

  /** The supervisor's opaque staff id. */
  @NotBlank
  @Size(max = 200)
  public abstract String getStaffId();

  /** Peer or clinical supervisor. */
  public abstract SupervisorKind getKind();

  /** True when the supervisor has taken training on working with peers and the peer role. */
  public abstract boolean isPeerRoleTrained();

  @Override
  public String toString() {
    return getKind().label() + " " + getStaffId() + (isPeerRoleTrained() ? " (peer-role trained)" : " (no peer-role training)");
  }
}
