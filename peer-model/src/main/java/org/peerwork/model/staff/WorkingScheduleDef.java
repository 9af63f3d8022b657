package org.peerwork.model.staff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When a staff member works: their working days and daily hours. Anything outside is their own
 * time; the study's peers "all take calls on our days off".
 */
@Value.Immutable
@JsonSerialize(as = WorkingSchedule.class)
@JsonDeserialize(as = WorkingSchedule.class)
abstract class WorkingScheduleDef {

  /** The days worked. */
  public abstract Set<DayOfWeek> getWorkingDays();

  /** When the working day starts. */
  public abstract LocalTime getStart();

  /** When the working day ends; after the start. */
  public abstract LocalTime getEnd();

  /** The working day ends after it starts. */
  @JsonIgnore
  @AssertTrue(message = "the working day must end after it starts")
  public boolean isEndAfterStart() {
    return getEnd().isAfter(getStart());
  }

  /** Monday to Friday, from {@code start} to {@code end}. */
  public static WorkingSchedule weekdays(LocalTime start, LocalTime end) {
    return WorkingSchedule.builder()
        .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
        .start(start).end(end).build();
  }

  /** True when the day is a working day. */
  public boolean isWorkingDay(DayOfWeek day) {
    return getWorkingDays().contains(day);
  }

  /** True when {@code from}..{@code to} lies on one working day within working hours. */
  public boolean covers(LocalDateTime from, LocalDateTime to) {
    return isWorkingDay(from.getDayOfWeek())
        && from.toLocalDate().equals(to.toLocalDate())
        && !from.toLocalTime().isBefore(getStart())
        && !to.toLocalTime().isAfter(getEnd());
  }

  @Override
  public String toString() {
    return getWorkingDays() + " " + getStart() + "-" + getEnd();
  }
}
