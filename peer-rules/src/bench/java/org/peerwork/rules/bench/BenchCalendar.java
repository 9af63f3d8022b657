package org.peerwork.rules.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.staff.WorkingSchedule;

/**
 * The calendar logic a Drools or Easy Rules user would write for "scheduled on a day off": does
 * the task's window touch any day that is not a working day? A window touches each calendar day
 * from its start to its end, except the day a window ending exactly at midnight would begin; a
 * week covers every weekday, so at most seven days are looked at. Written here independently of
 * peerwork's own code so the agreement test compares two implementations.
 */
public final class BenchCalendar {

  private BenchCalendar() {}

  /** True when the window touches a day off in the schedule. */
  public static boolean touchesDayOff(TimeWindow window, WorkingSchedule schedule) {
    LocalDate day = window.getStart().toLocalDate();
    LocalDate last = window.getEnd().toLocalDate();
    if (last.isAfter(day) && window.getEnd().toLocalTime().equals(LocalTime.MIDNIGHT)) {
      last = last.minusDays(1);
    }
    for (int i = 0; i < 7 && !day.isAfter(last); i++, day = day.plusDays(1)) {
      DayOfWeek d = day.getDayOfWeek();
      if (!schedule.getWorkingDays().contains(d)) {
        return true;
      }
    }
    return false;
  }
}
