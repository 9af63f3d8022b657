package org.peerwork.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Report;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.RuleOutcome;
import org.peerwork.rules.Severity;

/**
 * Renders reports as plain text for a person: an HR officer reading a job description's report, a
 * supervisor reading a month of task assignments.
 *
 * <p>The full style gives, per document, a header with its counts, then the findings grouped by the
 * study's six themes (in the study's order), each finding with its severity, rule, where, what, why,
 * the evidence, what both norm sets say, what to do instead and the sources; then what each rule did
 * when the report explains outcomes ("checked, no finding"); then a summary of counts by severity,
 * rule and theme. It reads in the manner of ArchUnit's "Rule '..., because ...' was violated".
 *
 * <pre>{@code
 * String text = TextReport.full().render(report);
 * TextReport.compact().render(reports, System.out);   // one line per finding
 * }</pre>
 *
 * <p>The compact style prints one line per finding, then one summary line, like a compiler.
 *
 * <p>Rendering is pure and deterministic: the same reports give the same text, with {@code \n} line
 * ends. Instances are immutable and thread-safe.
 */
public final class TextReport {

  private static final String NL = "\n";
  private static final String LABEL_INDENT = "      ";
  private static final int LABEL_WIDTH = 12;

  private static final TextReport FULL = new TextReport(RuleCatalog.standard(), false);
  private static final TextReport COMPACT = new TextReport(RuleCatalog.standard(), true);

  private final RuleCatalog catalog;
  private final boolean compact;

  private TextReport(RuleCatalog catalog, boolean compact) {
    this.catalog = catalog;
    this.compact = compact;
  }

  /** The full style, with rule titles and reasons from the standard catalog. */
  public static TextReport full() {
    return FULL;
  }

  /** The compact style: one line per finding and a summary line. */
  public static TextReport compact() {
    return COMPACT;
  }

  /**
   * This style, taking rule titles and reasons from {@code catalog}. A finding whose rule the catalog
   * does not know is shown by its id alone.
   */
  public TextReport withCatalog(RuleCatalog catalog) {
    return new TextReport(Objects.requireNonNull(catalog, "catalog"), compact);
  }

  /** True for the compact style. */
  public boolean isCompact() {
    return compact;
  }

  /** One report as text. */
  public String render(Report report) {
    Objects.requireNonNull(report, "report");
    return render(List.of(report));
  }

  /** Many reports as text, in the order given, with a summary over all of them. */
  public String render(List<Report> reports) {
    StringBuilder b = new StringBuilder();
    render(reports, b);
    return b.toString();
  }

  /** Writes one report to {@code out}; an I/O failure is an {@link java.io.UncheckedIOException}. */
  public void render(Report report, Appendable out) {
    Objects.requireNonNull(report, "report");
    render(List.of(report), out);
  }

