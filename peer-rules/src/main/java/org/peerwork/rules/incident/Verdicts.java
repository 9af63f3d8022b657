package org.peerwork.rules.incident;

import java.util.Locale;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.incident.ReviewOutcome;

/** Verdicts and outcomes as words inside a sentence. */
final class Verdicts {

  private Verdicts() {}

  /** What a norm set does to an activity: "expect", "permit", "prohibit"... */
  static String verb(Verdict v) {
    return switch (v) {
      case EXPECTED -> "expect";
      case PERMITTED -> "permit";
      case CONDITIONAL -> "allow only under conditions";
      case OUT_OF_SCOPE -> "hold out of scope";
      case PROHIBITED -> "prohibit";
    };
  }

  /** An outcome with its article: "a reprimand", "a finding of a boundary violation". */
  static String outcome(ReviewOutcome o) {
    return switch (o) {
      case REPRIMAND -> "a reprimand";
      case WRITTEN_WARNING -> "a written warning";
      case BOUNDARY_VIOLATION_FOUND -> "a finding of a boundary violation";
      case COACHING -> "coaching";
      case NO_ACTION -> "no action";
    };
  }

  /** An outcome without an article: "reprimand", "finding of a boundary violation". */
  static String noun(ReviewOutcome o) {
    String withArticle = outcome(o);
    return withArticle.startsWith("a ") ? withArticle.substring(2) : withArticle;
  }

  /** A norm set as words: "peer norms", "clinical norms". */
  static String norms(org.peerwork.model.boundary.NormSet set) {
    return set.label().toLowerCase(Locale.ROOT);
  }
}
