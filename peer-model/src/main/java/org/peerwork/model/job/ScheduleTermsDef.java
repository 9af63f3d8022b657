package org.peerwork.model.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.internal.Checks;
import org.peerwork.model.workplace.WorkFromHome;

/** The schedule and on-call expectations a job description states. */
@Value.Immutable
@JsonSerialize(as = ScheduleTerms.class)
@JsonDeserialize(as = ScheduleTerms.class)
abstract class ScheduleTermsDef {

  /** Hours a week, if stated. */
  public abstract Optional<@Positive @DecimalMax("168") Double> getWeeklyHours();

  /** True when the posting expects calls on days off. */
  @Value.Default
  public boolean isCallsOnDaysOff() {
    return false;
  }

  /** True when the posting expects the person to be always on call. */
  @Value.Default
  public boolean isAlwaysOnCall() {
    return false;
  }

  /** How far the posting expects work from home. */
  @Value.Default
  public WorkFromHome getWorkFromHome() {
    return WorkFromHome.NONE;
  }

  @Value.Check
  void check() {
    Checks.hours("weeklyHours", getWeeklyHours());
  }
}
