package org.peerwork.examples.fhir;

import java.util.List;

/**
 * FHIR input that cannot be mapped to task assignments: JSON that is not a FHIR R4 Bundle, or (in
 * strict mapping) a resource peerwork cannot read. Names the place and what is allowed; never a
 * silent drop of a resource.
 */
public final class FhirMappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FhirMappingProblem> problems;

  /** An exception listing these problems; the message shows the first and how many more. */
  public FhirMappingException(List<FhirMappingProblem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  /** An exception for input that is not a readable bundle at all. */
  public FhirMappingException(String expression, String message, Throwable cause) {
    super(expression + ": " + message, cause);
    this.problems = List.of(new FhirMappingProblem(expression, "Bundle", message));
  }

  private static String render(List<FhirMappingProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    return problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
  }

  /** Every problem found, in bundle order. */
  public List<FhirMappingProblem> problems() {
    return problems;
  }

  /** The FHIRPath of the first problem. */
  public String expression() {
    return problems.get(0).expression();
  }
}
