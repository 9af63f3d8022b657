package org.peerwork.rules.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Report;

/**
 * Exports the findings of many reports as CSV for analysis in R, pandas or a spreadsheet: one row per
 * finding, tabulated the way a researcher counts findings by rule, severity, theme or document.
 *
 * <p>Columns, in order: {@code rule, severity, theme, subject_type, subject, path, span_start,
 * span_end, message, suggestion}. Severity, theme and subject type are the enum names
 * ({@code ERROR}, {@code WORK_ROLE_AND_BOUNDARIES}, {@code TASK_ASSIGNMENT}); {@code path} is empty for
 * the whole document; the span columns are empty unless the finding points into free text.
 *
 * <p>The text is RFC 4180 CSV with a header row and {@code \n} line ends, meant to be written as UTF-8
 * without a byte order mark: a field is quoted when it holds a comma, a double quote, a line break or
 * leading or trailing spaces, and a double quote inside is doubled. R's {@code read.csv(file,
 * encoding = "UTF-8")} and pandas' {@code read_csv(file)} read it as is, line breaks inside messages
 * included. Values are written as they are (no spreadsheet formula escaping), so analysis sees the
 * real text.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
 *   CsvExport.write(reports, w);
 * }
 * }</pre>
 */
public final class CsvExport {

  /** The header row's column names, in order. */
  public static final List<String> COLUMNS = List.of(
      "rule", "severity", "theme", "subject_type", "subject", "path", "span_start", "span_end", "message", "suggestion");

  private CsvExport() {}

  /** The CSV text of the findings of these reports, in report order. */
  public static String toCsv(List<Report> reports) {
    StringBuilder b = new StringBuilder();
    write(reports, b);
    return b.toString();
  }

  /**
   * Writes the header and one row per finding to {@code out}; an I/O failure is an
   * {@link java.io.UncheckedIOException}. The caller chooses UTF-8 for a byte stream.
   */
  public static void write(Iterable<Report> reports, Appendable out) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(out, "out");
    Texts.append(out, row(COLUMNS));
    for (Report r : reports) {
      Objects.requireNonNull(r, "reports contains null");
      for (Finding f : r.findings()) {
        Texts.append(out, row(f));
      }
    }
  }

  /** The header row, with its line end. */
  public static String header() {
    return row(COLUMNS);
  }

  /** One finding's row, with its line end. */
  public static String row(Finding f) {
    Optional<TextSpan> span = f.getLocation().getSpan();
    return row(List.of(
        f.getRuleId(),
        f.getSeverity().name(),
        f.getTheme().name(),
        f.getSubjectType().name(),
        f.getSubjectId(),
        f.getLocation().getPath(),
        span.map(s -> Integer.toString(s.getStart())).orElse(""),
        span.map(s -> Integer.toString(s.getEnd())).orElse(""),
        f.getMessage().getText(),
        f.getSuggestion()));
  }

  private static String row(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      field(b, fields.get(i));
    }
    return b.append('\n').toString();
  }

  /** One field, quoted when needed (RFC 4180), double quotes doubled. */
  static void field(StringBuilder b, String value) {
    if (needsQuotes(value)) {
      b.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      b.append(value);
    }
  }

  private static boolean needsQuotes(String v) {
    if (v.isEmpty()) {
      return false;
    }
    if (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))) {
      return true;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
