package org.peerwork.examples.fhir;

import java.util.List;
import java.util.Objects;

/**
 * What {@link FhirTaskMapper} made of a bundle: the Tasks it mapped and, for every resource it could
 * not map, a problem naming where and why. Every Task of the bundle is in exactly one of the two.
 *
 * @param tasks the mapped Tasks, in bundle order
 * @param problems the resources that could not be mapped, in bundle order
 * @param taskCount how many Task resources the bundle held
 */
public record FhirMapping(List<MappedTask> tasks, List<FhirMappingProblem> problems, int taskCount) {

  /** Validates and copies the fields. */
  public FhirMapping {
    tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** True when every resource was mapped. */
  public boolean isComplete() {
    return problems.isEmpty();
  }
}
