package org.peerwork.model.organization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.internal.Checks;

/** A team of an agency, e.g. an intensive treatment team, with its members by staff id. */
@Value.Immutable
@JsonSerialize(as = Team.class)
@JsonDeserialize(as = Team.class)
abstract class TeamDef {

  /** The team's opaque id. */
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** A name such as "Intensive treatment team A". */
  public abstract Optional<@Size(max = 500) String> getName();

  /** What kind of team. */
  @Value.Default
  public TeamKind getKind() {
    return TeamKind.GENERAL;
  }

  /** Staff ids of its members. */
  public abstract List<@NotBlank @Size(max = 200) String> getMemberIds();

  /** How many people the team serves, if known. */
  public abstract Optional<@PositiveOrZero Integer> getPeopleServed();

  @Value.Check
  void check() {
    Checks.notNegative("peopleServed", getPeopleServed());
  }

  @Override
  public String toString() {
    return "Team{" + getId() + ", " + getKind().label() + ", " + getMemberIds().size() + (getMemberIds().size() == 1 ? " member" : " members")
        + getPeopleServed().map(n -> ", serving " + n).orElse("") + "}";
  }
}
