package org.peerwork.examples.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peerwork.model.role.Role;
import org.peerwork.rules.PeerChecks;

/**
 * Runs the EHR integration example: reads a FHIR R4 Bundle of Tasks (the bundled worklist of the
 * study's community mental health center, or a file given as the first argument), checks it and
 * prints the OperationOutcome as JSON.
 *
 * <pre>
 * ./mvnw -q -pl peer-examples -am compile exec:java -Dexec.mainClass=org.peerwork.examples.fhir.FhirExample
 * </pre>
 */
public final class FhirExample {

  /** The bundled example bundle, on the class path. */
  public static final String SAMPLE = "/org/peerwork/examples/fhir/study-worklist.json";

  private FhirExample() {}

  /**
   * The mapping the example agency uses: its clinical social workers (NUCC 1041C0700X) are
   * clinicians, and times are read in New Hampshire's time zone.
   */
  public static FhirTaskMapper exampleMapper() {
    return FhirTaskMapper.builder()
        .nuccRole("1041C0700X", Role.CLINICIAN)
        .zone(java.time.ZoneId.of("America/New_York"))
        .build();
  }

  /** The bundled example bundle as JSON. */
  public static String sampleBundleJson() {
    try (InputStream in = FhirExample.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SAMPLE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the OperationOutcome for the bundled worklist, or for the bundle file named by {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    // HAPI logs through SLF4J; without a logging back end SLF4J warns on standard error. The example
    // has none, so it keeps standard error for its own messages.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    String json = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : sampleBundleJson();
    FhirCheck check = new FhirCheck(PeerChecks.standard(), exampleMapper());
    try {
      System.out.println(check.checkJson(json));
    } catch (FhirMappingException e) {
      System.err.println("peerwork fhir: " + e.getMessage());
      System.exit(2);
    }
  }
}