  /** Writes many reports to {@code out}; an I/O failure is an {@link java.io.UncheckedIOException}. */
  public void render(List<Report> reports, Appendable out) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(out, "out");
    for (Report r : reports) {
      Objects.requireNonNull(r, "reports contains null");
    }
    if (compact) {
      renderCompact(reports, out);
    } else {
      renderFull(reports, out);
    }
  }

  // ---- compact ----------------------------------------------------------------------------

  private void renderCompact(List<Report> reports, Appendable out) {
    for (Report r : reports) {
      for (Finding f : r.findings()) {
        Texts.append(out, compactLine(f));
        Texts.append(out, NL);
      }
    }
    Texts.append(out, summaryLine(reports));
    Texts.append(out, NL);
  }

  /**
   * One finding on one line: {@code ERROR [ClinicalTaskAssignedToPeer] task assignment t-1,
   * activity.category: Clinical assessment is clinical work, ...}. Line breaks in the message become
   * spaces.
   */
  public static String compactLine(Finding f) {
    Objects.requireNonNull(f, "finding");
    return f.getSeverity() + " [" + f.getRuleId() + "] " + f.getSubjectType().label() + " " + Texts.oneLine(f.getSubjectId()) + ", "
        + Texts.oneLine(Texts.location(f.getLocation())) + ": " + Texts.oneLine(f.getMessage().getText());
  }

  private static String summaryLine(List<Report> reports) {
    int findings = Texts.findingCount(reports);
    return Texts.count(reports.size(), "document") + ", " + Texts.count(findings, "finding") + ": "
        + Texts.severityCounts(Texts.countsBySeverity(reports));
  }

  // ---- full -------------------------------------------------------------------------------

  private void renderFull(List<Report> reports, Appendable out) {
    for (Report r : reports) {
      Texts.append(out, renderOne(r));
      Texts.append(out, NL);
    }
    Texts.append(out, summary(reports));
  }

  private String renderOne(Report r) {
    StringBuilder b = new StringBuilder();
    String title = "peerwork report: " + r.subjectType().label() + " " + Texts.oneLine(r.subjectId());
    b.append(title).append(NL).append("=".repeat(Math.min(title.length(), 100))).append(NL);
    b.append(Texts.count(r.findings().size(), "finding")).append(": ").append(Texts.severityCounts(r.countsBySeverity())).append(NL);
    if (r.isClean()) {
      b.append(NL).append("No findings.").append(NL);
    }
    Map<StudyTheme, Integer> byTheme = r.countsByTheme();
    for (StudyTheme theme : StudyTheme.values()) {
      int n = byTheme.get(theme);
      if (n == 0) {
        continue;
      }
      b.append(NL).append("Theme ").append(Texts.theme(theme)).append(" (").append(Texts.count(n, "finding")).append(')').append(NL);
      for (Finding f : r.findings()) {
        if (f.getTheme() == theme) {
          b.append(NL);
          finding(b, f);
        }
      }
    }
    if (!r.outcomes().isEmpty()) {
      b.append(NL).append("Rules checked (").append(r.outcomes().size()).append(')').append(NL);
      for (RuleOutcome o : r.outcomes()) {
        b.append("  ").append(o.ruleId()).append(": ").append(outcome(o)).append(NL);
      }
    }
    return b.toString();
  }

  /** The words for one outcome: "1 finding", "checked, no finding", "disabled by the policy". */
  static String outcome(RuleOutcome o) {
    return switch (o.result()) {
      case FINDING -> Texts.count(o.findings(), "finding");
      case PASS -> "checked, no finding";
      case DISABLED -> "disabled by the policy";
    };
  }

  private void finding(StringBuilder b, Finding f) {
    Optional<RuleMetadata> meta = catalog.find(f.getRuleId()).map(Rule::metadata);
    b.append("  ").append(f.getSeverity()).append("  Rule '").append(f.getRuleId());
    meta.ifPresent(m -> b.append(": ").append(m.getTitle()));
    b.append(f.getSeverity() == Severity.INFO ? "' notes (no change required)" : "' was violated").append(NL);
    line(b, "at:", Texts.location(f.getLocation()));
    line(b, "what:", f.getMessage().getText());
    meta.ifPresent(m -> {
      if (m.getDefaultSeverity() != f.getSeverity()) {
        line(b, "severity:", f.getSeverity() + " by the policy (default " + m.getDefaultSeverity() + ")");
      }
      line(b, "because:", Texts.firstSentence(m.getRationale()));
    });
    evidence(f.getEvidence()).ifPresent(e -> line(b, "evidence:", e));
    f.getVerdicts().ifPresent(v -> line(b, "norms:", v.getCategory().label() + ": " + Texts.verdicts(v)));
    line(b, "Do instead:", f.getSuggestion());
    List<Citation> cs = f.getCitations();
    if (!cs.isEmpty()) {
      List<String> lines = new ArrayList<>(cs.size());
      cs.forEach(c -> lines.add(Texts.citation(c)));
      line(b, "sources:", String.join(NL, lines));
    }
  }

  /** The evidence in words: the quote, the matched phrase, the context flags, the facts. */
  static Optional<String> evidence(Evidence e) {
    List<String> parts = new ArrayList<>();
    e.getQuote().ifPresent(q -> parts.add("\"" + q + "\""));
    e.getMatchedPhrase().ifPresent(p -> parts.add("matched \"" + p + "\""));
    if (!e.getContext().isEmpty()) {
      List<String> flags = new ArrayList<>();
      for (ContextFlag c : ContextFlag.values()) {
        if (e.getContext().contains(c)) {
          flags.add(Texts.flag(c));
        }
      }
      parts.add("context: " + String.join(", ", flags));
    }
    if (!e.getFacts().isEmpty()) {
      List<String> facts = new ArrayList<>();
      e.getFacts().forEach((k, v) -> facts.add(k + "=" + v));
      parts.add(String.join(", ", facts));
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }

  /** A labelled line; the text's own line breaks continue under the text, indented. */
  private static void line(StringBuilder b, String label, String text) {
    b.append(LABEL_INDENT).append(label);
    b.append(" ".repeat(Math.max(1, LABEL_WIDTH - label.length())));
    String continuation = NL + LABEL_INDENT + " ".repeat(Math.max(LABEL_WIDTH, label.length() + 1));
    b.append(Texts.normaliseLineBreaks(text).replace("\n", continuation)).append(NL);
  }

  private static String summary(List<Report> reports) {
    StringBuilder b = new StringBuilder();
    b.append("Summary");
    if (reports.size() != 1) {
      b.append(" (").append(Texts.count(reports.size(), "document")).append(')');
    }
    b.append(NL);
    int total = Texts.findingCount(reports);
    b.append("  findings:    ").append(total).append(NL);
    b.append("  by severity: ").append(Texts.severityCounts(Texts.countsBySeverity(reports))).append(NL);
    Map<String, Integer> byRule = Texts.countsByRule(reports);
    b.append("  by rule:     ");
    if (byRule.isEmpty()) {
      b.append("none").append(NL);
    } else {
      boolean first = true;
      for (Map.Entry<String, Integer> e : byRule.entrySet()) {
        b.append(first ? "" : "               ").append(e.getKey()).append(' ').append(e.getValue()).append(NL);
        first = false;
      }
    }
    Map<StudyTheme, Integer> byTheme = Texts.countsByTheme(reports);
    boolean first = true;
    for (StudyTheme t : StudyTheme.values()) {
      b.append(first ? "  by theme:    " : "               ").append(Texts.theme(t)).append(' ').append(byTheme.get(t)).append(NL);
      first = false;
    }
    if (reports.size() != 1) {
      long clean = reports.stream().filter(Report::isClean).count();
      b.append("  clean:       ").append(clean).append(" of ").append(Texts.count(reports.size(), "document")).append(NL);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "TextReport(" + (compact ? "compact" : "full") + ", " + catalog + ")";
  }
}
