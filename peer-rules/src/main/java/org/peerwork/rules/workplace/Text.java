package org.peerwork.rules.workplace;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peerwork.model.evidence.Vocabulary;

/** Small formatting helpers for the workplace rules' messages and evidence. */
final class Text {

  private Text() {}

  /** A label in lower case, for use inside a sentence. */
  static String lower(Vocabulary term) {
    return term.label().toLowerCase(Locale.ROOT);
  }

  /** Labels in lower case joined by commas, in the collection's order. */
  static String labels(Collection<? extends Vocabulary> terms) {
    return terms.stream().map(Text::lower).collect(Collectors.joining(", "));
  }

  /** Enum constant names joined by commas, for evidence facts; "none" when empty. */
  static String names(Collection<? extends Enum<?>> terms) {
    return terms.isEmpty() ? "none" : terms.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** A number without a trailing ".0" when it is whole. */
  static String num(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
