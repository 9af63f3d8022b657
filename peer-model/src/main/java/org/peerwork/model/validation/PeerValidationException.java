package org.peerwork.model.validation;

import java.util.List;

/** A value broke one or more Bean Validation constraints; {@link #problems()} lists them with paths. */
public final class PeerValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConstraintProblem> problems;

  PeerValidationException(String type, List<ConstraintProblem> problems) {
    super(type + " is not valid: " + problems, null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** The violations, sorted by path. */
  public List<ConstraintProblem> problems() {
    return problems;
  }
}
