package org.peerwork.model.hiring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A member of an interview panel, by opaque id, and whether they are a peer. */
@Value.Immutable
@JsonSerialize(as = Interviewer.class)
@JsonDeserialize(as = Interviewer.class)
abstract class InterviewerDef {

  /** The interviewer's opaque id. */
  @Value.Parameter
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** True when the interviewer is a peer. */
  @Value.Parameter
  public abstract boolean isPeer();

  /** A peer interviewer. */
  public static Interviewer peer(String id) {
    return Interviewer.of(id, true);
  }

  /** A non-peer interviewer. */
  public static Interviewer nonPeer(String id) {
    return Interviewer.of(id, false);
  }

  @Override
  public String toString() {
    return (isPeer() ? "peer " : "non-peer ") + getId();
  }
}
