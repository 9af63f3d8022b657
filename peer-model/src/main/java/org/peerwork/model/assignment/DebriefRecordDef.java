package org.peerwork.model.assignment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/** A debrief a staff member took part in, e.g. after crisis work (the study: debriefings as needed). */
@Value.Immutable
@JsonSerialize(as = DebriefRecord.class)
@JsonDeserialize(as = DebriefRecord.class)
abstract class DebriefRecordDef {

  /** The staff member's opaque id. */
  @Value.Parameter
  @NotBlank
  @Size(max = 200)
  public abstract String getStaffId();

  /** When. */
  @Value.Parameter
  public abstract LocalDateTime getAt();

  @Override
  public String toString() {
    return "debrief of " + getStaffId() + " at " + getAt();
  }
}
