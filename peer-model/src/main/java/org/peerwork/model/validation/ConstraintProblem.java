package org.peerwork.model.validation;

/**
 * One Bean Validation violation, as peerwork reports it: the property path (e.g.
 * {@code window.endAfterStart} or {@code duties[2].text}), the message template and the rendered
 * message. The invalid value itself is not kept, so no personal data travels with it.
 *
 * @param path the property path from the validated value
 * @param messageTemplate the constraint's message template
 * @param message the rendered message
 */
public record ConstraintProblem(String path, String messageTemplate, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
