package org.peerwork.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;

/**
 * The committed rule pages under {@code docs/rules/} are exactly what {@link RuleDocs} renders from the
 * catalog. Run with {@code -Dpeerwork.updateDocs=true} to rewrite them: {@value RuleDocs#REGENERATE_COMMAND}.
 */
class RuleDocsTest {

  private static final String UPDATE = "peerwork.updateDocs";

  @Test
  void theCommittedRulePagesMatchTheCatalog() throws IOException {
    Path dir = Repo.path("docs/rules");
    SortedMap<String, String> wanted = RuleDocs.render(RuleCatalog.standard());
    if (Boolean.getBoolean(UPDATE)) {
      write(dir, wanted);
    }
    List<String> problems = differences(dir, wanted);
    if (!problems.isEmpty()) {
      fail("The rule documentation is out of date with the rule catalog:\n  " + String.join("\n  ", problems)
          + "\nRegenerate it from the repository root with:\n  " + RuleDocs.REGENERATE_COMMAND + "\nand commit docs/rules/.");
    }
  }

  @Test
  void theIndexListsEveryRuleWithLinkTitleSeverityAndThemeAndSaysHowToRegenerate() {
    String index = RuleDocs.index(RuleCatalog.standard());
    assertThat(index).startsWith("# peerwork rules\n").contains(RuleDocs.REGENERATE_COMMAND);
    for (RuleMetadata m : RuleCatalog.standard().metadata()) {
      assertThat(index).contains("| [" + m.getId() + "](" + m.getId() + ".md) | " + m.getTitle() + " | " + m.getDefaultSeverity() + " | "
          + m.getTheme().number() + ". " + m.getTheme().label() + " |");
    }
    assertThat(index).contains("\n## Task assignment (").contains("\n### Theme 1. Work role and boundaries\n");
  }

  @Test
  void eachPageHasTheMetadataSourcesAndExamples() {
    for (Rule<?> rule : RuleCatalog.standard().all()) {
      RuleMetadata m = rule.metadata();
      String page = RuleDocs.page(rule);
      assertThat(page).startsWith("# " + m.getId() + ": " + m.getTitle() + "\n");
      assertThat(page).contains("| Id | `" + m.getId() + "` |", "| Default severity | " + m.getDefaultSeverity(),
          "| Theme | " + m.getTheme().number() + ". " + m.getTheme().label() + " |", "| Applies to | " + m.getAppliesTo().label());
      assertThat(page).contains("## Why\n\n" + m.getRationale() + "\n", "## What to do instead\n\n" + m.getSuggestion() + "\n");
      for (Citation c : m.getCitations()) {
        assertThat(page).contains("- **" + c.getSourceId() + "**, " + c.getLocator() + ". *"
            + SourceCatalog.standard().find(c.getSourceId()).orElseThrow().getTitle() + "*");
      }
      for (RuleExample<?> ex : rule.examples()) {
        assertThat(page).contains((ex.fires() ? "Fires: " : "Silent: ") + ex.description());
      }
      for (RuleExample<?> ex : rule.examples()) {
        assertThat(page).contains("\"id\": \"" + ((org.peerwork.model.PeerDocument) ex.document()).getId() + "\"");
      }
      assertThat(page).contains("```json\n{\n").doesNotContain("(nothing: the example does not behave as documented)").doesNotContain("\r");
    }
  }

  @Test
  void theClinicalTaskPageShowsWhatTheRuleReportsOnItsExamples() {
    String page = RuleDocs.page(RuleCatalog.standard().find("ClinicalTaskAssignedToPeer").orElseThrow());
    assertThat(page).contains("### 1. Fires: An emergency room clinical assessment asked of a peer support specialist (the study's example)\n\n"
        + "The rule reports:\n\n```text\nERROR [ClinicalTaskAssignedToPeer] task assignment er-assessment, activity.category: "
        + "Clinical assessment is clinical work, assigned to a peer support specialist; peer norms: out of scope\n```\n");
    assertThat(page).contains("### 3. Silent: Peer services billed under H0038\n\nThe rule reports nothing.\n");
    assertThat(page).contains("\"code\": \"H0038\"");
  }

  @Test
  void renderingIsDeterministic() {
    assertThat(RuleDocs.render(RuleCatalog.standard())).isEqualTo(RuleDocs.render(RuleCatalog.standard()));
    assertThat(RuleDocs.render(RuleCatalog.standard()).keySet()).contains(RuleDocs.INDEX)
        .hasSize(RuleCatalog.standard().all().size() + 1);
  }

  @Test
  void aMissingStaleOrExtraPageIsNamedAndUpdatingRewritesExactlyTheCatalogsPages(@TempDir Path dir) throws IOException {
    SortedMap<String, String> wanted = RuleDocs.render(RuleCatalog.standard());
    write(dir, wanted);
    assertThat(differences(dir, wanted)).isEmpty();
    Files.writeString(dir.resolve(RuleDocs.INDEX), wanted.get(RuleDocs.INDEX).replace("ERROR", "WARNING"));
    Files.writeString(dir.resolve("RenamedRule.md"), "# old page\n");
    String page = wanted.keySet().stream().filter(k -> !k.equals(RuleDocs.INDEX)).findFirst().orElseThrow();
    Files.delete(dir.resolve(page));
    assertThat(differences(dir, wanted)).containsExactly(
        "missing: docs/rules/" + page,
        "stale:   docs/rules/index.md" + firstDifference(Files.readString(dir.resolve(RuleDocs.INDEX)), wanted.get(RuleDocs.INDEX)),
        "extra:   docs/rules/RenamedRule.md (no rule has this id)");
    assertThat(differences(dir, wanted).get(1)).contains("line ").contains("WARNING");
    write(dir, wanted);
    assertThat(differences(dir, wanted)).isEmpty();
    assertThat(read(dir)).isEqualTo(wanted);
  }

  static List<String> differences(Path dir, SortedMap<String, String> wanted) throws IOException {
    SortedMap<String, String> committed = read(dir);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      String have = committed.get(e.getKey());
      if (have == null) {
        problems.add("missing: docs/rules/" + e.getKey());
      } else if (!have.equals(e.getValue())) {
        problems.add("stale:   docs/rules/" + e.getKey() + firstDifference(have, e.getValue()));
      }
    }
    for (String name : committed.keySet()) {
      if (!wanted.containsKey(name)) {
        problems.add("extra:   docs/rules/" + name + " (no rule has this id)");
      }
    }
    return problems;
  }

  private static SortedMap<String, String> read(Path dir) throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void write(Path dir, SortedMap<String, String> pages) throws IOException {
    Files.createDirectories(dir);
    for (String stale : read(dir).keySet()) {
      if (!pages.containsKey(stale)) {
        Files.delete(dir.resolve(stale));
      }
    }
    for (Map.Entry<String, String> e : pages.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** Where two texts first differ: line, column, and a window of each around that place. */
  static String firstDifference(String have, String want) {
    String[] a = have.split("\n", -1);
    String[] b = want.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        int c = 0;
        while (c < Math.min(a[i].length(), b[i].length()) && a[i].charAt(c) == b[i].charAt(c)) {
          c++;
        }
        return " (line " + (i + 1) + ", column " + (c + 1) + ": committed \"" + window(a[i], c) + "\", catalog gives \"" + window(b[i], c) + "\")";
      }
    }
    return " (the committed page has " + a.length + " lines, the catalog gives " + b.length + ")";
  }

  private static String window(String line, int at) {
    int from = Math.max(0, at - 20);
    int to = Math.min(line.length(), at + 40);
    return (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
  }

}
