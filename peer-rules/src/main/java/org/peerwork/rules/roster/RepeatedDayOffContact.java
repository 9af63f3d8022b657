package org.peerwork.rules.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
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
import org.peerwork.rules.policy.Threshold;

/**
 * A peer contacted on their days off again and again within a short window: "We all take calls on
 * our days off. We all do it."
 */
public final class RepeatedDayOffContact extends BaseRule<Roster> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("RepeatedDayOffContact")
      .title("Repeated contact on a peer's days off")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_LIFE_BALANCE)
      .appliesTo(DocumentType.ROSTER)
      .rationale("Peers at a peer-led recovery agency told the study: \"We all work from home. We all take calls on our days "
          + "off. We all do it.\" Crisis work in the community's opioid crisis left them available when not scheduled to "
          + "work, with vicarious trauma and a risk of burnout. One day-off call is reported on the assignment itself "
          + "(ScheduledOnDayOff); this rule finds the pattern. For each staff member in a peer role, it takes the roster's "
          + "assignments in the period whose time window touches a day off of the assignee's working schedule (both must "
          + "be given), and fires when some run of DAY_OFF_WINDOW_DAYS consecutive days (default 14) holds at least "
          + "REPEATED_DAY_OFF_CONTACTS of them (default 2). Both defaults are peerwork's choice.")
      .suggestion("Set up an on-call rota so day-off contacts go to whoever is on shift, tell service users who to call when "
          + "their peer is off, and give time back to the peer who was contacted.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(Threshold.REPEATED_DAY_OFF_CONTACTS.citation())
      .addCitation(Threshold.DAY_OFF_WINDOW_DAYS.citation())
      .build();

  /** The rule; stateless. */
  public RepeatedDayOffContact() {
    super(METADATA);
  }

  @Override
  public void check(Roster roster, RuleContext ctx, Consumer<Finding> findings) {
    Map<String, List<Long>> byPeer = new TreeMap<>();
    LocalDate from = roster.getPeriodStart();
    LocalDate to = roster.getPeriodEnd();
    for (TaskAssignment a : roster.getAssignments()) {
      StaffMember s = a.getAssignee();
      if (!s.getRole().isPeer() || a.getWindow().isEmpty() || s.getSchedule().isEmpty() || !CaseloadOverThreshold.inPeriod(a, from, to)) {
        continue;
      }
      long day = WorkingTime.firstDayOffEpochDay(a.getWindow().get(), s.getSchedule().get());
      if (day != WorkingTime.NONE) {
        byPeer.computeIfAbsent(s.getId(), k -> new ArrayList<>()).add(day);
      }
    }
    long window = Math.max(1L, (long) Math.floor(ctx.threshold(Threshold.DAY_OFF_WINDOW_DAYS)));
    double needed = ctx.threshold(Threshold.REPEATED_DAY_OFF_CONTACTS);
    for (Map.Entry<String, List<Long>> e : byPeer.entrySet()) {
      long[] days = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
      int best = 0;
      int bestFrom = 0;
      int bestTo = 0;
      for (int i = 0, j = 0; j < days.length; j++) {
        while (days[j] - days[i] >= window) {
          i++;
        }
        if (j - i + 1 > best) {
          best = j - i + 1;
          bestFrom = i;
          bestTo = j;
        }
      }
      if (best >= needed) {
        String first = LocalDate.ofEpochDay(days[bestFrom]).toString();
        String last = LocalDate.ofEpochDay(days[bestTo]).toString();
        findings.accept(finding(ctx, roster, Location.at("staff[id=" + e.getKey() + "]"),
                Message.of("staff member {staff} was contacted {count} times on days off within {window} days ({from} to {to}); "
                        + "{threshold} or more count as repeated",
                    "staff", e.getKey(), "count", Integer.toString(best), "window", Long.toString(window),
                    "from", first, "to", last, "threshold", Examples.fmt(needed)))
            .evidence(Evidence.facts("staff", e.getKey(), "contactsInWindow", Integer.toString(best),
                "dayOffContactsInPeriod", Integer.toString(days.length), "windowDays", Long.toString(window),
                "from", first, "to", last))
            .build());
      }
    }
  }

  @Override
  public List<RuleExample<Roster>> examples() {
    StaffMember peer = Examples.staff("s-1", Role.RECOVERY_SUPPORT_WORKER);
    StaffMember clinician = Examples.staff("s-2", Role.CLINICIAN);
    TaskAssignment sat = Examples.task("t-sat", peer, "u-1", Examples.SATURDAY.atTime(20, 0)).withSetting(Setting.TELEPHONE);
    TaskAssignment sun = Examples.task("t-sun", peer, "u-2", Examples.SATURDAY.plusDays(1).atTime(9, 0)).withSetting(Setting.TELEPHONE);
    TaskAssignment satLater = Examples.task("t-sat-later", peer, "u-2", Examples.SATURDAY.plusWeeks(3).atTime(9, 0));
    TaskAssignment weekday = Examples.task("t-mon", peer, "u-3", Examples.workingDay(0));
    return List.of(
        RuleExample.fires("A recovery support worker taking calls on Saturday and Sunday of the same weekend (the study's quote)",
            Examples.roster("weekend-calls", List.of(weekday, sat, sun))),
        RuleExample.silent("Two day-off contacts three weeks apart, outside the 14-day window",
            Examples.roster("far-apart", List.of(sat, satLater, weekday))),
        RuleExample.silent("A clinician's weekend calls: the rule looks at peers",
            Examples.roster("clinician-weekend", List.of(sat.withAssignee(clinician), sun.withAssignee(clinician)))));
  }
}
