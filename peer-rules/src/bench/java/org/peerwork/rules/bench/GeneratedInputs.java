package org.peerwork.rules.bench;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.testing.Generators;

/**
 * Assignments from the model's property-test generators: every activity, role, setting, schedule,
 * window and population mix, edge-leaning; a second source of inputs independent of {@link BenchData}.
 */
final class GeneratedInputs {

  private GeneratedInputs() {}

  /** {@code n} generated assignments, reproducibly (fixed seed). */
  static List<TaskAssignment> assignments(int n) {
    List<TaskAssignment> out = new ArrayList<>(n);
    qt().withFixedSeed(BenchData.SEED).withExamples(n).forAll(Generators.taskAssignments()).checkAssert(out::add);
    return out;
  }
}
