package org.peerwork.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peerwork.model.json.JsonLimits;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Report;
import org.peerwork.rules.RuleOutcome;
import org.peerwork.rules.Severity;

/**
 * Writes reports as JSON for programs, and reads them back: a stable, documented format
 * ({@code docs/report-format.md}, JSON Schema {@code docs/schemas/report.schema.json}).
 *
 * <p>One report is an object with {@code "format": "peerwork-report"}, {@code "schemaVersion": 1},
 * the {@code subject} (document type and id), the {@code findings} with every field, the
 * {@code counts} by severity, rule and theme, and the rule {@code outcomes} (empty unless the checks
 * were asked to explain). Many reports are an object with {@code "format": "peerwork-report-set"},
 * the {@code reports} and their summed {@code counts}.
 *
 * <pre>{@code
 * String json = JsonReport.pretty().write(report);
 * Report same = JsonReport.pretty().read(json);     // equals(report)
 * }</pre>
 *
 * <p>Writing is deterministic: the same reports give the same bytes (map keys sorted; severities and
 * themes in their own order). Reading is strict, like all peerwork JSON: an unknown property or enum
 * value, a missing field, another format or schema version, or counts that do not match the findings
 * raise a {@link PeerJsonException} naming the place. A report read back equals the one written.
 * Instances are immutable and thread-safe.
 */
public final class JsonReport {

  /** The {@code format} of a document holding one report. */
  public static final String REPORT_FORMAT = "peerwork-report";
  /** The {@code format} of a document holding a list of reports. */
  public static final String REPORT_SET_FORMAT = "peerwork-report-set";
  /** The version of the format this class writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonReport COMPACT = new JsonReport(PeerJson.standard(), false);
  private static final JsonReport PRETTY = new JsonReport(PeerJson.standard(), true);

  private final PeerJson json;
  private final boolean pretty;
  private final ObjectWriter writer;
  private final JsonFactory factory;

  private JsonReport(PeerJson json, boolean pretty) {
    this.json = json;
    this.pretty = pretty;
    ObjectMapper mapper = json.copyOfMapper();
    this.factory = mapper.getFactory();
    ObjectWriter w = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      w = w.with(Texts.prettyPrinter());
    }
    this.writer = w;
  }

  /** Compact JSON on one line, for programs and NDJSON. */
  public static JsonReport compact() {
    return COMPACT;
  }

  /** Indented JSON with {@code \n} line ends, for people and diffs. */
  public static JsonReport pretty() {
    return PRETTY;
  }

  /** This style, reading within other size and depth limits (a long report set may pass the default 16 MB). */
  public JsonReport withLimits(JsonLimits limits) {
    return new JsonReport(PeerJson.withLimits(Objects.requireNonNull(limits, "limits")), pretty);
  }

  // ---- writing ----------------------------------------------------------------------------

  /** One report as a {@code peerwork-report} document. */
  public String write(Report report) {
    return writeValue(ReportJson.of(Objects.requireNonNull(report, "report")));
  }

  /** Writes one report to {@code out}; the caller closes it. */
  public void write(Report report, Writer out) {
    writeValue(ReportJson.of(Objects.requireNonNull(report, "report")), out);
  }

  /** Many reports, in the order given, as a {@code peerwork-report-set} document. */
  public String writeAll(List<Report> reports) {
    return writeValue(ReportSetJson.of(reports));
  }

  /** Writes many reports to {@code out}; the caller closes it. */
  public void writeAll(List<Report> reports, Writer out) {
    writeValue(ReportSetJson.of(reports), out);
  }

  private String writeValue(Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private void writeValue(Object value, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the report failed", e);
    }
  }

  // ---- reading ----------------------------------------------------------------------------

  /** Reads a {@code peerwork-report} document. */
  public Report read(String text) {
    return json.read(text, ReportJson.class).toReport();
  }

  /** Reads a {@code peerwork-report} document from a character stream; the caller closes it. */
  public Report read(Reader text) {
    return json.read(text, ReportJson.class).toReport();
  }

  /**
   * Reads a {@code peerwork-report-set} document; a single {@code peerwork-report} document is read as
   * a list of one.
   */
  public List<Report> readAll(String text) {
    if (text != null && REPORT_FORMAT.equals(peekFormat(text))) {
      return List.of(read(text));
    }
    return json.read(text, ReportSetJson.class).toReports();
  }

  /** Reads a report set (or a single report) from a character stream; the caller closes it. */
  public List<Report> readAll(Reader text) {
    Objects.requireNonNull(text, "text");
    return readAll(slurp(text, json.limits().maxDocumentBytes()));
  }

  private static String slurp(Reader in, long max) {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        b.append(buf, 0, n);
        if (b.length() > max) {
          break; // PeerJson reports the size with its own typed error
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the report failed", e);
    }
    return b.toString();
  }

  /** The top-level {@code format} string, or null when the text is not an object that has one first-level string. */
  private String peekFormat(String text) {
    try (JsonParser p = factory.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("format".equals(name)) {
          return v == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // the strict read reports what is wrong
    }
  }

  @Override
  public String toString() {
    return "JsonReport(" + (pretty ? "pretty" : "compact") + ", schemaVersion " + SCHEMA_VERSION + ")";
  }

  // ---- the format -------------------------------------------------------------------------

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void checkHeader(String format, Integer schemaVersion, String expected) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    require(expected.equals(format), "format must be \"" + expected + "\""
        + (REPORT_FORMAT.equals(format) || REPORT_SET_FORMAT.equals(format) ? ", this is \"" + format + "\"" : ""));
    require(schemaVersion == SCHEMA_VERSION, "schemaVersion " + schemaVersion + " is not supported; this reader reads version " + SCHEMA_VERSION);
  }

