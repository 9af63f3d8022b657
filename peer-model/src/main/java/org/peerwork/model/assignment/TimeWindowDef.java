package org.peerwork.model.assignment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/** When a task is to be done, in the agency's local time: a start and an end after it. */
@Value.Immutable
@JsonSerialize(as = TimeWindow.class)
@JsonDeserialize(as = TimeWindow.class)
abstract class TimeWindowDef {

  /** When it starts. */
  @Value.Parameter
  public abstract LocalDateTime getStart();

  /** When it ends; after the start. */
  @Value.Parameter
  public abstract LocalDateTime getEnd();

  /** The window ends after it starts. */
  @JsonIgnore
  @AssertTrue(message = "a time window must end after it starts")
  public boolean isEndAfterStart() {
    return getEnd().isAfter(getStart());
  }

  /** How long it lasts. */
  public Duration duration() {
    return Duration.between(getStart(), getEnd());
  }

  /** A window starting at {@code start} and lasting {@code length}. */
  public static TimeWindow starting(LocalDateTime start, Duration length) {
    return TimeWindow.of(start, start.plus(length));
  }

  @Override
  public String toString() {
    return getStart() + ".." + getEnd();
  }
}
