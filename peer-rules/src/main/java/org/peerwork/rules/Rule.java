package org.peerwork.rules;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.PeerDocument;

/**
 * One check of one document type. Rules are stateless and independent: no chaining, no priorities,
 * no side effects. The engine runs them in catalog order, so the same input always gives the same
 * findings in the same order, and one rule instance is safe to share between threads.
 *
 * @param <T> the document type checked
 */
public interface Rule<T extends PeerDocument> {

  /** The rule's catalog entry. */
  RuleMetadata metadata();

  /**
   * Checks one document and passes each finding to {@code findings}. Must not throw for any valid
   * document; must not keep state between calls.
   */
  void check(T document, RuleContext context, Consumer<Finding> findings);

  /**
   * At least one positive example (the rule fires) and one negative example (it does not), run by
   * the test suite and shown in the rule's documentation page.
   */
  List<RuleExample<T>> examples();
}
