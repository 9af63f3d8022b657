package org.peerwork.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;



import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerwork.rules.Report;
import org.peerwork.rules.report.CsvExport;
import org.peerwork.rules.report.JsonReport;

/**
 * The command-line tool's behaviour in full, run in this JVM through {@link PeerworkCli#run} (which
 * {@code main} calls) on the files in {@code src/test/resources/cli}: formats, document types,
 * thresholds, policies, standard input, bad input and usage errors. {@link CliProcessTest} runs the
 * essentials as a separate process.
 */
class CliTest {

  private static final Path FILES = Path.of("src", "test", "resources", "cli");

  /** What a run gave. */
  record Run(int exit, String out, String err) {}

  static Run peerwork(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // file names are relative to the test files' folder, as in CliProcessTest
    String[] resolved = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      resolved[i] = !args[i].startsWith("-") && Files.isRegularFile(FILES.resolve(args[i])) ? FILES.resolve(args[i]).toString() : args[i];
    }
    int exit = PeerworkCli.run(resolved, new ByteArrayInputStream(stdin == null ? new byte[0] : stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run peerwork(String... args) {
    return peerwork(null, args);
  }

  @Test
  void aClinicalTaskAssignedToAPeerFailsWithTheTextReport() {
    Run r = peerwork("check", "--type", "assignment", "assignment-er-peer.json");
    assertThat(r.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(r.out()).contains("peerwork report: task assignment cmhc-w01").contains("Theme 1. Work role and boundaries")
        .contains("Rule 'ClinicalTaskAssignedToPeer").contains("Do instead:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void plainTextPostings() {
    Run junior = peerwork("check", "posting-junior-clinician.txt");
    assertThat(junior.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(junior.out()).contains("peerwork report: job description posting-junior-clinician")
        .contains("Rule 'ClinicalDutyInPeerRole").contains("Rule 'NoPeerCoreDuty").contains("\"intake assessments\"");

    Run peer = peerwork("check", "--format", "csv", "posting-peer.txt");
    assertThat(peer.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(peer.out()).startsWith(CsvExport.header()).doesNotContain("ClinicalDutyInPeerRole").doesNotContain(",ERROR,");

    Run sarif = peerwork("check", "--format", "sarif", "posting-junior-clinician.txt");
    assertThat(sarif.out()).contains("\"ruleId\": \"ClinicalDutyInPeerRole\"").contains("\"region\"").contains("posting-junior-clinician.txt");
  }

  @Test
  void aPostingOnStandardInput() throws IOException {
    byte[] text = Files.readAllBytes(FILES.resolve("posting-junior-clinician.txt"));
    Run r = peerwork(text, "check", "--type", "posting", "-");
    assertThat(r.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(r.out()).contains("peerwork report: job description posting-").contains("ClinicalDutyInPeerRole");
    assertThat(peerwork(text, "check", "--type", "posting").out()).isEqualTo(r.out());

    Run empty = peerwork("  \n".getBytes(StandardCharsets.UTF_8), "check", "--type", "posting", "-");
    assertThat(empty.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(empty.err()).contains("<stdin>: the posting is empty");
  }

  @Test
  void theThresholdDecidesTheExitCode() {
    // the reprimand for fishing is a warning: clean at --fail-on error, failing at --fail-on warning
    assertThat(peerwork("check", "--type", "incident", "cmhc-incident-1.json").exit()).isEqualTo(PeerworkCli.CLEAN);
    Run warning = peerwork("check", "--type", "incident", "--fail-on", "warning", "cmhc-incident-1.json");
    assertThat(warning.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(warning.out()).contains("ClinicalNormAppliedToPeer");
    assertThat(peerwork("check", "--type", "assignment", "--fail-on", "never", "assignment-er-peer.json").exit()).isEqualTo(PeerworkCli.CLEAN);
    // a note never fails, whatever the threshold
    assertThat(peerwork("check", "--type", "assignment", "--fail-on", "warning", "assignment-fishing.json").exit()).isEqualTo(PeerworkCli.CLEAN);
    // a clean document
    Run clean = peerwork("check", "--type", "supervision", "--fail-on", "warning", "supervision-peer.json");
    assertThat(clean.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(clean.out()).contains("No findings.");
  }

  @Test
  void everyJsonDocumentTypeAndFormat() throws IOException {
    Run json = peerwork("check", "--type", "hiring", "--format", "json", "cmhc-hiring.json");
    assertThat(json.exit()).isEqualTo(PeerworkCli.CLEAN);
    Report hiring = JsonReport.pretty().read(json.out());
    assertThat(hiring.subjectId()).isEqualTo("cmhc-hiring");
    assertThat(hiring.findingsOf("NoPeerInvolvedInHiring")).hasSize(1);

    Run sarif = peerwork("check", "--type", "roster", "--format", "sarif", "roster-sud-week.json");
    assertThat(sarif.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(sarif.out()).contains("\"version\": \"2.1.0\"").contains("\"ruleId\": \"RepeatedDayOffContact\"")
        .contains("roster-sud-week.json");

    Run csv = peerwork("check", "--type", "training", "--format", "csv", "cmhc-training.json");
    assertThat(csv.out()).startsWith(CsvExport.header()).contains("NoSelfCareTraining,WARNING,TRAINING_NEEDS,TRAINING_PLAN,cmhc-training");

    assertThat(peerwork("check", "--type", "workplace", "--fail-on", "warning", "cmhc-workplace.json").out()).contains("PeerWageBelowComparable");
    assertThat(peerwork("check", "--type", "supervision", "--fail-on", "warning", "cmhc-supervision.json").exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(peerwork("check", "--type", "job", "job-compliant.json").exit()).isEqualTo(PeerworkCli.CLEAN);
  }

  @Test
  void anNdjsonStreamReportsBadLinesAndChecksTheGoodOnes() {
    Run r = peerwork("check", "--format", "json", "assignments.ndjson");
    assertThat(r.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(9).allSatisfy(l -> assertThat(l).startsWith("{\"format\":\"peerwork-report\""));
    assertThat(lines).extracting(l -> JsonReport.compact().read(l).subjectId())
        .containsExactly("mhw-w01", "mhw-w02", "mhw-w03", "mhw-w04", "mhw-w05", "mhw-w06", "mhw-w07", "mhw-w08", "mhw-w09");
    assertThat(r.err()).contains("assignments.ndjson:4: unknown enum value at $.activity.category (line 4")
        .contains("10 records read = 9 checked + 1 rejected (lines 4)")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void standardInputNeedsATypeAndWorksWithIt() throws IOException {
    byte[] ndjson = Files.readAllBytes(FILES.resolve("assignments.ndjson"));
    Run noType = peerwork(ndjson, "check", "-");
    assertThat(noType.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(noType.err()).contains("--type is required for standard input");

    String good = new String(ndjson, StandardCharsets.UTF_8).lines().filter(l -> !l.contains("FEEDING_CATS")).reduce("", (a, b) -> a + b + "\n");
    Run r = peerwork(good.getBytes(StandardCharsets.UTF_8), "check", "--type", "ndjson", "--format", "csv", "--fail-on", "warning", "-");
    assertThat(r.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(r.out()).startsWith(CsvExport.header()).contains("AssigneeLacksPopulationTraining,WARNING");
    assertThat(r.err()).contains("9 records read = 9 checked + 0 rejected");

    Run doc = peerwork(Files.readAllBytes(FILES.resolve("assignment-er-peer.json")), "check", "--type", "assignment");
    assertThat(doc.exit()).isEqualTo(PeerworkCli.FINDINGS);
  }

  @Test
  void badInputIsATypedErrorWithItsPlaceAndNoStackTrace(@TempDir Path tmp) throws IOException {
    Run missing = peerwork("check", "--type", "assignment", "bad-missing-assignee.json");
    assertThat(missing.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(missing.err()).startsWith("peerwork: ").contains("bad-missing-assignee.json: missing field at $.assignee (line 5, column 1): ")
        .hasLineCount(1);
    assertThat(missing.out()).isEmpty();

    Run unknown = peerwork("check", "--type", "assignment", "bad-unknown-category.json");
    assertThat(unknown.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(unknown.err()).contains("$.activity.category").contains("allowed values: SHARING_LIVED_EXPERIENCE");

    Path binary = tmp.resolve("binary.json");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    Run bin = peerwork("check", "--type", "job", binary.toString());
    assertThat(bin.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(bin.err()).contains("not UTF-8 text");

    Run noFile = peerwork("check", "--type", "job", "no-such-file.json");
    assertThat(noFile.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(noFile.err()).contains("cannot read no-such-file.json: no such file");

    Run noType = peerwork("check", "cmhc-hiring.json");
    assertThat(noType.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(noType.err()).contains("cmhc-hiring.json: one of posting, assignment, roster");

    for (Run r : List.of(missing, unknown, bin, noFile, noType)) {
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void policies() {
    Run asWarning = peerwork("check", "--type", "assignment", "--policy", "policy-clinical-as-warning.json", "assignment-er-peer.json");
    assertThat(asWarning.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(asWarning.out()).contains("severity:   WARNING by the policy (default ERROR)");

    Run bad = peerwork("check", "--type", "assignment", "--policy", "policy-bad-threshold.json", "assignment-er-peer.json");
    assertThat(bad.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(bad.err()).contains("policy-bad-threshold.json: invalid policy at $.thresholds.MAX_CASELOAD: must be between 1 and");

    Run unknownRule = peerwork("check", "--type", "assignment", "--policy", "policy-unknown-rule.json", "assignment-er-peer.json");
    assertThat(unknownRule.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(unknownRule.err()).contains("invalid policy at $.disabledRules[0]: unknown rule id").contains("ClinicalTaskAssignedToPeer");
  }

  @Test
  void usageErrors() {
    Run none = peerwork();
    assertThat(none.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(none.err()).contains("a command is required").contains("Usage: peerwork");

    Run badType = peerwork("check", "--type", "spreadsheet", "x.json");
    assertThat(badType.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(badType.err()).contains("'spreadsheet' is not one of posting, assignment").contains("Try 'peerwork check --help'");

    Run badFormat = peerwork("check", "--format", "xml", "--type", "job", "job-compliant.json");
    assertThat(badFormat.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(badFormat.err()).contains("'xml' is not one of text, json, sarif, csv");

    Run help = peerwork("check", "--help");
    assertThat(help.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(help.out()).contains("--fail-on").contains("Exit codes: 0 clean, 1 findings");
  }

  @Test
  void listAndExplainRules() {
    Run list = peerwork("--list-rules");
    assertThat(list.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(list.out().lines()).anyMatch(l -> l.startsWith("ClinicalTaskAssignedToPeer") && l.contains("ERROR"))
        .anyMatch(l -> l.startsWith("ClinicalNormAppliedToPeer"));

    Run explain = peerwork("check", "--explain", "ClinicalTaskAssignedToPeer");
    assertThat(explain.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(explain.out()).startsWith("ClinicalTaskAssignedToPeer: Clinical task assigned to a peer")
        .contains("severity    ERROR").contains("theme       1. Work role and boundaries")
        .contains("Why").contains("What to do instead").contains("Sources").contains("ALMEIDA2020, Results: Peer Work Role and Boundaries")
        .contains("fires:");

    Run unknown = peerwork("--explain", "ClinicalTask");
    assertThat(unknown.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(unknown.err()).contains("unknown rule id 'ClinicalTask'; did you mean ClinicalTaskAssignedToPeer?");
  }

}
