package org.peerwork.rules.text;

import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.text.TextSpan;

/** A section of a posting: its kind, its heading as written, and where its body is. */
@Value.Immutable
abstract class PostingSectionDef {

  /** What the section is. */
  public abstract SectionKind getKind();

  /** The heading as written, without a final colon; empty for the text before the first heading. */
  public abstract Optional<String> getHeading();

  /** Where the heading is in the posting. */
  public abstract Optional<TextSpan> getHeadingSpan();

  /** Where the body is, from the end of the heading to the start of the next one. */
  public abstract TextSpan getSpan();

  @Override
  public String toString() {
    return getKind() + getHeading().map(h -> " \"" + h + "\"").orElse("") + " " + getSpan();
  }
}
