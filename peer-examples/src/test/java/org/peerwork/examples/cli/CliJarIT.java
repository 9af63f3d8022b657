package org.peerwork.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged command-line jar ({@code target/peerwork-cli.jar}, built by the shade plugin in
 * {@code package}) with {@code java -jar}, after packaging: it starts, finds its rules and Bean
 * Validation provider, and keeps its exit codes.
 */
class CliJarIT {

  private static final Path JAR = Path.of(System.getProperty("peerwork.cli.jar", "target/peerwork-cli.jar"));
  private static final Path FILES = Path.of("src", "test", "resources", "cli").toAbsolutePath();

  private record Run(int exit, String out, String err) {}

  private static Run javaJar(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-jar", JAR.toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(FILES.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in 60 s").isTrue();
    return new Run(p.exitValue(), out.join(), err.join());
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theJarIsSelfContainedAndLeavesOutTheFhirExample() throws IOException {
    assertThat(Files.isRegularFile(JAR)).as(JAR + " exists").isTrue();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(PeerworkCli.class.getName());
      assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
      assertThat(jar.getEntry("org/peerwork/rules/PeerChecks.class")).isNotNull();
      assertThat(jar.getEntry("META-INF/services/jakarta.validation.spi.ValidationProvider")).isNotNull();
      assertThat(jar.stream().map(e -> e.getName())).noneMatch(n -> n.startsWith("ca/uhn/") || n.startsWith("org/peerwork/examples/fhir/"));
    }
  }

  @Test
  void runsWithJavaJar() throws Exception {
    Run list = javaJar("--list-rules");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("ClinicalTaskAssignedToPeer");

    Run er = javaJar("check", "--type", "assignment", "assignment-er-peer.json");
    assertThat(er.exit()).isEqualTo(PeerworkCli.FINDINGS);
    assertThat(er.out()).contains("ClinicalTaskAssignedToPeer");
    assertThat(er.err()).isEmpty();

    Run bad = javaJar("check", "--type", "assignment", "bad-missing-assignee.json");
    assertThat(bad.exit()).isEqualTo(PeerworkCli.BAD_INPUT);
    assertThat(bad.err()).contains("missing field at $.assignee").doesNotContain("Exception");
  }
}
