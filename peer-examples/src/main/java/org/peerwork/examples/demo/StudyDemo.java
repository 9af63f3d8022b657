package org.peerwork.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.peerwork.examples.study.AgencyScenario;
import org.peerwork.examples.study.MonthSimulation;
import org.peerwork.examples.study.Study;
import org.peerwork.examples.study.StudyCase;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.report.CsvExport;
import org.peerwork.rules.report.JsonReport;
import org.peerwork.rules.report.SarifReport;
import org.peerwork.rules.report.TextReport;

/**
 * The README's demo: the study's scenarios run through peerwork. For each of the study's three
 * agencies it shows what the study says and what the checks find on the documents built from it (a
 * text report grouped by the study's six themes), then checks a simulated month of task assignments
 * for all three agencies with a progress line, and writes JSON, SARIF and CSV copies of every report
 * into {@code peerwork-out/} (or the directory named by the system property {@code peerwork.out}).
 *
 * <pre>
 * ./mvnw -q -pl peer-examples -am compile exec:java
 * </pre>
 */
public final class StudyDemo {

  /** The month the demo simulates. */
  public static final YearMonth MONTH = YearMonth.of(2019, 11);

  private static final String RULE = "=".repeat(100);

  private StudyDemo() {}

  /** Runs the demo: the report to standard output, the progress line to standard error. */
  public static void main(String[] args) {
    Path outDir = Path.of(System.getProperty("peerwork.out", "peerwork-out"));
    run(System.out, System.err, outDir, System.console() != null);
  }

  /**
   * What the demo checked and wrote.
   *
   * @param reports every report, in the order written to the files
   * @param files the files written: JSON, SARIF, CSV
   */
  public record Result(List<Report> reports, List<Path> files) {}

  /**
   * Runs the demo. The progress line is updated in place on {@code progress} when {@code inPlace}
   * (a terminal), otherwise printed once when done.
   */
  public static Result run(PrintStream out, PrintStream progress, Path outDir, boolean inPlace) {
    Objects.requireNonNull(outDir, "outDir");
    PeerChecks checks = PeerChecks.standard();
    List<Report> all = new ArrayList<>();

    out.println("peerwork demo: the study's scenarios, checked against peer norms (not clinical ones)");
    out.println("Almeida et al., J Participat Med 2020;12(4):e17053 (CC BY 4.0): 15 peer support specialists at three");
    out.println("New Hampshire agencies offering integrated mental health and substance use care.");
    out.println();
    boundaries(out);

    List<AgencyScenario> agencies = Study.agencies();
    int n = 0;
    for (AgencyScenario a : agencies) {
      out.println();
      out.println(RULE);
      out.println((++n) + ". " + a.type().label() + " (" + a.key() + ")");
      out.println(RULE);
      out.println(a.staff().size() + " staff (" + a.peers().size() + " peers: "
          + String.join(", ", a.peers().stream().map(p -> p.getId() + " " + p.getRole().label().toLowerCase(Locale.ROOT)
              + " " + p.getCredentials()).toList())
          + "); team " + a.team().getName().orElse(a.team().getId()) + "; a week of " + a.weekAssignments().size()
          + " task assignments; " + a.documents().size() + " documents.");
      out.println();
      out.println("What the study says, and the documents built on it:");
      List<StudyCase> cases = new ArrayList<>(a.weekCases());
      cases.addAll(a.cases());
      List<Report> caseReports = new ArrayList<>();
      for (StudyCase c : cases) {
        out.println("  [" + c.document().getId() + "] " + c.title());
        out.println(wrap("study: " + c.studySays(), "      ", "             ", 100));
        if (!c.note().isEmpty()) {
          out.println(wrap("scenario: " + c.note(), "      ", "                ", 100));
        }
        caseReports.add(checks.check(c.document()));
      }
      out.println();
      TextReport.full().render(caseReports, out);
      for (PeerDocument d : a.allDocuments()) {
        all.add(checks.check(d));
      }
    }

    out.println();
    out.println(RULE);
    out.println("A simulated month: " + MONTH.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + MONTH.getYear()
        + ", all three agencies (illustrative rates; see SimulationProfile)");
    out.println(RULE);
    List<Roster> months = new ArrayList<>();
    agencies.forEach(a -> months.add(MonthSimulation.month(a, MONTH)));
    int total = months.stream().mapToInt(r -> r.getAssignments().size()).sum();
    Progress bar = new Progress(progress, inPlace, total);
    Map<String, Map<StudyTheme, Integer>> themes = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (int i = 0; i < agencies.size(); i++) {
      AgencyScenario a = agencies.get(i);
      Roster month = months.get(i);
      Map<StudyTheme, Integer> byTheme = new EnumMap<>(StudyTheme.class);
      int breaking = 0;
      for (TaskAssignment t : month.getAssignments()) {
        Report r = checks.check(t);
        all.add(r);
        add(byTheme, r);
        if (!r.isClean() && r.hasAtLeast(org.peerwork.rules.Severity.WARNING)) {
          breaking++;
        }
        bar.step(a.key());
      }
      Report roster = checks.check(month);
      all.add(roster);
      add(byTheme, roster);
      themes.put(a.key(), byTheme);
      counts.put(a.key(), new int[] {month.getAssignments().size(), breaking, roster.findings().size()});
    }
    bar.done();
    out.printf("%-44s %8s %8s %8s%n", "", agencies.get(0).key(), agencies.get(1).key(), agencies.get(2).key());
    row(out, "assignments", counts, 0);
    row(out, "assignments with a warning or an error", counts, 1);
    row(out, "findings on the month's roster", counts, 2);
    out.println("findings by the study's themes:");
    for (StudyTheme t : StudyTheme.values()) {
      out.printf("  %-42s", t.number() + " " + t.label());
      themes.values().forEach(m -> out.printf(" %8d", m.getOrDefault(t, 0)));
      out.println();
    }

    List<Path> files = write(all, outDir);
    out.println();
    out.println("Wrote " + all.size() + " reports (" + all.stream().mapToInt(r -> r.findings().size()).sum()
        + " findings) as JSON, SARIF and CSV to " + outDir.toAbsolutePath().normalize() + ":");
    for (Path f : files) {
      out.println("  " + f.getFileName());
    }
    out.println("Next: the command-line tool, JShell scenarios and the FHIR example are in the README.");
    return new Result(List.copyOf(all), files);
  }

