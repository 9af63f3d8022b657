package org.peerwork.model.assignment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;

/**
 * A task assignment: who is asked to do what, when, where and for whom. The service user is an
 * opaque reference only; the library never needs, and never reports, who they are.
 */
@Value.Immutable
@JsonSerialize(as = TaskAssignment.class)
@JsonDeserialize(as = TaskAssignment.class)
abstract class TaskAssignmentDef implements PeerDocument {

  /** The assignment's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** What is to be done. */
  public abstract @Valid Activity getActivity();

  /** Who is asked to do it. */
  public abstract @Valid StaffMember getAssignee();

  /** The role of whoever assigned it, if known (the study: clinicians asked peers). */
  public abstract Optional<Role> getAssignedBy();

  /** Where. */
  @Value.Default
  public Setting getSetting() {
    return Setting.COMMUNITY;
  }

  /** When, if scheduled. */
  public abstract Optional<@Valid TimeWindow> getWindow();

  /** An opaque reference to the service user; never a name. */
  public abstract Optional<@Size(max = 200) String> getServiceUserRef();

  /** Populations the task serves that call for specific preparation. */
  public abstract Set<Population> getPopulations();

  /** True when the task is crisis work. */
  @Value.Default
  public boolean isCrisis() {
    return false;
  }

  @Override
  public String toString() {
    return "TaskAssignment{" + getId() + ": " + getActivity() + " to " + getAssignee().getRole().label() + " " + getAssignee().getId()
        + getWindow().map(w -> " at " + w).orElse("") + "}";
  }
}
