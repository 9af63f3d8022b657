package org.peerwork.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;
import org.peerwork.model.text.TextSpan;

/**
 * Where in a document a finding points: a field path such as {@code assignee.credentials[0]} or
 * {@code duties[3]} and, for free text, the character span in the original text.
 *
 * <p>Items of a roster are named by id, not position, so that reordering a roster does not change
 * its findings: {@code assignments[id=t-17].activity}.
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = Location.class)
@JsonDeserialize(as = Location.class)
abstract class LocationDef {

  /** The field path from the document root; empty for the document as a whole. */
  @Value.Parameter
  public abstract String getPath();

  /** The character span in the original text, for text documents. */
  public abstract Optional<TextSpan> getSpan();

  /** The whole document. */
  public static Location document() {
    return Location.of("");
  }

  /** A field path. */
  public static Location at(String path) {
    return Location.of(path);
  }

  /** A field path and a span of the original text. */
  public static Location at(String path, TextSpan span) {
    return Location.builder().path(path).span(span).build();
  }

  @Override
  public String toString() {
    String p = getPath().isEmpty() ? "(document)" : getPath();
    return getSpan().map(s -> p + " " + s).orElse(p);
  }
}
