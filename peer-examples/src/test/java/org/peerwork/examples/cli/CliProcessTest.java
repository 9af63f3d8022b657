package org.peerwork.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;



import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peerwork.rules.report.CsvExport;
import org.peerwork.rules.report.JsonReport;

/**
 * Runs {@code peerwork} as a separate process ({@code java -cp <the test class path>
 * org.peerwork.examples.cli.PeerworkCli}) on the files in {@code src/test/resources/cli}, and checks
 * exit codes, standard output and standard error: each exit code, a stream on standard input, bad
 * input without a stack trace. {@link CliTest} covers the rest in this JVM; {@code CliJarIT} runs the
 * packaged jar.
 */
class CliProcessTest {

  private static final Path FILES = Path.of("src", "test", "resources", "cli");

  /** What a run gave. */
  record Run(int exit, String out, String err) {}

  static Run peerwork(byte[] stdin, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), PeerworkCli.class.getName()));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).directory(FILES.toFile()).start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      try (OutputStream in = p.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin);
        }
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("peerwork did not finish in 60 s: " + cmd);
      }
      return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static Run peerwork(String... args) {
    return peerwork(null, args);
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void exitCodeOneForFindingsAtTheThreshold() {
    Run r = peerwork("check", "--type", "assignment", "assignment-er-peer.json");
    assertThat(r.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(r.out()).contains("peerwork report: task assignment cmhc-w01").contains("Theme 1. Work role and boundaries")
        .contains("Rule 'ClinicalTaskAssignedToPeer").contains("Do instead:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aPlainTextPosting() {
    Run r = peerwork("check", "posting-junior-clinician.txt");
    assertThat(r.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(r.out()).contains("peerwork report: job description posting-junior-clinician").contains("Rule 'NoPeerCoreDuty");
    assertThat(peerwork("check", "posting-peer.txt").exit()).isEqualTo(PeerworkCli.CLEAN);
  }

  @Test
  void exitCodeZeroBelowTheThreshold() {
    Run r = peerwork("check", "--type", "incident", "cmhc-incident-1.json");
    assertThat(r.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(r.out()).contains("ClinicalNormAppliedToPeer");
    assertThat(peerwork("check", "--type", "incident", "--fail-on", "warning", "cmhc-incident-1.json").exit()).isEqualTo(PeerworkCli.FINDINGS);
  }

  @Test
  void exitCodeTwoForBadInputWithThePlaceAndNoStackTrace() {
    Run r = peerwork("check", "--type", "assignment", "bad-missing-assignee.json");
    assertThat(r.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(r.err()).startsWith("peerwork: bad-missing-assignee.json: missing field at $.assignee (line 5, column 1): ")
        .contains("assignee").hasLineCount(1);
    assertThat(r.out()).isEmpty();

    Run policy = peerwork("check", "--type", "assignment", "--policy", "policy-bad-threshold.json", "assignment-er-peer.json");
    assertThat(policy.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(policy.err()).contains("policy policy-bad-threshold.json: invalid policy at $.thresholds.MAX_CASELOAD")
        .doesNotContain("Exception").doesNotContain("\tat ");

    Run usage = peerwork();
    assertThat(usage.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(usage.err()).contains("Usage: peerwork");
  }

  @Test
  void anNdjsonStreamWithABadLine() {
    Run r = peerwork("check", "--format", "json", "assignments.ndjson");
    assertThat(r.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).extracting(l -> JsonReport.compact().read(l).subjectId())
        .containsExactly("mhw-w01", "mhw-w02", "mhw-w03", "mhw-w04", "mhw-w05", "mhw-w06", "mhw-w07", "mhw-w08", "mhw-w09");
    assertThat(r.err()).contains("assignments.ndjson:4: unknown enum value at $.activity.category (line 4")
        .contains("10 records read = 9 checked + 1 rejected (lines 4)")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void standardInput() throws IOException {
    String good = Files.readString(FILES.resolve("assignments.ndjson"), StandardCharsets.UTF_8).lines()
        .filter(l -> !l.contains("FEEDING_CATS")).reduce("", (a, b) -> a + b + "\n");
    Run r = peerwork(good.getBytes(StandardCharsets.UTF_8), "check", "--type", "ndjson", "--format", "csv", "--fail-on", "warning", "-");
    assertThat(r.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(r.out()).startsWith(CsvExport.header()).contains("AssigneeLacksPopulationTraining,WARNING");
    assertThat(r.err()).contains("<stdin>: 9 records read = 9 checked + 0 rejected");
  }

  @Test
  void explainARule() {
    Run r = peerwork("--explain", "PeerSocialActivityNotReprimandable");
    assertThat(r.exit()).isEqualTo(PeerworkCli.CLEAN);
    assertThat(r.out()).startsWith("PeerSocialActivityNotReprimandable: ").contains("severity    INFO").contains("Sources");
  }
}
