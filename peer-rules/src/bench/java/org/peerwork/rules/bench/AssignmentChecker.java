package org.peerwork.rules.bench;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.assignment.TaskAssignment;

/** One engine's version of the five assignment rules, as the benchmarks and the agreement test drive it. */
public interface AssignmentChecker {

  /** The engine's name, for messages. */
  String name();

  /** The findings on one assignment, in the engine's own order. */
  List<BenchFinding> check(TaskAssignment assignment);

  /**
   * Checks a whole roster in the engine's most natural batch form, passing every finding to
   * {@code findings}; returns how many findings there were.
   */
  long checkAll(List<TaskAssignment> assignments, Consumer<BenchFinding> findings);
}
