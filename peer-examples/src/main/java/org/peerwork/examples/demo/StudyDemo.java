package org.peerwork.examples.demo;

import java.io.PrintStream;
import java.util.List;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.boundary.BoundaryNorm;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;

/**
 * The study's scenarios, run through peerwork: what peer norms and clinical norms each say of the
 * study's three boundary examples, and what the checks report when the tasks are assigned to peers.
 */
public final class StudyDemo {

  private StudyDemo() {}

  /** Runs the demo and prints to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    out.println("peerwork demo: Almeida et al. 2020, peer support specialists in integrated MH/SUD care");
    out.println();
    BoundaryNorms norms = BoundaryNorms.standard();
    record Example(String what, ActivityCategory category, Setting setting) {}
    List<Example> examples = List.of(
        new Example("An emergency room clinical assessment", ActivityCategory.CLINICAL_ASSESSMENT, Setting.EMERGENCY_DEPARTMENT),
        new Example("Feeding a service user's cat", ActivityCategory.PERSONAL_ERRAND, Setting.HOME),
        new Example("Going fishing with a lonely service user", ActivityCategory.SOCIAL_ACTIVITY, Setting.COMMUNITY));
    PeerChecks checks = PeerChecks.standard();
    int i = 0;
    for (Example e : examples) {
      out.println("== " + e.what() + " (" + e.category().label() + ")");
      for (NormSet set : NormSet.values()) {
        BoundaryNorm n = norms.norm(set, e.category());
        out.println("   " + set.label() + ": " + n.getVerdict().label() + " - " + n.getRationale());
        out.println("      sources: " + n.getCitations());
      }
      TaskAssignment a = TaskAssignment.builder()
          .id("demo-" + (++i))
          .activity(Activity.of(e.category(), e.what()))
          .assignee(StaffMember.of("peer-1", Role.PEER_SUPPORT_SPECIALIST))
          .assignedBy(Role.CLINICIAN)
          .setting(e.setting())
          .build();
      Report r = checks.check(a);
      out.println("   assigned to a peer support specialist: " + r);
      for (Finding f : r.findings()) {
        out.println("      " + f);
        out.println("         do instead: " + f.getSuggestion());
      }
      out.println();
    }
  }
}
