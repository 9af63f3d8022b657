package org.peerwork.model.role;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.boundary.NormSet;

/**
 * A role as an agency uses it: the role, the NUCC taxonomy code it bills under, and the norm set
 * that judges it (by default the role's own).
 */
@Value.Immutable
@JsonSerialize(as = RoleProfile.class)
@JsonDeserialize(as = RoleProfile.class)
abstract class RoleProfileDef {

  /** The role. */
  public abstract Role getRole();

  /** The NUCC provider taxonomy code, 10 characters, e.g. 175T00000X, when the agency gives one. */
  public abstract Optional<@Pattern(regexp = "[0-9]{3}[0-9A-Z]{6}X", message = "must be a 10-character NUCC taxonomy code such as 175T00000X") String> getNuccCode();

  /** The norm set that judges this role. Defaults to the role's own. */
  @Value.Default
  public NormSet getNormSet() {
    return getRole().normSet();
  }

  /** The profile of a role with its usual code and norm set. */
  public static RoleProfile of(Role role) {
    return RoleProfile.builder().role(role).nuccCode(role.nuccCode()).build();
  }

  @Override
  public String toString() {
    return getRole().label() + " (" + getNuccCode().map(c -> "NUCC " + c + ", ").orElse("") + getNormSet().label().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
