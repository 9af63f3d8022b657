package org.peerwork.rules;

import java.util.Objects;
import org.peerwork.model.PeerDocument;

/**
 * A worked example of a rule: a document and whether the rule should fire on it under the default
 * policy. The test suite runs every example; the documentation shows them.
 *
 * @param <T> the document type
 * @param description what the example shows, in a sentence
 * @param document the document checked
 * @param fires true when the rule must report at least one finding, false when it must report none
 */
public record RuleExample<T extends PeerDocument>(String description, T document, boolean fires) {

  /** Validates the fields. */
  public RuleExample {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(document, "document");
  }

  /** An example on which the rule fires. */
  public static <T extends PeerDocument> RuleExample<T> fires(String description, T document) {
    return new RuleExample<>(description, document, true);
  }

  /** An example on which the rule stays silent. */
  public static <T extends PeerDocument> RuleExample<T> silent(String description, T document) {
    return new RuleExample<>(description, document, false);
  }
}
