package org.peerwork.rules.job;

import java.util.List;
import org.peerwork.model.job.JobDescription;
import org.peerwork.rules.Rule;

/** The job description rules, in catalog order. */
public final class JobDescriptionRules {

  private static final List<Rule<JobDescription>> ALL = List.of(
      new ClinicalDutyInPeerRole(),
      new DutyOutsideAnyRole(),
      new ProhibitedConductInDuties(),
      new PowerOverPersonDuty(),
      new RoleDriftAsMainDuty(),
      new NoPeerCoreDuty(),
      new ClinicalBoundaryNormsImposed(),
      new LivedExperienceNotRequired(),
      new RecoveryTimeOnlyCriterion(),
      new CallsOnDaysOffExpected(),
      new CoverageOverThreshold(),
      new SupervisionNotStated(),
      new ClinicalSupervisorWithoutPeerTraining(),
      new WageBelowComparableRoles(),
      new NoSelfCareSupport());

  private JobDescriptionRules() {}

  /** Every job description rule, in the order they run and are reported. */
  public static List<Rule<JobDescription>> all() {
    return ALL;
  }
}
