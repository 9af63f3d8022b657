package org.peerwork.rules.assignment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
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
 * A task scheduled on a day the assignee does not work. The study's peers: "We all work from home.
 * We all take calls on our days off. We all do it."
 */
public final class ScheduledOnDayOff extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ScheduledOnDayOff")
      .title("Task scheduled on the assignee's day off")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_LIFE_BALANCE)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("Work-life balance and avoiding burnout were a theme of the study; peers at a peer-led recovery agency "
          + "said they all took calls on their days off, and that the community's opioid crisis left them with vicarious "
          + "trauma and available when not scheduled to work. State peer codes ask peers not to work outside sanctioned "
          + "hours and days. The rule compares the task's time window with the assignee's working schedule, when both are "
          + "given, and fires when the window touches a day that is not one of the assignee's working days (a window ending "
          + "exactly at midnight does not touch the next day). Any role is checked: a day off is a day off.")
      .suggestion("Move the task to one of the assignee's working days or give it to a colleague on shift; if it is urgent, "
          + "route it through the agency's on-call arrangement and give the time back.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "Not working outside sanctioned hours, days and locations"))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "A window touching a non-working day of the assignee's schedule counts as a day off"))
      .build();

  /** The rule; stateless. */
  public ScheduledOnDayOff() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    if (a.getWindow().isEmpty() || a.getAssignee().getSchedule().isEmpty()) {
      return;
    }
    TimeWindow window = a.getWindow().get();
    WorkingSchedule schedule = a.getAssignee().getSchedule().get();
    LocalDate day = WorkingTime.firstDayOff(window, schedule);
    if (day == null) {
      return;
    }
    String dayName = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT);
    findings.accept(finding(ctx, a, Location.at("window"),
            Message.of("scheduled on {day} {date}, a day off for staff member {staff}",
                "day", dayName, "date", day.toString(), "staff", a.getAssignee().getId()))
        .evidence(Evidence.facts("date", day.toString(), "dayOfWeek", day.getDayOfWeek().name(),
            "windowStart", window.getStart().toString(), "windowEnd", window.getEnd().toString(),
            "workingDays", schedule.getWorkingDays().toString()))
        .build());
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    LocalDateTime saturday = Examples.MONDAY_10AM.minusDays(2);
    LocalDateTime sundayEvening = Examples.MONDAY_10AM.minusDays(1).withHour(20);
    return List.of(
        RuleExample.fires("A call with a person in crisis scheduled on a peer's Saturday off",
            Examples.assignment("saturday-call", Activity.of(ActivityCategory.CRISIS_SUPPORT), Role.RECOVERY_SUPPORT_WORKER)
                .withWindow(Examples.window(saturday, 1)).withSetting(Setting.TELEPHONE).withCrisis(true)),
        RuleExample.fires("A visit from Sunday evening into Monday morning touches the Sunday off",
            Examples.assignment("sunday-night", Activity.of(ActivityCategory.OUTREACH), Role.PEER_SUPPORT_SPECIALIST)
                .withWindow(Examples.window(sundayEvening, 14))),
        RuleExample.silent("A Monday session within the assignee's working days",
            Examples.peerSession("monday-session")),
        RuleExample.silent("No schedule known for the assignee: nothing to compare",
            Examples.assignment("no-schedule", Activity.of(ActivityCategory.OUTREACH),
                Examples.staff("s-no-schedule", Role.PEER_SUPPORT_SPECIALIST).withSchedule(java.util.Optional.empty()))
                .withWindow(Examples.window(saturday, 1))));
  }
}
