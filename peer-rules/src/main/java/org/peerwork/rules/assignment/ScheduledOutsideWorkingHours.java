package org.peerwork.rules.assignment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.rules.internal.WorkingTime;

/**
 * A task on a working day but partly outside the assignee's working hours: an evening call, an
 * early start, a visit running past midnight. A task on a day off is {@link ScheduledOnDayOff}'s.
 */
public final class ScheduledOutsideWorkingHours extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ScheduledOutsideWorkingHours")
      .title("Task scheduled outside the assignee's working hours")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_LIFE_BALANCE)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("The study's peers worked from home and were available when not scheduled to work, at a cost to work-life "
          + "balance; state peer codes ask peers not to work outside sanctioned hours. The rule compares the task's time "
          + "window with the assignee's working schedule, when both are given, and fires when every day the window touches "
          + "is a working day but the window is not wholly inside the working hours of one day. A window that touches a day "
          + "off is reported by ScheduledOnDayOff instead, so one window gives one of the two findings, never both.")
      .suggestion("Move the task inside the assignee's working hours, or agree the extra hours with them in advance and give "
          + "the time back.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "Not working outside sanctioned hours, days and locations"))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "Outside hours: not wholly within one working day's hours; day-off windows go to ScheduledOnDayOff"))
      .build();

  /** The rule; stateless. */
  public ScheduledOutsideWorkingHours() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    if (a.getWindow().isEmpty() || a.getAssignee().getSchedule().isEmpty()) {
      return;
    }
    TimeWindow window = a.getWindow().get();
    WorkingSchedule schedule = a.getAssignee().getSchedule().get();
    if (!WorkingTime.outsideHoursOnWorkingDays(window, schedule)) {
      return;
    }
    findings.accept(finding(ctx, a, Location.at("window"),
            Message.of("scheduled {start} to {end}, outside the working hours {from}-{to} of staff member {staff}",
                "start", window.getStart().toString(), "end", window.getEnd().toString(),
                "from", schedule.getStart().toString(), "to", schedule.getEnd().toString(), "staff", a.getAssignee().getId()))
        .evidence(Evidence.facts("windowStart", window.getStart().toString(), "windowEnd", window.getEnd().toString(),
            "hoursStart", schedule.getStart().toString(), "hoursEnd", schedule.getEnd().toString()))
        .build());
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    LocalDateTime mondayEvening = Examples.MONDAY_10AM.withHour(19);
    LocalDateTime mondayAfternoon = Examples.MONDAY_10AM.withHour(16);
    LocalDateTime saturday = Examples.MONDAY_10AM.minusDays(2);
    return List.of(
        RuleExample.fires("A Monday 19:00 call for a peer who works 9 to 5",
            Examples.assignment("evening-call", Activity.of(ActivityCategory.MUTUAL_SUPPORT), Role.PEER_SUPPORT_SPECIALIST)
                .withWindow(Examples.window(mondayEvening, 1)).withSetting(Setting.TELEPHONE)),
        RuleExample.fires("A Monday 16:00 to 18:00 group runs an hour past the end of the working day",
            Examples.assignment("late-group", Activity.of(ActivityCategory.GROUP_FACILITATION), Role.RECOVERY_COACH)
                .withWindow(Examples.window(mondayAfternoon, 2))),
        RuleExample.silent("A Monday 10:00 session inside working hours", Examples.peerSession("in-hours")),
        RuleExample.silent("A Saturday call is a day-off finding, not an hours one",
            Examples.peerSession("saturday-not-hours").withWindow(Examples.window(saturday, 1))));
  }
}
