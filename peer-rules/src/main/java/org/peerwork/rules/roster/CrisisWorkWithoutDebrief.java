package org.peerwork.rules.roster;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.DebriefRecord;
import org.peerwork.model.assignment.Roster;
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
import org.peerwork.rules.policy.Threshold;

/**
 * A staff member given more crisis assignments in a row than the policy allows with no debrief in
 * between: the study's peers coped with vicarious trauma through debriefings as needed.
 */
public final class CrisisWorkWithoutDebrief extends BaseRule<Roster> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("CrisisWorkWithoutDebrief")
      .title("Crisis work without a debrief")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.ROSTER)
      .rationale("The study's peers reported vicarious trauma from crisis work in the community's opioid crisis; to address "
          + "it they checked in with one another, had regular access to supervisors and took part in debriefings as needed. "
          + "For each staff member (any role: vicarious trauma is not a peer matter only), the rule puts their crisis "
          + "assignments in time order with their debriefs and fires when more than CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF "
          + "(default 3, peerwork's choice) follow one another with no debrief in between. A debrief at or before an "
          + "assignment's start counts before it. A crisis assignment without a time window cannot be placed between "
          + "debriefs; it is counted only when the staff member has no debrief at all in the roster.")
      .suggestion("Schedule a debrief with a supervisor or peer colleague after crisis work, and spread crisis assignments "
          + "across the team.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF.citation())
      .build();

  private static final Comparator<TaskAssignment> TIME_ORDER = Comparator
      .comparing((TaskAssignment a) -> a.getWindow().get().getStart())
      .thenComparing(a -> a.getWindow().get().getEnd())
      .thenComparing(TaskAssignment::getId);

  /** The rule; stateless. */
  public CrisisWorkWithoutDebrief() {
    super(METADATA);
  }

  @Override
  public void check(Roster roster, RuleContext ctx, Consumer<Finding> findings) {
    Map<String, List<TaskAssignment>> timed = new TreeMap<>();
    Map<String, Integer> untimed = new TreeMap<>();
    for (TaskAssignment a : roster.getAssignments()) {
      if (!a.isCrisis()) {
        continue;
      }
      String id = a.getAssignee().getId();
      if (a.getWindow().isPresent()) {
        timed.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
      } else {
        untimed.merge(id, 1, Integer::sum);
      }
    }
    if (timed.isEmpty() && untimed.isEmpty()) {
      return;
    }
    Map<String, List<LocalDateTime>> debriefs = new TreeMap<>();
    for (DebriefRecord d : roster.getDebriefs()) {
      debriefs.computeIfAbsent(d.getStaffId(), k -> new ArrayList<>()).add(d.getAt());
    }
    TreeMap<String, Boolean> staff = new TreeMap<>();
    timed.keySet().forEach(k -> staff.put(k, true));
    untimed.keySet().forEach(k -> staff.put(k, true));
    double limit = ctx.threshold(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF);
    for (String id : staff.keySet()) {
      List<TaskAssignment> list = timed.getOrDefault(id, List.of());
      List<LocalDateTime> times = debriefs.getOrDefault(id, List.of());
      int total = list.size() + untimed.getOrDefault(id, 0);
      int longest;
      String from = null;
      String to = null;
      if (times.isEmpty()) {
        longest = total;
      } else {
        List<TaskAssignment> sorted = new ArrayList<>(list);
        sorted.sort(TIME_ORDER);
        List<LocalDateTime> ds = new ArrayList<>(times);
        ds.sort(null);
        longest = 0;
        int run = 0;
        int runStart = 0;
        int k = 0;
        for (int i = 0; i < sorted.size(); i++) {
          LocalDateTime start = sorted.get(i).getWindow().get().getStart();
          boolean debriefed = false;
          while (k < ds.size() && !ds.get(k).isAfter(start)) {
            k++;
            debriefed = true;
          }
          if (debriefed) {
            run = 0;
          }
          if (run == 0) {
            runStart = i;
          }
          run++;
          if (run > longest) {
            longest = run;
            from = sorted.get(runStart).getWindow().get().getStart().toString();
            to = sorted.get(i).getWindow().get().getStart().toString();
          }
        }
      }
      if (longest > limit) {
        Evidence.Builder ev = Evidence.builder().putFact("staff", id).putFact("longestRunWithoutDebrief", Integer.toString(longest))
            .putFact("crisisAssignments", Integer.toString(total)).putFact("debriefs", Integer.toString(times.size()));
        if (from != null) {
          ev.putFact("runFrom", from).putFact("runTo", to);
        }
        findings.accept(finding(ctx, roster, Location.at("staff[id=" + id + "]"),
                Message.of("staff member {staff} had {count} crisis assignments with no debrief in between, more than {threshold}",
                    "staff", id, "count", Integer.toString(longest), "threshold", Examples.fmt(limit)))
            .evidence(ev.build())
            .build());
      }
    }
  }

  @Override
  public List<RuleExample<Roster>> examples() {
    StaffMember peer = Examples.staff("s-1", Role.RECOVERY_COACH);
    List<TaskAssignment> four = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      four.add(Examples.task("crisis-" + i, peer, "u-" + i, Examples.workingDay(i))
          .withActivity(Activity.of(ActivityCategory.CRISIS_SUPPORT)).withCrisis(true));
    }
    Roster noDebrief = Examples.roster("four-crises", four);
    Roster debriefed = Roster.builder().from(Examples.roster("four-crises-debriefed", four))
        .addDebrief(DebriefRecord.of("s-1", Examples.workingDay(2).withHour(9))).build();
    return List.of(
        RuleExample.fires("Four crisis calls in four days for one recovery coach, never debriefed", noDebrief),
        RuleExample.silent("The same four calls with a debrief after the second", debriefed),
        RuleExample.silent("Three crisis calls: within the default of 3", Examples.roster("three-crises", four.subList(0, 3))));
  }
}
