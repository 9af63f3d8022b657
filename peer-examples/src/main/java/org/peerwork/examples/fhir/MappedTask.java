package org.peerwork.examples.fhir;

import java.util.Map;
import java.util.Objects;
import org.peerwork.model.assignment.TaskAssignment;

/**
 * A FHIR Task mapped to a task assignment, with what is needed to point findings back at the Task:
 * its place in the bundle and which coding each activity code came from.
 *
 * @param assignment the task assignment, whose id is the Task's id
 * @param entryIndex the Task's index among the bundle's entries
 * @param resource the Task's type and id, e.g. {@code Task/t-1}
 * @param codingOfCode for each index into {@code activity.codes}, the index into {@code Task.code.coding} it came from
 */
public record MappedTask(TaskAssignment assignment, int entryIndex, String resource, Map<Integer, Integer> codingOfCode) {

  /** Validates and copies the fields. */
  public MappedTask {
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(resource, "resource");
    codingOfCode = Map.copyOf(codingOfCode);
  }

  /** The FHIRPath of the Task in the bundle, e.g. {@code Bundle.entry[2].resource}. */
  public String base() {
    return "Bundle.entry[" + entryIndex + "].resource";
  }

  /**
   * The FHIRPath in the bundle of a finding's field path on the assignment: {@code activity.codes[0]}
   * becomes {@code Bundle.entry[2].resource.code.coding[1]}, {@code assignee...} becomes
   * {@code ...owner}, {@code window...} becomes {@code ...executionPeriod}.
   */
  public String expressionOf(String path) {
    String p = path == null ? "" : path;
    if (p.startsWith("activity.codes[")) {
      int end = p.indexOf(']');
      try {
        int k = Integer.parseInt(p.substring("activity.codes[".length(), end));
        Integer j = codingOfCode.get(k);
        return base() + ".code" + (j == null ? "" : ".coding[" + j + "]");
      } catch (RuntimeException e) {
        return base() + ".code";
      }
    }
    if (p.startsWith("activity")) {
      return base() + ".code";
    }
    if (p.startsWith("assignee")) {
      return base() + ".owner";
    }
    if (p.startsWith("assignedBy")) {
      return base() + ".requester";
    }
    if (p.startsWith("window")) {
      return base() + ".executionPeriod";
    }
    if (p.startsWith("setting")) {
      return base() + ".location";
    }
    if (p.startsWith("serviceUserRef")) {
      return base() + ".for";
    }
    return base();
  }
}
