package org.peerwork.rules.hiring;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peerwork.model.evidence.Vocabulary;

/** Small formatting helpers for the hiring rules' messages and evidence. */
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

  /** Labels in lower case as a sentence list: "a", "a and b", "a, b and c". */
  static String sentence(Collection<? extends Vocabulary> terms) {
    java.util.List<String> l = terms.stream().map(Text::lower).toList();
    if (l.size() <= 1) {
      return String.join("", l);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
  }

  /** Enum constant names joined by commas, for evidence facts; "none" when empty. */
  static String names(Collection<? extends Enum<?>> terms) {
    return terms.isEmpty() ? "none" : terms.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** A phrase with "a" or "an" before it, by its first letter. */
  static String withArticle(String phrase) {
    return (!phrase.isEmpty() && "aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "an " : "a ") + phrase;
  }

  /** A number without a trailing ".0" when it is whole. */
  static String num(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
