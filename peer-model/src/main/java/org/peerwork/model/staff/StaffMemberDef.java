package org.peerwork.model.staff;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.Role;
import org.peerwork.model.training.TrainingTopic;

/**
 * A member of staff, referenced by an opaque id only: their role, credentials, completed trainings,
 * supervisor, working schedule and, when known, their job description. No name, no personal data.
 */
@Value.Immutable
@JsonSerialize(as = StaffMember.class)
@JsonDeserialize(as = StaffMember.class)
abstract class StaffMemberDef {

  /** The opaque staff id. */
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** The role they are employed in. */
  public abstract Role getRole();

  /** Credentials held or being worked toward. */
  public abstract List<@Valid HeldCredential> getCredentials();

  /** Trainings completed. */
  public abstract Set<TrainingTopic> getCompletedTrainings();

  /** Their supervisor, if they have one. */
  public abstract Optional<@Valid SupervisorRef> getSupervisor();

  /** When they work, if known. */
  public abstract Optional<@Valid WorkingSchedule> getSchedule();

  /** Their job description, if the checker is to compare assignments with it. */
  public abstract Optional<@Valid JobDescription> getJobDescription();

  /** A staff member in this role with no other facts. */
  public static StaffMember of(String id, Role role) {
    return StaffMember.builder().id(id).role(role).build();
  }

  @Override
  public String toString() {
    return "StaffMember{" + getId() + ", " + getRole().label() + "}";
  }
}
