package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.Role;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;

/** The numbers and facts a posting states, one table per kind: wages, hours, caseloads, recovery time, supervision, readiness. */
class PostingFactsTest {

  private final PostingParser parser = PostingParser.standard();

  private JobDescription jd(String body) {
    return parser.parse("Peer Support Specialist\n\n" + body).getJobDescription();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "pay is $18.50/hour                         | 18.50",
      "$18 - $22 per hour                         | 18.00",
      "$18 to $22 an hour                         | 18.00",
      "$41,600 a year                             | 20.00",
      "$41,600 - $45,000 annually                 | 20.00",
      "$45,000                                    | 21.63",
      "$150                                       | 150.00",
      "$20 an hour and $52,000 per year           | 20.00;25.00",
      "$1,000,000 per annum                       | 480.77",
      "$19.999/hr                                 | 19.99",
      "$500 signing bonus                         | ''",
      "no dollar amounts here                     | ''"})
  void hourlyAmounts(String statement, String amounts) {
    List<String> got = PostingParser.Facts.hourlyAmounts(statement.toLowerCase(java.util.Locale.ROOT)).stream().map(BigDecimal::toPlainString).toList();
    assertThat(got).isEqualTo(amounts.isEmpty() ? List.of() : List.of(amounts.split(";")));
  }

  @Test
  void theWageOfThePostAndOfAComparableRole() {
    Compensation pay = jd("Compensation:\n- Pay: $18.00/hour, compared with $22.00/hour for case managers.\n").getCompensation().orElseThrow();
    assertThat(pay.getHourlyWage()).isEqualByComparingTo("18.00");
    assertThat(pay.getComparableRoleWage()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("22.00"));
    assertThat(pay.getComparableRole()).contains(Role.CASE_MANAGER);
    Compensation split = jd("Compensation:\n- $17/hour.\n- Community health workers at the agency are paid $21/hour.\n")
        .getCompensation().orElseThrow();
    assertThat(split.getHourlyWage()).isEqualByComparingTo("17");
    assertThat(split.getComparableRoleWage()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("21"));
    assertThat(split.getComparableRole()).contains(Role.COMMUNITY_HEALTH_WORKER);
    assertThat(jd("Compensation:\n- $19/hour; nurses earn $35/hour.\n").getCompensation().orElseThrow().getComparableRole())
        .contains(Role.NURSE);
    assertThat(jd("Compensation:\n- $19/hour; clinicians earn $30/hour.\n").getCompensation().orElseThrow().getComparableRole())
        .contains(Role.CLINICIAN);
    assertThat(jd("Compensation:\n- $19/hour, like similar positions at $25/hour.\n").getCompensation().orElseThrow().getComparableRole())
        .isEmpty();
    assertThat(jd("Duties:\n- Support people.\n").getCompensation()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Full-time (40 hours per week).        | 40.0",
      "This is a 32 hour per week position.  | 32.0",
      "Part-time (20 hrs).                   | 20.0",
      "Work 200 hours per week.              | null",
      "Flexible schedule.                    | null"})
  void weeklyHours(String statement, Double hours) {
    JobDescription jd = jd("Schedule:\n" + statement + "\n");
    assertThat(jd.getSchedule().flatMap(s -> s.getWeeklyHours())).isEqualTo(java.util.Optional.ofNullable(hours));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "two years of continuous sobriety        | 24",
      "18 months clean                         | 18",
      "at least 1 yr in recovery               | 12",
      "sobriety for at least 6 months          | 6",
      "a minimum of one year of recovery       | 12",
      "2 years of experience in recovery services | null",
      "stable recovery                         | null",
      "twelve months                           | null"})
  void recoveryTime(String statement, Integer months) {
    OptionalInt got = PostingParser.recoveryMonths(statement);
    assertThat(got.isPresent() ? Integer.valueOf(got.getAsInt()) : null).isEqualTo(months);
  }

  @Test
  void theMostFrequentSupervisionStatedWins() {
    JobDescription both = jd("Supervision:\n- Weekly individual supervision and monthly group supervision with a peer supervisor.\n");
    assertThat(both.getSupervision().orElseThrow().getFrequency()).contains(SupervisionFrequency.WEEKLY);
    assertThat(both.getSupervision().orElseThrow().getSupervisorKind()).isEqualTo(SupervisorKind.PEER);
    JobDescription monthly = jd("Supervision:\n- Monthly supervision by a licensed clinical supervisor, not weekly.\n");
    assertThat(monthly.getSupervision().orElseThrow().getFrequency()).contains(SupervisionFrequency.MONTHLY);
    assertThat(monthly.getSupervision().orElseThrow().getSupervisorKind()).isEqualTo(SupervisorKind.CLINICAL);
    JobDescription twice = jd("Supervision:\n- Quarterly reviews and supervision twice a month with a peer supervisor.\n");
    assertThat(twice.getSupervision().orElseThrow().getFrequency()).contains(SupervisionFrequency.TWICE_MONTHLY);
    assertThat(jd("Duties:\n- Support people.\n").getSupervision()).isEmpty();
  }

  @Test
  void readinessAreasAreReadWhenAffirmed() {
    JobDescription jd = jd("Qualifications:\n- Stable in your own recovery.\n- Personal resources to support others.\n"
        + "- Comfortable working with people in recovery.\n- Realistic expectations of the job.\n- An active recovery practice of your own.\n");
    assertThat(jd.getQualifications().orElseThrow().getReadinessCriteria()).contains(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY);
    JobDescription negated = jd("Qualifications:\n- You need not be stable in your recovery.\n");
    assertThat(negated.getQualifications().orElseThrow().getReadinessCriteria()).doesNotContain(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY);
  }
}
