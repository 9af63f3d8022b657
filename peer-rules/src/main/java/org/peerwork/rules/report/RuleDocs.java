package org.peerwork.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Source;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;

/**
 * The rule documentation, generated from the catalog in the manner of Error Prone's bug-pattern
 * pages: an index of every rule grouped by document type and study theme, and one Markdown page per
 * rule with its id, title, severity, theme, what it applies to, why it exists, what to do instead,
 * its sources (with their titles from the {@link SourceCatalog}) and its worked examples, each
 * example's document shown as JSON with the findings it produces.
 *
 * <p>The pages are rendered here as text only; the test {@code RuleDocsTest} compares them with the
 * committed files under {@code docs/rules/} and rewrites them on request: {@value #REGENERATE_COMMAND}.
 * Rendering is pure and deterministic ({@code \n} line ends, no dates).
 */
public final class RuleDocs {

  /** The command, run from the repository root, that rewrites {@code docs/rules/} from the catalog. */
  public static final String REGENERATE_COMMAND =
      "./mvnw -q -pl peer-rules -am test -Dtest=RuleDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dpeerwork.updateDocs=true";

  /** The index page's file name. */
  public static final String INDEX = "index.md";

  private static final ObjectWriter JSON = PeerJson.standard().copyOfMapper().writer(Texts.prettyPrinter());

  private RuleDocs() {}

  /**
   * Every page for the catalog, by file name relative to {@code docs/rules/}: {@code index.md} and
   * {@code <Id>.md} per rule, sorted by name.
   */
  public static SortedMap<String, String> render(RuleCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    SortedMap<String, String> pages = new TreeMap<>();
    pages.put(INDEX, index(catalog));
    for (Rule<?> rule : catalog.all()) {
      pages.put(fileName(rule.metadata()), page(rule));
    }
    return Collections.unmodifiableSortedMap(pages);
  }

  /** The page file name of a rule: {@code <Id>.md}. */
  public static String fileName(RuleMetadata m) {
    return m.getId() + ".md";
  }

  /** The index: every rule, grouped by the document type it checks and then by theme. */
  public static String index(RuleCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    StringBuilder b = new StringBuilder();
    b.append("# peerwork rules\n\n");
    b.append("<!-- Generated from the rule catalog by org.peerwork.rules.report.RuleDocs. Do not edit by hand. -->\n\n");
    b.append("The catalog has ").append(Texts.count(catalog.all().size(), "rule")).append(". Each rule has a stable id (public API), ")
        .append("a default severity that an agency policy can override, and one of the study's six themes. ")
        .append("A rule checks one kind of document; rules run in the order listed here.\n\n");
    b.append("These pages are generated from the catalog. After adding or changing a rule, regenerate them from the ")
        .append("repository root with:\n\n");
    b.append("```sh\n").append(REGENERATE_COMMAND).append("\n```\n\n");
    b.append("The build fails while the committed pages differ from the catalog.\n");
    for (DocumentType type : DocumentType.values()) {
      List<Rule<PeerDocument>> rules = catalog.rulesFor(type);
      if (rules == null || rules.isEmpty()) {
        continue;
      }
      b.append("\n## ").append(capitalise(type.label())).append(" (").append(Texts.count(rules.size(), "rule")).append(")\n");
      for (StudyTheme theme : StudyTheme.values()) {
        List<RuleMetadata> inTheme = new ArrayList<>();
        for (Rule<?> r : rules) {
          if (r.metadata().getTheme() == theme) {
            inTheme.add(r.metadata());
          }
        }
        if (inTheme.isEmpty()) {
          continue;
        }
        b.append("\n### Theme ").append(Texts.theme(theme)).append("\n\n");
        b.append("| Rule | Title | Severity | Theme |\n|---|---|---|---|\n");
        for (RuleMetadata m : inTheme) {
          b.append("| [").append(m.getId()).append("](").append(fileName(m)).append(") | ").append(cell(m.getTitle())).append(" | ")
              .append(m.getDefaultSeverity()).append(" | ").append(cell(Texts.theme(theme))).append(" |\n");
        }
      }
    }
    return b.toString();
  }

