package org.peerwork.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;

/**
 * What a finding rests on: the quoted words of the checked document (for text), the lexicon phrase
 * they matched, the context flags that applied, and named facts such as {@code code=90791}.
 *
 * <p>Evidence quotes only the text of the document being checked (a duty statement), never data
 * about a service user.
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = Evidence.class)
@JsonDeserialize(as = Evidence.class)
abstract class EvidenceDef {

  /** The exact words of the checked document, for text findings. */
  public abstract Optional<String> getQuote();

  /** The lexicon phrase the words matched, normalised. */
  public abstract Optional<String> getMatchedPhrase();

  /** Context flags that applied. */
  public abstract Set<ContextFlag> getContext();

  /** Named facts behind the finding, e.g. {@code code=90791}, {@code count=4}. */
  public abstract Map<String, String> getFacts();

  /** Evidence made of named facts, given as name, value pairs. */
  public static Evidence facts(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("facts come in name, value pairs");
    }
    Evidence.Builder b = Evidence.builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.putFact(namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
    }
    return b.build();
  }
}
