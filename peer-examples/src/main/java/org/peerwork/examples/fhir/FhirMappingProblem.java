package org.peerwork.examples.fhir;

import java.util.Objects;

/**
 * A FHIR resource that could not be mapped to a task assignment: where (a FHIRPath expression into
 * the bundle, e.g. {@code Bundle.entry[3].resource.owner}), which resource ({@code Task/t-9}), what was
 * wrong and what is allowed. The message never repeats free text from the resource.
 *
 * @param expression the FHIRPath of the element at fault
 * @param resource the resource's type and id, e.g. {@code Task/t-9}; {@code Bundle} for the bundle itself
 * @param message what was wrong and what is allowed
 */
public record FhirMappingProblem(String expression, String resource, String message) {

  /** Validates the fields. */
  public FhirMappingProblem {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return resource + " at " + expression + ": " + message;
  }
}
