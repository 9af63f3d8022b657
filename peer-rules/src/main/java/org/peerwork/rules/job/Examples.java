package org.peerwork.rules.job;

import java.math.BigDecimal;
import java.util.List;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.Coverage;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.job.Qualifications;
import org.peerwork.model.job.ScheduleTerms;
import org.peerwork.model.job.SupervisionTerms;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.role.Role;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.rules.text.PostingParser;

/** Job descriptions for the job rules' examples: a sound peer job, varied one way at a time. */
final class Examples {

  private Examples() {}

  /** A peer support specialist job that every job rule passes. */
  static JobDescription sound(String id) {
    return JobDescription.builder()
        .id(id)
        .title("Peer Support Specialist")
        .role(Role.PEER_SUPPORT_SPECIALIST)
        .addDuty(Duty.of("Share your own recovery story to inspire hope"))
        .addDuty(Duty.of("Facilitate weekly peer support groups"))
        .addDuty(Duty.of("Link participants to community resources and mutual-aid groups"))
        .addDuty(Duty.of("Complete progress notes in the electronic health record"))
        .qualifications(Qualifications.builder()
            .livedExperienceRequired(true)
            .certificationPolicy(CertificationPolicy.CERTIFIED_OR_IN_PROGRESS)
            .minimumRecoveryMonths(12)
            .addReadinessCriterion(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY)
            .addReadinessCriterion(ReadinessIndicator.OWN_RECOVERY_PRACTICE)
            .build())
        .supervision(SupervisionTerms.builder().supervisorKind(SupervisorKind.PEER).frequency(SupervisionFrequency.WEEKLY).build())
        .schedule(ScheduleTerms.builder().weeklyHours(40.0).build())
        .coverage(Coverage.builder().caseload(12).build())
        .compensation(Compensation.builder().hourlyWage(new BigDecimal("21.00")).comparableRoleWage(new BigDecimal("22.00"))
            .comparableRole(Role.CASE_MANAGER).build())
        .selfCareSupport(true)
        .build();
  }

  /** The sound job with these duties in words instead. */
  static JobDescription withDuties(String id, String... duties) {
    JobDescription.Builder b = JobDescription.builder().from(sound(id)).duties(List.of());
    for (String d : duties) {
      b.addDuty(Duty.of(d));
    }
    return b.build();
  }

  /** A job description parsed from a posting's text. */
  static JobDescription posting(String id, String text) {
    return PostingParser.standard().parse(id, text).getJobDescription();
  }
}
