package org.peerwork.model.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;

/** The supervision a job description states. */
@Value.Immutable
@JsonSerialize(as = SupervisionTerms.class)
@JsonDeserialize(as = SupervisionTerms.class)
abstract class SupervisionTermsDef {

  /** Peer or clinical supervisor. */
  public abstract SupervisorKind getSupervisorKind();

  /** How often, if stated. */
  public abstract Optional<SupervisionFrequency> getFrequency();

  /** Whether the supervisor is trained in the peer role, if stated. */
  public abstract Optional<Boolean> getSupervisorPeerRoleTrained();
}
