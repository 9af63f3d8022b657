package org.peerwork.rules.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;

/** Wording and counting shared by the renderers, so text, docs and SARIF say things the same way. */
final class Texts {

  private Texts() {}

  /** "1 error", "2 warnings", "0 notes": the word a person reads for a severity. */
  static String severityCount(Severity s, int n) {
    String word = switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** "1 error, 0 warnings, 2 notes", every severity in order. */
  static String severityCounts(Map<Severity, Integer> counts) {
    StringBuilder b = new StringBuilder();
    for (Severity s : Severity.values()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(severityCount(s, counts.getOrDefault(s, 0)));
    }
    return b.toString();
  }

  /** "1 finding", "3 findings". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "1. Work role and boundaries". */
  static String theme(StudyTheme t) {
    return t.number() + ". " + t.label();
  }

  /** "peer norms: permitted / clinical norms: prohibited". */
  static String verdicts(NormComparison v) {
    return "peer norms: " + lower(v.getPeerVerdict().label()) + " / clinical norms: " + lower(v.getClinicalVerdict().label());
  }

  /** "duties[3] [14, 27)", or "(document)" for the whole document. */
  static String location(Location l) {
    return l.toString();
  }

  /** "negated", "excluded section", "other actor". */
  static String flag(ContextFlag f) {
    return lower(f.name()).replace('_', ' ');
  }

  /** "ALMEIDA2020, Results: Hiring Peer Support Specialists". */
  static String citation(Citation c) {
    return c.getSourceId() + ", " + c.getLocator();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * The first sentence of a text: up to the first full stop that is followed by a space and an
   * upper-case letter, or the whole text.
   */
  static String firstSentence(String text) {
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
      if (i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2))) {
        return text.substring(0, i + 1);
      }
    }
    return text;
  }

  /** Line breaks (CR LF, CR, LF, and the Unicode line and paragraph separators) as LF. */
  static String normaliseLineBreaks(String s) {
    if (s.indexOf('\r') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0) {
      return s;
    }
    return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
  }

  /** The text on one line: every run of line breaks becomes one space. */
  static String oneLine(String s) {
    String n = normaliseLineBreaks(s);
    if (n.indexOf('\n') < 0) {
      return n;
    }
    return n.replaceAll("\n+", " ");
  }

  /** Counts by severity over many reports, every severity present. */
  static Map<Severity, Integer> countsBySeverity(List<Report> reports) {
    Map<Severity, Integer> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, 0);
    }
    for (Report r : reports) {
      for (Finding f : r.findings()) {
        m.merge(f.getSeverity(), 1, Integer::sum);
      }
    }
    return m;
  }

  /** Counts by rule id over many reports, sorted by id. */
  static Map<String, Integer> countsByRule(List<Report> reports) {
    Map<String, Integer> m = new TreeMap<>();
    for (Report r : reports) {
      for (Finding f : r.findings()) {
        m.merge(f.getRuleId(), 1, Integer::sum);
      }
    }
    return m;
  }

  /** Counts by theme over many reports, every theme present. */
  static Map<StudyTheme, Integer> countsByTheme(List<Report> reports) {
    Map<StudyTheme, Integer> m = new EnumMap<>(StudyTheme.class);
    for (StudyTheme t : StudyTheme.values()) {
      m.put(t, 0);
    }
    for (Report r : reports) {
      for (Finding f : r.findings()) {
        m.merge(f.getTheme(), 1, Integer::sum);
      }
    }
    return m;
  }

  static int findingCount(List<Report> reports) {
    int n = 0;
    for (Report r : reports) {
      n += r.findings().size();
    }
    return n;
  }

  /**
   * The pretty printer of the JSON renderers: two-space indent, {@code \n} line ends on every
   * platform, {@code "key": value}, and {@code []} / {@code {}} for empty arrays and objects.
   */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Appends, turning the checked {@link IOException} of an {@link Appendable} into an unchecked one. */
  static void append(Appendable out, CharSequence s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the report failed", e);
    }
  }
}
