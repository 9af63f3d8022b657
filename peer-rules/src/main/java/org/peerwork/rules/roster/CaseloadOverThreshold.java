package org.peerwork.rules.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.function.Consumer;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
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
 * A peer whose caseload in the roster's period (distinct service users) is over the policy's
 * threshold, by default 15, from a 1:15 Medicaid staffing ratio.
 */
public final class CaseloadOverThreshold extends BaseRule<Roster> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("CaseloadOverThreshold")
      .title("Peer caseload over the policy threshold")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.CHALLENGES)
      .appliesTo(DocumentType.ROSTER)
      .rationale("The study's peers reported low pay coupled with high job demands, one peer per intensive treatment team "
          + "left to cover large numbers of people. North Carolina's Medicaid peer support policy sets a ratio of one "
          + "certified peer support specialist to 15 people, the default of the MAX_CASELOAD threshold; an agency or state "
          + "sets its own in a policy. For each staff member in a peer role, the rule counts the distinct service-user "
          + "references of their assignments in the roster's period (assignments without a time window count; those whose "
          + "window lies wholly outside the period do not) and fires when the count is above the threshold.")
      .suggestion("Rebalance the caseload across peers or hire more peers; keep each peer's caseload within the policy's ratio.")
      .addCitation(Threshold.MAX_CASELOAD.citation())
      .addCitation(StudySections.study(StudySections.LOW_SALARY))
      .build();

  /** The rule; stateless. */
  public CaseloadOverThreshold() {
    super(METADATA);
  }

  @Override
  public void check(Roster roster, RuleContext ctx, Consumer<Finding> findings) {
    Map<String, Set<String>> byPeer = new TreeMap<>();
    LocalDate from = roster.getPeriodStart();
    LocalDate to = roster.getPeriodEnd();
    for (TaskAssignment a : roster.getAssignments()) {
      if (!a.getAssignee().getRole().isPeer() || a.getServiceUserRef().isEmpty() || !inPeriod(a, from, to)) {
        continue;
      }
      byPeer.computeIfAbsent(a.getAssignee().getId(), k -> new HashSet<>()).add(a.getServiceUserRef().get());
    }
    double max = ctx.threshold(Threshold.MAX_CASELOAD);
    for (Map.Entry<String, Set<String>> e : byPeer.entrySet()) {
      int n = e.getValue().size();
      if (n > max) {
        findings.accept(finding(ctx, roster, Location.at("staff[id=" + e.getKey() + "]"),
                Message.of("staff member {staff} has a caseload of {count} people in the period, above the threshold of {threshold}",
                    "staff", e.getKey(), "count", Integer.toString(n), "threshold", Examples.fmt(max)))
            .evidence(Evidence.facts("staff", e.getKey(), "caseload", Integer.toString(n), "threshold", Examples.fmt(max),
                "periodStart", from.toString(), "periodEnd", to.toString()))
            .build());
      }
    }
  }

  /** True when the assignment has no window, or its window touches the period. */
  static boolean inPeriod(TaskAssignment a, LocalDate from, LocalDate to) {
    if (a.getWindow().isEmpty()) {
      return true;
    }
    TimeWindow w = a.getWindow().get();
    return !w.getStart().toLocalDate().isAfter(to) && !w.getEnd().toLocalDate().isBefore(from);
  }

  @Override
  public List<RuleExample<Roster>> examples() {
    StaffMember peer = Examples.staff("s-1", Role.PEER_SUPPORT_SPECIALIST);
    StaffMember clinician = Examples.staff("s-2", Role.CLINICIAN);
    List<TaskAssignment> heavy = new ArrayList<>();
    List<TaskAssignment> clinical = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      heavy.add(Examples.task("t-" + i, peer, "u-" + i, Examples.workingDay(i)));
      clinical.add(Examples.task("c-" + i, clinician, "u-" + i, Examples.workingDay(i)));
    }
    List<TaskAssignment> repeat = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      repeat.add(Examples.task("r-" + i, peer, "u-" + (i % 10), Examples.workingDay(i)));
    }
    return List.of(
        RuleExample.fires("One peer seeing 20 different people in a month", Examples.roster("caseload-20", heavy)),
        RuleExample.silent("One peer seeing the same 10 people twice each", Examples.roster("caseload-10", repeat)),
        RuleExample.silent("A clinician's 20 people: the peer ratio does not apply", Examples.roster("clinician-20", clinical)));
  }
}
