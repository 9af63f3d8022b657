package org.peerwork.rules.bench;

import java.util.List;
import org.peerwork.model.assignment.TaskAssignment;

/** Assignments from the model's property-test generators (a second, independent source of inputs). */
final class GeneratedInputs {

  private GeneratedInputs() {}

  /** {@code n} generated assignments, reproducibly. */
  static List<TaskAssignment> assignments(int n) {
    return BenchData.assignments(n, BenchData.SEED + 3);
  }
}
