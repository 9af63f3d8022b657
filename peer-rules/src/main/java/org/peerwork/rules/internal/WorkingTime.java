package org.peerwork.rules.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.staff.WorkingSchedule;

/**
 * How a task's time window sits against a staff member's working schedule. Shared by the
 * assignment rules (one assignment on a day off, or outside hours) and the roster rules (repeated
 * day-off contact), so both read a window the same way. Not part of the public API: the package is
 * not exported.
 *
 * <p>A window touches every calendar day from its start to its end, except that a window ending
 * exactly at midnight does not touch the day that midnight begins. Nothing here allocates unless it
 * returns a date.
 */
public final class WorkingTime {

  /** Returned by {@link #firstDayOffEpochDay} when the window touches no day off. */
  public static final long NONE = Long.MIN_VALUE;

  private WorkingTime() {}

  /**
   * The epoch day of the first day off that the window touches, or {@link #NONE}. Only the first
   * seven days of a long window are looked at: by then every day of the week has come up.
   */
  public static long firstDayOffEpochDay(TimeWindow window, WorkingSchedule schedule) {
    LocalDateTime start = window.getStart();
    LocalDateTime end = window.getEnd();
    long first = start.toLocalDate().toEpochDay();
    long last = lastTouchedEpochDay(first, end);
    long stop = Math.min(last, first + 6);
    for (long d = first; d <= stop; d++) {
      if (!schedule.isWorkingDay(dayOfWeek(d))) {
        return d;
      }
    }
    return NONE;
  }

  /** The first day off the window touches, if any. */
  public static LocalDate firstDayOff(TimeWindow window, WorkingSchedule schedule) {
    long d = firstDayOffEpochDay(window, schedule);
    return d == NONE ? null : LocalDate.ofEpochDay(d);
  }

  /**
   * True when the window touches only working days but is not wholly inside working hours of a
   * single working day: it starts before the working day starts, ends after it ends, or runs past
   * midnight into the next (working) day. A window that touches a day off is not counted here; it
   * is a day-off matter.
   */
  public static boolean outsideHoursOnWorkingDays(TimeWindow window, WorkingSchedule schedule) {
    if (firstDayOffEpochDay(window, schedule) != NONE) {
      return false;
    }
    LocalDateTime start = window.getStart();
    LocalDateTime end = window.getEnd();
    if (!start.toLocalDate().equals(end.toLocalDate())) {
      return true;
    }
    return start.toLocalTime().isBefore(schedule.getStart()) || end.toLocalTime().isAfter(schedule.getEnd());
  }

  /** The day of the week of an epoch day (day 0, 1 January 1970, was a Thursday). */
  public static DayOfWeek dayOfWeek(long epochDay) {
    return DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7L) + 1);
  }

  private static long lastTouchedEpochDay(long first, LocalDateTime end) {
    long last = end.toLocalDate().toEpochDay();
    if (last > first && end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      last--;
    }
    return last;
  }
}
