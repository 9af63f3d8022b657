package org.peerwork.rules.policy;

import java.util.List;

/**
 * A policy could not be used: unreadable JSON, an unknown rule id, a threshold out of range. A
 * policy is applied whole or not at all, never half-applied.
 */
public final class PolicyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final List<String> allowedValues;

  /** A policy problem at {@code path} (e.g. {@code $.disabledRules[1]}). */
  public PolicyException(String path, String message, List<String> allowedValues, Throwable cause) {
    super("invalid policy at " + path + ": " + message
        + (allowedValues == null || allowedValues.isEmpty() ? "" : "; allowed values: " + String.join(", ", allowedValues)), cause);
    this.path = path;
    this.allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
  }

  /** Where in the policy document. */
  public String path() {
    return path;
  }

  /** What would have been allowed there, when the choice is closed. */
  public List<String> allowedValues() {
    return allowedValues;
  }
}