  /** The checked document. */
  private record SubjectJson(DocumentType type, String id) {
    SubjectJson {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(id, "id");
    }
  }

  /** What one rule did. */
  private record OutcomeJson(String ruleId, RuleOutcome.Result result, Integer findings) {
    OutcomeJson {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(findings, "findings");
      require(findings >= 0, "findings must not be negative");
    }

    static OutcomeJson of(RuleOutcome o) {
      return new OutcomeJson(o.ruleId(), o.result(), o.findings());
    }

    RuleOutcome toOutcome() {
      return new RuleOutcome(ruleId, result, findings);
    }
  }

  /** Counts of one report's findings. */
  private record CountsJson(Integer total, Map<Severity, Integer> bySeverity, Map<String, Integer> byRule, Map<StudyTheme, Integer> byTheme) {
    CountsJson {
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(bySeverity, "bySeverity");
      Objects.requireNonNull(byRule, "byRule");
      Objects.requireNonNull(byTheme, "byTheme");
    }

    static CountsJson of(List<Report> reports) {
      return new CountsJson(Texts.findingCount(reports), Texts.countsBySeverity(reports), Texts.countsByRule(reports),
          Texts.countsByTheme(reports));
    }

    void mustMatch(CountsJson expected) {
      require(total.equals(expected.total), "counts.total is " + total + " but there are " + expected.total + " findings");
      require(bySeverity.equals(expected.bySeverity), "counts.bySeverity does not match the findings, which give " + expected.bySeverity);
      require(byRule.equals(expected.byRule), "counts.byRule does not match the findings, which give " + expected.byRule);
      require(byTheme.equals(expected.byTheme), "counts.byTheme does not match the findings, which give " + expected.byTheme);
    }
  }

  /** The fields of one report. */
  private record ReportBodyJson(SubjectJson subject, List<Finding> findings, CountsJson counts, List<OutcomeJson> outcomes) {
    ReportBodyJson {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(findings, "findings");
      Objects.requireNonNull(counts, "counts");
      Objects.requireNonNull(outcomes, "outcomes");
      counts.mustMatch(CountsJson.of(List.of(new Report(subject.type(), subject.id(), findings, List.of()))));
    }

    static ReportBodyJson of(Report r) {
      return new ReportBodyJson(new SubjectJson(r.subjectType(), r.subjectId()), r.findings(), CountsJson.of(List.of(r)),
          r.outcomes().stream().map(OutcomeJson::of).toList());
    }

    Report toReport() {
      return new Report(subject.type(), subject.id(), new ArrayList<>(findings),
          new ArrayList<>(outcomes.stream().map(OutcomeJson::toOutcome).toList()));
    }
  }

  /** A {@code peerwork-report} document. */
  private record ReportJson(String format, Integer schemaVersion, SubjectJson subject, List<Finding> findings, CountsJson counts,
      List<OutcomeJson> outcomes) {
    ReportJson {
      checkHeader(format, schemaVersion, REPORT_FORMAT);
      new ReportBodyJson(subject, findings, counts, outcomes);
    }

    static ReportJson of(Report r) {
      ReportBodyJson b = ReportBodyJson.of(r);
      return new ReportJson(REPORT_FORMAT, SCHEMA_VERSION, b.subject(), b.findings(), b.counts(), b.outcomes());
    }

    Report toReport() {
      return new ReportBodyJson(subject, findings, counts, outcomes).toReport();
    }
  }

  /** Counts over a list of reports. */
  private record SetCountsJson(Integer reports, Integer total, Map<Severity, Integer> bySeverity, Map<String, Integer> byRule,
      Map<StudyTheme, Integer> byTheme) {
    SetCountsJson {
      Objects.requireNonNull(reports, "reports");
      new CountsJson(total, bySeverity, byRule, byTheme);
    }

    static SetCountsJson of(List<Report> reports) {
      CountsJson c = CountsJson.of(reports);
      return new SetCountsJson(reports.size(), c.total(), c.bySeverity(), c.byRule(), c.byTheme());
    }
  }

  /** A {@code peerwork-report-set} document. */
  private record ReportSetJson(String format, Integer schemaVersion, List<ReportBodyJson> reports, SetCountsJson counts) {
    ReportSetJson {
      checkHeader(format, schemaVersion, REPORT_SET_FORMAT);
      Objects.requireNonNull(reports, "reports");
      Objects.requireNonNull(counts, "counts");
      List<Report> rs = reports.stream().map(ReportBodyJson::toReport).toList();
      require(counts.reports().equals(rs.size()), "counts.reports is " + counts.reports() + " but there are " + rs.size() + " reports");
      new CountsJson(counts.total(), counts.bySeverity(), counts.byRule(), counts.byTheme()).mustMatch(CountsJson.of(rs));
    }

    static ReportSetJson of(List<Report> reports) {
      Objects.requireNonNull(reports, "reports");
      List<ReportBodyJson> bodies = new ArrayList<>(reports.size());
      for (Report r : reports) {
        bodies.add(ReportBodyJson.of(Objects.requireNonNull(r, "reports contains null")));
      }
      return new ReportSetJson(REPORT_SET_FORMAT, SCHEMA_VERSION, bodies, SetCountsJson.of(reports));
    }

    List<Report> toReports() {
      List<Report> out = new ArrayList<>(reports.size());
      reports.forEach(b -> out.add(b.toReport()));
      return out;
    }
  }
}
