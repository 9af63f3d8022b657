package org.peerwork.model.hiring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.internal.Checks;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.role.Role;
import org.peerwork.model.supervision.SupervisionFrequency;

/**
 * A plan to hire a peer: the position, how candidates are approached (readiness areas, red flags to
 * explore, desired traits), the interview panel and questions, and how peers take part. It
 * describes a process; it never holds data about, or a judgement of, a candidate.
 */
@Value.Immutable
@JsonSerialize(as = HiringPlan.class)
@JsonDeserialize(as = HiringPlan.class)
abstract class HiringPlanDef implements PeerDocument {

  /** The plan's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** The type of the hiring agency, if known. */
  public abstract Optional<AgencyType> getAgencyType();

  /** The role hired for. */
  @Value.Default
  public Role getRole() {
    return Role.PEER_SUPPORT_SPECIALIST;
  }

  /** Standard or get-well position. */
  @Value.Default
  public PositionKind getPositionKind() {
    return PositionKind.STANDARD;
  }

  /** What the plan asks of certification. */
  @Value.Default
  public CertificationPolicy getCertificationPolicy() {
    return CertificationPolicy.NOT_REQUIRED;
  }

  /** A minimum time in recovery, in months, if the plan sets one. */
  public abstract Optional<@PositiveOrZero Integer> getMinimumRecoveryMonths();

  /** Readiness areas the interview guide covers. */
  public abstract Set<ReadinessIndicator> getReadinessCriteria();

  /** Red flags the interview guide gives room to explore. */
  public abstract Set<RedFlag> getRedFlagsExplored();

  /** Traits the panel looks for. */
  public abstract Set<DesiredTrait> getDesiredTraits();

  /** The interview panel. */
  public abstract List<@Valid Interviewer> getPanel();

  /** The interview questions. */
  public abstract List<@Valid InterviewQuestion> getQuestions();

  /** How current peer staff take part in hiring. */
  public abstract Set<HiringInvolvement> getPeerInvolvement();

  /** Weekly hours of the position, if set. */
  public abstract Optional<@Positive @DecimalMax("168") Double> getWeeklyHours();

  /** Caseload of the position, if set. */
  public abstract Optional<@PositiveOrZero Integer> getCaseload();

  /** True when the position is on call. */
  @Value.Default
  public boolean isOnCall() {
    return false;
  }

  /** The supervision planned for the new hire, if any. */
  public abstract Optional<SupervisionFrequency> getPlannedSupervision();

  @Override
  public String toString() {
    return "HiringPlan{" + getId() + ", " + getPositionKind().label() + ", panel of " + getPanel().size() + ", " + getQuestions().size() + " questions}";
  }

  @Value.Check
  void check() {
    Checks.notNegative("minimumRecoveryMonths", getMinimumRecoveryMonths());
    Checks.notNegative("caseload", getCaseload());
    Checks.hours("weeklyHours", getWeeklyHours());
  }
}
