package org.peerwork.model.assignment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.organization.Team;

/** The task assignments of a team over a period, with the debriefs held. */
@Value.Immutable
@JsonSerialize(as = Roster.class)
@JsonDeserialize(as = Roster.class)
abstract class RosterDef implements PeerDocument {

  /** The roster's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** The team, if the roster is a team's. */
  public abstract Optional<@Valid Team> getTeam();

  /** First day of the period. */
  public abstract LocalDate getPeriodStart();

  /** Last day of the period, inclusive. */
  public abstract LocalDate getPeriodEnd();

  /** The assignments. Their order does not change the findings. */
  public abstract List<@Valid TaskAssignment> getAssignments();

  /** Debriefs held in the period. */
  public abstract List<@Valid DebriefRecord> getDebriefs();

  /** The period does not end before it starts. */
  @JsonIgnore
  @AssertTrue(message = "the period must not end before it starts")
  public boolean isPeriodOrdered() {
    return !getPeriodEnd().isBefore(getPeriodStart());
  }

  @Override
  public String toString() {
    return "Roster{" + getId() + ", " + getPeriodStart() + ".." + getPeriodEnd() + ", " + getAssignments().size() + " assignments}";
  }
}