  private static void boundaries(PrintStream out) {
    BoundaryNorms norms = BoundaryNorms.standard();
    out.println("The study's boundary examples under each norm set:");
    record Example(String what, ActivityCategory category) {}
    for (Example e : List.of(
        new Example("an emergency room clinical assessment", ActivityCategory.CLINICAL_ASSESSMENT),
        new Example("feeding a service user's cat", ActivityCategory.PERSONAL_ERRAND),
        new Example("going fishing with a lonely service user", ActivityCategory.SOCIAL_ACTIVITY))) {
      out.printf("  %-42s peer norms: %-13s clinical norms: %s%n", e.what(),
          norms.verdict(NormSet.PEER, e.category()).label(), norms.verdict(NormSet.CLINICAL, e.category()).label());
    }
  }

  private static void add(Map<StudyTheme, Integer> m, Report r) {
    r.findings().forEach(f -> m.merge(f.getTheme(), 1, Integer::sum));
  }

  private static void row(PrintStream out, String label, Map<String, int[]> counts, int i) {
    out.printf("%-44s", label);
    counts.values().forEach(c -> out.printf(" %8d", c[i]));
    out.println();
  }

  private static List<Path> write(List<Report> reports, Path dir) {
    try {
      Files.createDirectories(dir);
      Path json = dir.resolve("study-reports.json");
      Path sarif = dir.resolve("study-reports.sarif");
      Path csv = dir.resolve("study-findings.csv");
      try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
        JsonReport.pretty().writeAll(reports, w);
      }
      try (Writer w = Files.newBufferedWriter(sarif, StandardCharsets.UTF_8)) {
        SarifReport.standard().write(reports, w);
      }
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        CsvExport.write(reports, w);
      }
      return List.of(json, sarif, csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo's files to " + dir.toAbsolutePath(), e);
    }
  }

  /** Wraps text at {@code width} columns, the first line after {@code first}, the rest after {@code rest}. */
  static String wrap(String text, String first, String rest, int width) {
    StringBuilder b = new StringBuilder(first);
    int col = first.length();
    boolean start = true;
    for (String word : text.split("\\s+")) {
      if (!start && col + 1 + word.length() > width) {
        b.append('\n').append(rest);
        col = rest.length();
        start = true;
      }
      if (!start) {
        b.append(' ');
        col++;
      }
      b.append(word);
      col += word.length();
      start = false;
    }
    return b.toString();
  }

  /** A progress line on standard error, updated in place on a terminal. */
  private static final class Progress {
    private final PrintStream err;
    private final boolean inPlace;
    private final int total;
    private int done;
    private final long started = System.nanoTime();

    Progress(PrintStream err, boolean inPlace, int total) {
      this.err = err;
      this.inPlace = inPlace;
      this.total = total;
    }

    void step(String what) {
      done++;
      if (inPlace && (done % 25 == 0 || done == total)) {
        err.print("\rchecking the simulated month: " + done + "/" + total + " assignments (" + (100 * done / Math.max(1, total)) + "%), " + what + "   ");
        err.flush();
      }
    }

    void done() {
      long ms = (System.nanoTime() - started) / 1_000_000;
      err.print((inPlace ? "\r" : "") + "checked the simulated month: " + done + "/" + total + " assignments and 3 rosters in " + ms + " ms"
          + (inPlace ? "          " : "") + "\n");
      err.flush();
    }
  }
}