  /** The page of one rule. */
  public static String page(Rule<?> rule) {
    Objects.requireNonNull(rule, "rule");
    RuleMetadata m = rule.metadata();
    StringBuilder b = new StringBuilder();
    b.append("# ").append(m.getId()).append(": ").append(m.getTitle()).append("\n\n");
    b.append("<!-- Generated from the rule catalog by org.peerwork.rules.report.RuleDocs. Do not edit by hand. -->\n\n");
    b.append("| | |\n|---|---|\n");
    b.append("| Id | `").append(m.getId()).append("` |\n");
    b.append("| Title | ").append(cell(m.getTitle())).append(" |\n");
    b.append("| Default severity | ").append(m.getDefaultSeverity()).append(" (SARIF level `").append(m.getDefaultSeverity().sarifLevel())
        .append("`; a policy can override it) |\n");
    b.append("| Theme | ").append(cell(Texts.theme(m.getTheme()))).append(" |\n");
    b.append("| Applies to | ").append(cell(m.getAppliesTo().label())).append(" (`").append(m.getAppliesTo().name()).append("`) |\n");
    b.append("| Class | `").append(rule.getClass().getName()).append("` |\n\n");
    b.append("## Why\n\n").append(paragraph(m.getRationale())).append("\n\n");
    b.append("## What to do instead\n\n").append(paragraph(m.getSuggestion())).append("\n\n");
    b.append("## Sources\n\n");
    for (Citation c : m.getCitations()) {
      b.append("- ").append(source(c)).append('\n');
    }
    b.append("\n## Examples\n");
    List<? extends RuleExample<?>> examples = rule.examples();
    int i = 0;
    for (RuleExample<?> ex : examples) {
      i++;
      b.append("\n### ").append(i).append(". ").append(ex.fires() ? "Fires" : "Silent").append(": ").append(paragraph(ex.description())).append("\n\n");
      b.append(ex.fires() ? "The rule reports:\n\n" : "The rule reports nothing.\n\n");
      if (ex.fires()) {
        List<Finding> findings = run(rule, ex.document());
        b.append("```text\n");
        for (Finding f : findings) {
          b.append(TextReport.compactLine(f)).append('\n');
        }
        if (findings.isEmpty()) {
          b.append("(nothing: the example does not behave as documented)\n");
        }
        b.append("```\n\n");
      }
      b.append("<details><summary>The ").append(DocumentType.of(ex.document()).label()).append(" (JSON)</summary>\n\n");
      b.append("```json\n").append(json(ex.document())).append("\n```\n\n</details>\n");
    }
    b.append("\n[All rules](").append(INDEX).append(")\n");
    return b.toString();
  }

  private static String json(PeerDocument doc) {
    try {
      return Texts.normaliseLineBreaks(JSON.writeValueAsString(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an example as JSON: " + e.getOriginalMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Finding> run(Rule<?> rule, PeerDocument doc) {
    List<Finding> out = new ArrayList<>();
    ((Rule<PeerDocument>) rule).check(doc, RuleContext.standard(), out::add);
    return out;
  }

  /** "**ALMEIDA2020**, Results: Hiring. *Title*. Publisher, 2020. <url>" */
  private static String source(Citation c) {
    StringBuilder b = new StringBuilder();
    b.append("**").append(c.getSourceId()).append("**, ").append(paragraph(c.getLocator()));
    SourceCatalog.standard().find(c.getSourceId()).ifPresent((Source s) -> {
      b.append(". *").append(paragraph(s.getTitle())).append("*. ").append(paragraph(s.getPublisher()));
      s.getYear().ifPresent(y -> b.append(", ").append(y));
      b.append('.');
      s.getUrl().ifPresent(u -> b.append(" <").append(u).append('>'));
    });
    if (c.isDesignChoice()) {
      b.append(" (a design choice of the peerwork developers)");
    }
    return b.toString();
  }

  /** Text on one Markdown line: line breaks become spaces. */
  private static String paragraph(String s) {
    return Texts.oneLine(s);
  }

  /** Text in a Markdown table cell: one line, pipes escaped. */
  private static String cell(String s) {
    return Texts.oneLine(s).replace("|", "\\|");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
