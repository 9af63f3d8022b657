package org.peerwork.model.json;

import java.util.List;
import java.util.Objects;

/**
 * A JSON document could not be read as a peerwork value. Says what was wrong ({@link #problem()}),
 * where (a JSON path such as {@code $.assignee.credentials[0].status}, and the line and column), and
 * for a closed vocabulary the allowed values.
 *
 * <p>The message never repeats values from the document, so no personal data leaks through it.
 */
public final class PeerJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final JsonProblem problem;
  private final String path;
  private final int line;
  private final int column;
  private final List<String> allowedValues;
  private final String detail;

  PeerJsonException(JsonProblem problem, String path, int line, int column, List<String> allowedValues, String detail, Throwable cause) {
    super(render(problem, path, line, column, allowedValues, detail), cause, false, false);
    this.problem = Objects.requireNonNull(problem);
    this.path = path == null ? "$" : path;
    this.line = line;
    this.column = column;
    this.allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    this.detail = detail;
  }

  /** The same problem, placed on line {@code lineNumber} of a larger input such as an NDJSON stream. */
  PeerJsonException onLine(long lineNumber) {
    return new PeerJsonException(problem, path, (int) Math.min(Integer.MAX_VALUE, lineNumber), column, allowedValues, detail, getCause());
  }

  private static String render(JsonProblem problem, String path, int line, int column, List<String> allowed, String detail) {
    StringBuilder b = new StringBuilder();
    b.append(problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    b.append(" at ").append(path == null ? "$" : path);
    if (line > 0) {
      b.append(" (line ").append(line);
      if (column > 0) {
        b.append(", column ").append(column);
      }
      b.append(')');
    }
    if (detail != null && !detail.isEmpty()) {
      b.append(": ").append(detail);
    }
    if (allowed != null && !allowed.isEmpty()) {
      b.append("; allowed values: ").append(String.join(", ", allowed));
    }
    return b.toString();
  }

  /** What was wrong. */
  public JsonProblem problem() {
    return problem;
  }

  /** Where, as a JSON path from the document root {@code $}. */
  public String path() {
    return path;
  }

  /** The 1-based line of the problem, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** For {@link JsonProblem#UNKNOWN_ENUM_VALUE} and {@link JsonProblem#UNKNOWN_PROPERTY}: what is allowed there. */
  public List<String> allowedValues() {
    return allowedValues;
  }
}
