package org.peerwork.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.organization.Agency;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.workplace.WorkplacePolicy;

/**
 * Fuzz targets for {@link PeerJson}: bytes in, a document or a {@link PeerJsonException} out, for
 * every document type and for NDJSON streams.
 *
 * <p>Invariants: nothing but a {@link PeerJsonException} escapes a read, and its problem, path,
 * line and column are well formed; a document that reads writes back to JSON that reads to an equal
 * document; text and bytes of the same UTF-8 JSON read to equal documents; an NDJSON stream yields
 * exactly one record per non-blank line, in order, each failed record carrying its own line number.
 *
 * <p>In a plain {@code mvn test} each target runs on its committed seeds
 * ({@code src/test/resources/org/peerwork/model/json/PeerJsonFuzzTestInputs/<method>/}); with
 * {@code JAZZER_FUZZ=1} one target fuzzes for its {@code maxDuration} (see {@code .ci/fuzz-smoke}
 * and {@code docs/reliability.md}).
 */
class PeerJsonFuzzTest {

  private static final PeerJson JSON = PeerJson.standard();
  /** Small limits, so the fuzzer reaches the size, depth and string limits with short inputs. */
  private static final PeerJson SMALL = PeerJson.withLimits(new JsonLimits(2048, 12, 64));

  @FuzzTest(maxDuration = "30s")
  void readTaskAssignment(byte[] input) {
    readAny(input, TaskAssignment.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readRoster(byte[] input) {
    readAny(input, Roster.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readJobDescription(byte[] input) {
    readAny(input, JobDescription.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readHiringPlan(byte[] input) {
    readAny(input, HiringPlan.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readSupervisionArrangement(byte[] input) {
    readAny(input, SupervisionArrangement.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readTrainingPlan(byte[] input) {
    readAny(input, TrainingPlan.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readWorkplacePolicy(byte[] input) {
    readAny(input, WorkplacePolicy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readIncidentReview(byte[] input) {
    readAny(input, IncidentReview.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readAgency(byte[] input) {
    readAny(input, Agency.class);
  }

  @FuzzTest(maxDuration = "30s")
  void readNdjson(byte[] input) {
    int expected = nonBlankLines(input);
    List<NdjsonRecord<TaskAssignment>> fromBytes = new ArrayList<>();
    try (NdjsonReader<TaskAssignment> r = JSON.readLines(new ByteArrayInputStream(input), TaskAssignment.class)) {
      r.forEachRemaining(fromBytes::add);
    } catch (IOException e) {
      throw new AssertionError("closing an in-memory stream failed", e);
    }
    assertRecords(fromBytes, expected);
    String text = strictUtf8(input);
    if (text != null) {
      List<NdjsonRecord<TaskAssignment>> fromChars = new ArrayList<>();
      JSON.readLines(new StringReader(text), TaskAssignment.class).forEachRemaining(fromChars::add);
      assertRecords(fromChars, expected);
      assertThat(fromChars).extracting(NdjsonRecord::lineNumber).isEqualTo(fromBytes.stream().map(NdjsonRecord::lineNumber).toList());
      for (int i = 0; i < fromChars.size(); i++) {
        if (fromChars.get(i).isOk() && fromBytes.get(i).isOk()) {
          assertThat(fromChars.get(i).value()).isEqualTo(fromBytes.get(i).value());
        }
      }
    }
  }

  // ---------------------------------------------------------------- invariants

  private static <T> void readAny(byte[] input, Class<T> type) {
    T fromBytes = readOrNull(() -> JSON.read(input, type));
    readOrNull(() -> SMALL.read(input, type));
    String text = strictUtf8(input);
    T fromText = text == null ? null : readOrNull(() -> JSON.read(text, type));
    if (fromBytes != null && fromText != null) {
      assertThat(fromText).as("text and bytes of the same JSON").isEqualTo(fromBytes);
    }
    for (T value : new ArrayList<>(java.util.Arrays.asList(fromBytes, fromText))) {
      if (value != null) {
        String written = JSON.write(value);
        assertThat(JSON.read(written, type)).as("write then read").isEqualTo(value);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        JSON.write(value, bytes);
        assertThat(JSON.read(bytes.toByteArray(), type)).as("write as UTF-8 bytes then read").isEqualTo(value);
        try {
          JSON.readValid(written, type);
        } catch (PeerJsonException e) {
          assertThat(e.problem()).isEqualTo(JsonProblem.CONSTRAINT_VIOLATION);
          wellFormed(e);
        }
      }
    }
  }

  @FunctionalInterface
  private interface Read<T> {
    T read();
  }

  /** The value, or null after a well-formed {@link PeerJsonException}; anything else escapes as a finding. */
  private static <T> T readOrNull(Read<T> read) {
    try {
      T value = read.read();
      assertThat(value).isNotNull();
      return value;
    } catch (PeerJsonException e) {
      wellFormed(e);
      return null;
    }
  }

  static void wellFormed(PeerJsonException e) {
    assertThat(e.problem()).isNotNull();
    assertThat(e.path()).startsWith("$");
    assertThat(e.line()).isNotNegative();
    assertThat(e.column()).isNotNegative();
    assertThat(e.allowedValues()).doesNotContainNull();
    assertThat(e.getMessage()).startsWith(e.problem().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " at " + e.path());
  }

  private static void assertRecords(List<NdjsonRecord<TaskAssignment>> records, int expected) {
    assertThat(records).as("one record per non-blank line").hasSize(expected);
    long last = 0;
    for (NdjsonRecord<TaskAssignment> r : records) {
      assertThat(r.lineNumber()).isGreaterThan(last);
      last = r.lineNumber();
      assertThat(r.isOk()).isEqualTo(r.value().isPresent()).isNotEqualTo(r.error().isPresent());
      r.error().ifPresent(e -> {
        wellFormed(e);
        assertThat((long) e.line()).isEqualTo(r.lineNumber());
      });
    }
  }

  /** Lines split at LF; a line holding only spaces, tabs, CR and byte order marks is blank. */
  static int nonBlankLines(byte[] input) {
    int count = 0;
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        if (i == input.length && start == i) {
          break;
        }
        if (!blank(input, start, i)) {
          count++;
        }
        start = i + 1;
      }
    }
    return count;
  }

  private static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == ' ' || b[i] == '\t' || b[i] == '\r') {
        continue;
      }
      if (i + 2 < to && (b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBB && (b[i + 2] & 0xFF) == 0xBF) {
        i += 2;
        continue;
      }
      return false;
    }
    return true;
  }

  /** The UTF-8 text of the bytes, or null when they are not valid UTF-8. */
  static String strictUtf8(byte[] input) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
