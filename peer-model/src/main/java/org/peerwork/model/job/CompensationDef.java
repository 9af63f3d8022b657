package org.peerwork.model.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.internal.Checks;
import org.peerwork.model.role.Role;

/**
 * Pay: the position's hourly wage and, where known, the wage of a comparable role. The study's peers
 * reported a lower hourly salary than other positions.
 */
@Value.Immutable
@JsonSerialize(as = Compensation.class)
@JsonDeserialize(as = Compensation.class)
abstract class CompensationDef {

  /** Hourly wage; zero or more. */
  @DecimalMin("0")
  public abstract BigDecimal getHourlyWage();

  /** Hourly wage of the comparable role, if known. */
  public abstract Optional<@DecimalMin("0") BigDecimal> getComparableRoleWage();

  /** The comparable role, if named. */
  public abstract Optional<Role> getComparableRole();

  @Value.Check
  void check() {
    Checks.notNegativeAmount("hourlyWage", getHourlyWage());
    Checks.notNegativeAmount("comparableRoleWage", getComparableRoleWage());
  }

  @Override
  public String toString() {
    return getHourlyWage().toPlainString() + " an hour"
        + (getComparableRoleWage().isPresent() || getComparableRole().isPresent()
            ? " (comparable role" + getComparableRole().map(r -> ": " + r.label()).orElse("") + getComparableRoleWage().map(w -> ", " + w.toPlainString() + " an hour").orElse("") + ")"
            : "");
  }
}
