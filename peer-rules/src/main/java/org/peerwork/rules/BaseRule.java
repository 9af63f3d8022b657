package org.peerwork.rules;

import java.util.Objects;
import org.peerwork.model.PeerDocument;

/**
 * A convenient base for rules: holds the metadata and starts findings pre-filled with the rule's
 * id, effective severity, theme, subject, suggestion and citations.
 *
 * @param <T> the document type checked
 */
public abstract class BaseRule<T extends PeerDocument> implements Rule<T> {

  private final RuleMetadata metadata;

  /** A rule with this catalog entry. */
  protected BaseRule(RuleMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    if (!metadata.getId().equals(getClass().getSimpleName())) {
      throw new IllegalStateException("rule id " + metadata.getId() + " must match its class " + getClass().getSimpleName());
    }
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  /** A finding of this rule on {@code document} at {@code location}, ready for message and evidence. */
  protected final Finding.Builder finding(RuleContext context, T document, Location location, Message message) {
    return context.newFinding(metadata, DocumentType.of(document), document.getId(), location, message);
  }

  @Override
  public String toString() {
    return metadata.toString();
  }
}
