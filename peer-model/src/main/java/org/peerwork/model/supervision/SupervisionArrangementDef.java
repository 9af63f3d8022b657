package org.peerwork.model.supervision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;

/**
 * How peers are supervised: by whom (a peer or a clinician, trained in the peer role or not), how
 * often, with what expectations of the supervisor, and what access and debriefing peers have.
 */
@Value.Immutable
@JsonSerialize(as = SupervisionArrangement.class)
@JsonDeserialize(as = SupervisionArrangement.class)
abstract class SupervisionArrangementDef implements PeerDocument {

  /** The arrangement's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /**
   * The supervisor's opaque staff id, if named; never blank when present. (A pattern, not
   * {@code @NotBlank}: {@code @NotBlank} rejects the null a validator sees for an empty Optional.)
   */
  public abstract Optional<@Pattern(regexp = "[\\s\\S]*[^\\x00-\\x20][\\s\\S]*", message = "must not be blank") @Size(max = 200) String> getSupervisorId();

  /** Peer or clinical supervisor. */
  public abstract SupervisorKind getSupervisorKind();

  /** True when the supervisor has taken training on working with peers. */
  public abstract boolean isSupervisorPeerRoleTrained();

  /** Opaque staff ids of the peers supervised. */
  public abstract List<@NotBlank @Size(max = 200) String> getSuperviseeIds();

  /** How often supervision happens. */
  public abstract SupervisionFrequency getFrequency();

  /** The study's supervisor traits written into the supervisor's expectations. */
  public abstract Set<SupervisorTrait> getExpectedTraits();

  /** True when peers can reach their supervisor regularly. */
  public abstract boolean isRegularAccess();

  /** True when debriefing is available as needed. */
  public abstract boolean isDebriefingAvailable();

  @Override
  public String toString() {
    return "SupervisionArrangement{" + getId() + ", " + getSupervisorKind().label()
        + (isSupervisorPeerRoleTrained() ? " (peer-role trained)" : " (no peer-role training)") + ", " + getFrequency().label().toLowerCase(java.util.Locale.ROOT)
        + ", " + getSuperviseeIds().size() + (getSuperviseeIds().size() == 1 ? " supervisee}" : " supervisees}");
  }
}
