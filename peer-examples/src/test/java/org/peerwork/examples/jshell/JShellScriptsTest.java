package org.peerwork.examples.jshell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the JShell start-up script and every scenario script through the {@code jdk.jshell} API, the
 * way {@code /open} runs them in the tool, each scenario in a fresh JShell: any compile error,
 * rejected snippet, unresolved reference or exception fails the test.
 */
class JShellScriptsTest {

  private static final Path JSHELL = Path.of("src", "main", "jshell");
  private static final Path STARTUP = JSHELL.resolve("peerwork.jsh");

  static List<Path> scenarios() throws IOException {
    try (Stream<Path> s = Files.list(JSHELL.resolve("scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
    }
  }

  @Test
  void thereAreAtLeastFiveScenarioScripts() throws IOException {
    assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void theStartupScriptDefinesTheChecker() throws IOException {
    String out = run(List.of(STARTUP), "System.out.println(checks.catalog().ids().size() + \" rules\");\n");
    assertThat(out).containsPattern("\\d+ rules");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenarioRunsCleanly(Path script) throws IOException {
    String out = run(List.of(STARTUP, script), "");
    assertThat(out).as("output of " + script).isNotBlank();
  }

  /** Evaluates the scripts, then {@code extra}, in one fresh JShell; returns what they printed. */
  private static String run(List<Path> scripts, String extra) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    PrintStream stdout = System.out;
    // The local execution engine runs snippets in this JVM (a remote one per script costs seconds);
    // what they print to System.out is captured for the assertions.
    System.setOut(out);
    try (JShell js = JShell.builder().out(out).err(out).executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          js.addToClasspath(entry);
        }
      }
      for (Path script : scripts) {
        eval(js, script.toString(), Files.readString(script, StandardCharsets.UTF_8));
      }
      if (!extra.isEmpty()) {
        eval(js, "extra", extra);
      }
    } finally {
      System.setOut(stdout);
    }
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void eval(JShell js, String name, String source) {
    SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete()) {
        fail(name + ": incomplete snippet at the end of the script: " + rest.strip());
      }
      String snippet = info.source();
      rest = info.remaining();
      for (SnippetEvent e : js.eval(snippet)) {
        check(js, name, snippet, e);
      }
    }
  }

  private static void check(JShell js, String name, String source, SnippetEvent e) {
    Snippet s = e.snippet();
    List<String> errors = new ArrayList<>();
    if (s != null) {
      js.diagnostics(s).filter(Diag::isError).forEach(d -> errors.add(d.getMessage(null)));
    }
    if (e.status() == Snippet.Status.REJECTED) {
      fail(name + ": snippet rejected: " + errors + "\n" + source);
    }
    if (!errors.isEmpty()) {
      fail(name + ": compile errors " + errors + "\n" + source);
    }
    if (s instanceof DeclarationSnippet d
        && (e.status() == Snippet.Status.RECOVERABLE_DEFINED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED)) {
      fail(name + ": unresolved references " + js.unresolvedDependencies(d).collect(Collectors.toList()) + "\n" + source);
    }
    JShellException ex = e.exception();
    if (ex != null) {
      String what = ex instanceof EvalException ee ? ee.getExceptionClassName() + ": " + ee.getMessage()
          : ex instanceof UnresolvedReferenceException ure ? "unresolved reference in " + ure.getSnippet().source()
          : ex.toString();
      fail(name + ": exception " + what + "\n" + source);
    }
  }
}
