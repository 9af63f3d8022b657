package org.peerwork.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.staff.WorkingSchedule;

/** How a time window sits against a weekday 9-to-5 schedule. */
class WorkingTimeTest {

  private static final WorkingSchedule NINE_TO_FIVE = WorkingSchedule.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0));
  private static final LocalDate MONDAY = LocalDate.of(2020, 3, 2);

  private static TimeWindow w(LocalDateTime from, LocalDateTime to) {
    return TimeWindow.of(from, to);
  }

  @Test
  void dayOfWeekOfEpochDaysMatchesTheCalendar() {
    for (long d = -800; d < 800; d += 7) {
      for (int k = 0; k < 7; k++) {
        assertThat(WorkingTime.dayOfWeek(d + k)).isEqualTo(LocalDate.ofEpochDay(d + k).getDayOfWeek());
      }
    }
  }

  @Test
  void aWindowInsideWorkingHoursIsNeither() {
    TimeWindow inside = w(MONDAY.atTime(9, 0), MONDAY.atTime(17, 0));
    assertThat(WorkingTime.firstDayOff(inside, NINE_TO_FIVE)).isNull();
    assertThat(WorkingTime.outsideHoursOnWorkingDays(inside, NINE_TO_FIVE)).isFalse();
  }

  @Test
  void aWindowEndingAtMidnightDoesNotTouchTheNextDay() {
    LocalDate friday = MONDAY.plusDays(4);
    TimeWindow lateFriday = w(friday.atTime(20, 0), friday.plusDays(1).atStartOfDay());
    assertThat(WorkingTime.firstDayOff(lateFriday, NINE_TO_FIVE)).isNull();
    assertThat(WorkingTime.outsideHoursOnWorkingDays(lateFriday, NINE_TO_FIVE)).isTrue();
    TimeWindow pastMidnight = w(friday.atTime(20, 0), friday.plusDays(1).atTime(0, 1));
    assertThat(WorkingTime.firstDayOff(pastMidnight, NINE_TO_FIVE)).isEqualTo(friday.plusDays(1));
    assertThat(WorkingTime.outsideHoursOnWorkingDays(pastMidnight, NINE_TO_FIVE)).isFalse();
  }

  @Test
  void aLongWindowFindsTheFirstDayOff() {
    TimeWindow fortnight = w(MONDAY.atTime(10, 0), MONDAY.plusDays(14).atTime(10, 0));
    assertThat(WorkingTime.firstDayOff(fortnight, NINE_TO_FIVE)).isEqualTo(MONDAY.plusDays(5));
    WorkingSchedule everyDay = WorkingSchedule.builder().workingDays(java.util.EnumSet.allOf(DayOfWeek.class))
        .start(LocalTime.of(9, 0)).end(LocalTime.of(17, 0)).build();
    assertThat(WorkingTime.firstDayOff(fortnight, everyDay)).isNull();
    assertThat(WorkingTime.outsideHoursOnWorkingDays(fortnight, everyDay)).isTrue();
  }

  @Test
  void aScheduleWithNoWorkingDayMakesEveryDayADayOff() {
    WorkingSchedule none = WorkingSchedule.builder().start(LocalTime.of(9, 0)).end(LocalTime.of(17, 0)).build();
    assertThat(WorkingTime.firstDayOff(w(MONDAY.atTime(10, 0), MONDAY.atTime(11, 0)), none)).isEqualTo(MONDAY);
  }
}
