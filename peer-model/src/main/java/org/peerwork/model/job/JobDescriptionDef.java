package org.peerwork.model.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.role.Role;
import org.peerwork.model.training.TrainingTopic;

/**
 * A job description: title, role, agency, duties, qualifications, supervision, schedule and
 * on-call expectations, coverage, compensation and training offered. Built by hand or parsed from
 * a plain-text posting.
 */
@Value.Immutable
@JsonSerialize(as = JobDescription.class)
@JsonDeserialize(as = JobDescription.class)
abstract class JobDescriptionDef implements PeerDocument {

  /** The document's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** The job title as posted. */
  public abstract Optional<@Size(max = 500) String> getTitle();

  /** The role the position is for. */
  public abstract Role getRole();

  /** The employing agency's opaque id, if given. */
  public abstract Optional<@Pattern(regexp = "[\\s\\S]*[^\\x00-\\x20][\\s\\S]*", message = "must not be blank") @Size(max = 200) String> getAgencyId();

  /** The type of the employing agency, if known. */
  public abstract Optional<AgencyType> getAgencyType();

  /** The duties, in posting order. */
  public abstract List<@Valid Duty> getDuties();

  /** What candidates are asked for, if stated. */
  public abstract Optional<@Valid Qualifications> getQualifications();

  /** The supervision offered, if stated. */
  public abstract Optional<@Valid SupervisionTerms> getSupervision();

  /** Schedule and on-call expectations, if stated. */
  public abstract Optional<@Valid ScheduleTerms> getSchedule();

  /** Caseload or team coverage, if stated. */
  public abstract Optional<@Valid Coverage> getCoverage();

  /** Pay, if stated. */
  public abstract Optional<@Valid Compensation> getCompensation();

  /** Trainings offered to the person hired. */
  public abstract Set<TrainingTopic> getTrainingOffered();

  /** True when the posting names support for self-care (time, check-ins, sending staff home to rest). */
  @Value.Default
  public boolean isSelfCareSupport() {
    return false;
  }

  /** The original posting text, for a parsed posting; duty spans point into it. */
  public abstract Optional<@Size(max = 1_000_000) String> getSourceText();

  @Override
  public String toString() {
    return "JobDescription{" + getId() + ", " + getTitle().orElse(getRole().label()) + ", " + getDuties().size() + " duties}";
  }
}
