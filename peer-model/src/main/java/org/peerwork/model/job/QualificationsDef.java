package org.peerwork.model.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.internal.Checks;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.role.CertificationPolicy;

/**
 * What a job description asks of candidates. These describe the posting, never a person.
 */
@Value.Immutable
@JsonSerialize(as = Qualifications.class)
@JsonDeserialize(as = Qualifications.class)
abstract class QualificationsDef {

  /** True when lived experience of recovery is required: the defining qualification of a peer role. */
  public abstract boolean isLivedExperienceRequired();

  /** What the posting asks of certification. */
  @Value.Default
  public CertificationPolicy getCertificationPolicy() {
    return CertificationPolicy.NOT_REQUIRED;
  }

  /** A minimum time in recovery, in months, if the posting sets one. */
  public abstract Optional<@PositiveOrZero Integer> getMinimumRecoveryMonths();

  /** Readiness areas the posting names besides recovery time. */
  public abstract Set<ReadinessIndicator> getReadinessCriteria();

  /** Education asked for, in the posting's words. */
  public abstract Optional<@Size(max = 500) String> getEducation();

  @Value.Check
  void check() {
    Checks.notNegative("minimumRecoveryMonths", getMinimumRecoveryMonths());
  }
}
