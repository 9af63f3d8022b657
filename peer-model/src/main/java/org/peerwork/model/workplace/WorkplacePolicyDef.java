package org.peerwork.model.workplace;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.internal.Checks;

/**
 * An agency's workplace policy on work-life balance and work support (study themes 3 to 5): days
 * off, working from home, self-care, check-ins and debriefing, pay, coverage, recorded challenges.
 */
@Value.Immutable
@JsonSerialize(as = WorkplacePolicy.class)
@JsonDeserialize(as = WorkplacePolicy.class)
abstract class WorkplacePolicyDef implements PeerDocument {

  /** The policy's opaque id. */
  @Override
  @NotBlank
  @Size(max = 200)
  public abstract String getId();

  /** True when peers are expected to take calls on their days off. */
  public abstract boolean isCallsOnDaysOffExpected();

  /** How far peers work from home. */
  @Value.Default
  public WorkFromHome getWorkFromHome() {
    return WorkFromHome.NONE;
  }

  /** True when a worn-out peer can be sent home for self-care. */
  public abstract boolean isSendHomeForSelfCare();

  /** True when peers check in with one another. */
  public abstract boolean isPeerCheckIns();

  /** True when debriefing is available. */
  public abstract boolean isDebriefingAvailable();

  /** True when staff do crisis work (vicarious trauma). */
  public abstract boolean isCrisisWork();

  /** The peer hourly wage, if known. */
  public abstract Optional<@DecimalMin("0") BigDecimal> getPeerHourlyWage();

  /** The hourly wage of comparable roles, if known. */
  public abstract Optional<@DecimalMin("0") BigDecimal> getComparableRoleHourlyWage();

  /** Peers per intensive treatment team, if the agency has such teams. */
  public abstract Optional<@Positive Integer> getPeersPerIntensiveTeam();

  /** People an intensive treatment team serves, if known. */
  public abstract Optional<@PositiveOrZero Integer> getPeopleServedPerIntensiveTeam();

  /** Challenges recorded by staff. */
  public abstract Set<Challenge> getRecordedChallenges();

  @Value.Check
  void check() {
    Checks.notNegativeAmount("peerHourlyWage", getPeerHourlyWage());
    Checks.notNegativeAmount("comparableRoleHourlyWage", getComparableRoleHourlyWage());
    Checks.notNegative("peersPerIntensiveTeam", getPeersPerIntensiveTeam());
    Checks.notNegative("peopleServedPerIntensiveTeam", getPeopleServedPerIntensiveTeam());
  }

  /**
   * The study's work conditions this policy sets up, for tabulating policies the way the study
   * reports them. Regular access to supervisors is recorded on a supervision arrangement, not
   * here.
   */
  public Set<WorkCondition> conditions() {
    EnumSet<WorkCondition> c = EnumSet.noneOf(WorkCondition.class);
    if (getWorkFromHome() != WorkFromHome.NONE) {
      c.add(WorkCondition.WORK_FROM_HOME);
    }
    if (isCallsOnDaysOffExpected()) {
      c.add(WorkCondition.CALLS_ON_DAYS_OFF);
    }
    if (isCrisisWork()) {
      c.add(WorkCondition.CRISIS_WORK_EXPOSURE);
    }
    if (isPeerCheckIns()) {
      c.add(WorkCondition.PEER_CHECK_INS);
    }
    if (isSendHomeForSelfCare()) {
      c.add(WorkCondition.SEND_HOME_FOR_SELF_CARE);
    }
    if (isDebriefingAvailable()) {
      c.add(WorkCondition.DEBRIEFING);
    }
    if (getPeersPerIntensiveTeam().filter(n -> n == 1).isPresent()) {
      c.add(WorkCondition.ONE_PEER_PER_TEAM);
    }
    return Collections.unmodifiableSet(c);
  }

  @Override
  public String toString() {
    return "WorkplacePolicy{" + getId() + ", " + conditions().stream().map(WorkCondition::label).collect(java.util.stream.Collectors.joining(", "))
        + (getRecordedChallenges().isEmpty() ? "" : "; challenges: " + getRecordedChallenges().stream().map(Challenge::label).collect(java.util.stream.Collectors.joining(", "))) + "}";
  }
}
