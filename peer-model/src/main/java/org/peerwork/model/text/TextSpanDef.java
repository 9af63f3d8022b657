package org.peerwork.model.text;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 code units, as
 * {@link String#substring(int, int)} counts them) into the original text of a document.
 */
@Value.Immutable
@JsonSerialize(as = TextSpan.class)
@JsonDeserialize(as = TextSpan.class)
abstract class TextSpanDef {

  /** The first character, inclusive. */
  @Value.Parameter
  @PositiveOrZero
  public abstract int getStart();

  /** One past the last character. */
  @Value.Parameter
  @PositiveOrZero
  public abstract int getEnd();

  /** The number of characters covered. */
  @JsonIgnore
  public int length() {
    return getEnd() - getStart();
  }

  /** The covered characters of {@code text}, which must be the text the span was taken from. */
  public String quote(String text) {
    return text.substring(getStart(), getEnd());
  }

  /** True when the span lies inside a text of this length. */
  public boolean fitsIn(int textLength) {
    return getEnd() <= textLength;
  }

  /** The end does not come before the start. */
  @JsonIgnore
  @AssertTrue(message = "end must not come before start")
  public boolean isOrdered() {
    return getEnd() >= getStart();
  }

  @Value.Check
  void check() {
    if (getStart() < 0 || getEnd() < getStart()) {
      throw new IllegalArgumentException("text span [" + getStart() + ", " + getEnd() + ") must have 0 <= start <= end");
    }
  }

  @Override
  public String toString() {
    return "[" + getStart() + ", " + getEnd() + ")";
  }
}
