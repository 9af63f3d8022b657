package org.peerwork.rules.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.policy.Policy;

/**
 * The five assignment rules the comparison is about, and peerwork restricted to them by an ordinary
 * {@link Policy} that disables every other assignment rule, so the three engines do the same work.
 */
public final class FiveRules {

  /** Clinical task to a peer, by category or by a clinical-only code. */
  public static final String CLINICAL = "ClinicalTaskAssignedToPeer";
  /** A task outside any professional role (feeding a service user's cat). */
  public static final String OUTSIDE_ROLE = "TaskOutsideAnyRole";
  /** Prohibited conduct (financial dealing, romance, shared substance use, coercion). */
  public static final String PROHIBITED = "ProhibitedConductAssigned";
  /** Scheduled on the assignee's day off or outside their working hours. */
  public static final String DAY_OFF = "ScheduledOnDayOff";
  /** A population whose training the assignee lacks. */
  public static final String TRAINING = "AssigneeLacksPopulationTraining";

  /** The five rule ids, in peerwork's catalog order where they are registered. */
  public static final Set<String> IDS = Set.of(CLINICAL, OUTSIDE_ROLE, PROHIBITED, DAY_OFF, TRAINING);

  private FiveRules() {}

  /** The standard checks with every assignment rule but the five disabled. */
  public static PeerChecks peerwork() {
    List<String> others = new ArrayList<>();
    for (Rule<TaskAssignment> r : RuleCatalog.standard().<TaskAssignment>rulesFor(DocumentType.TASK_ASSIGNMENT)) {
      if (!IDS.contains(r.metadata().getId())) {
        others.add(r.metadata().getId());
      }
    }
    return PeerChecks.standard().withPolicy(Policy.builder().name("the five benchmark rules").addAllDisabledRules(others).build());
  }

  /** The five rule ids peerwork has registered (all five once the assignment rules are in). */
  public static Set<String> registered() {
    Set<String> s = new java.util.TreeSet<>();
    for (Rule<TaskAssignment> r : RuleCatalog.standard().<TaskAssignment>rulesFor(DocumentType.TASK_ASSIGNMENT)) {
      if (IDS.contains(r.metadata().getId())) {
        s.add(r.metadata().getId());
      }
    }
    return s;
  }

  /** peerwork behind the engines' common interface, for the agreement test. */
  public static AssignmentChecker checker() {
    PeerChecks checks = peerwork();
    return new AssignmentChecker() {
      @Override
      public String name() {
        return "peerwork";
      }

      @Override
      public List<BenchFinding> check(TaskAssignment assignment) {
        return of(checks.check(assignment));
      }

      @Override
      public long checkAll(List<TaskAssignment> assignments, Consumer<BenchFinding> findings) {
        long[] n = {0};
        checks.checkEach(assignments.iterator(), r -> {
          for (Finding f : r.findings()) {
            findings.accept(BenchFinding.of(f));
            n[0]++;
          }
        });
        return n[0];
      }
    };
  }

  /** The comparable part of a report's findings. */
  public static List<BenchFinding> of(Report report) {
    List<BenchFinding> out = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      out.add(BenchFinding.of(f));
    }
    return out;
  }
}
