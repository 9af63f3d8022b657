package org.peerwork.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerwork.rules.Report;
import org.peerwork.rules.report.CsvExport;
import org.peerwork.rules.report.JsonReport;

class StudyDemoTest {

  @TempDir
  static Path dir;

  static String out;
  static String progress;
  static StudyDemo.Result result;

  @BeforeAll
  static void runTheDemo() {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    result = StudyDemo.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8), dir, true);
    out = o.toString(StandardCharsets.UTF_8);
    progress = e.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheStudysScenariosGroupedByTheme() {
    assertThat(out).startsWith("peerwork demo: the study's scenarios, checked against peer norms (not clinical ones)");
    assertThat(out).contains("1. Peer-led substance use recovery agency (sud)", "2. Peer-led mental health wellness agency (mhw)",
        "3. Agency-led community mental health center (cmhc)");
    assertThat(out).contains("going fishing with a lonely service user   peer norms: Permitted     clinical norms: Prohibited");
    assertThat(out).contains("\"We all work from home. We all take calls on our days off. We all do it.\"");
    assertThat(out).contains("Theme 1. Work role and boundaries", "Theme 2. Hiring", "Theme 3. Work-life balance", "Theme 4. Work support",
        "Theme 5. Challenges", "Theme 6. Training needs");
    assertThat(out).contains("Rule 'ClinicalTaskAssignedToPeer", "Rule 'TaskOutsideAnyRole", "Rule 'PeerSocialActivityNotReprimandable",
        "Rule 'ClinicalNormAppliedToPeer", "Rule 'ScheduledOnDayOff", "Rule 'SinglePeerCoversTeam", "Rule 'PersonalQuestionsByNonPeer");
    assertThat(out).contains("A simulated month: November 2019, all three agencies");
  }

  @Test
  void showsProgressInPlaceOnStandardError() {
    assertThat(progress).contains("\rchecking the simulated month: 25/").containsPattern("checked the simulated month: (\\d+)/\\1 assignments and 3 rosters");
    assertThat(out).doesNotContain("\r");
  }

  @Test
  void writesJsonSarifAndCsvCopies() throws IOException {
    assertThat(result.files()).extracting(p -> p.getFileName().toString())
        .containsExactly("study-reports.json", "study-reports.sarif", "study-findings.csv");
    assertThat(out).contains("as JSON, SARIF and CSV to " + dir.toAbsolutePath().normalize());

    List<Report> back;
    try (Reader r = Files.newBufferedReader(dir.resolve("study-reports.json"), StandardCharsets.UTF_8)) {
      back = JsonReport.pretty().withLimits(new org.peerwork.model.json.JsonLimits(64L << 20, 64, 1 << 20)).readAll(r);
    }
    assertThat(back).isEqualTo(result.reports());

    String sarif = Files.readString(dir.resolve("study-reports.sarif"), StandardCharsets.UTF_8);
    assertThat(sarif).contains("\"version\": \"2.1.0\"").contains("\"ruleId\": \"ClinicalTaskAssignedToPeer\"");

    String csv = Files.readString(dir.resolve("study-findings.csv"), StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo(CsvExport.toCsv(result.reports()));
    assertThat(csv).startsWith(CsvExport.header());
  }

  @Test
  void isDeterministic() {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    StudyDemo.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        dir.resolve("again"), false);
    assertThat(o.toString(StandardCharsets.UTF_8).replace(dir.resolve("again").toAbsolutePath().normalize().toString(), dir.toAbsolutePath().normalize().toString()))
        .isEqualTo(out);
  }
}
