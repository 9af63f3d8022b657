package org.peerwork.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.peerwork.model.assignment.TaskAssignment;

/**
 * Regression tests for strict UTF-8: Jackson alone decodes overlong forms and sequences above
 * U+10FFFF (into lone surrogates); PeerJson rejects them as {@link JsonProblem#INVALID_ENCODING},
 * with the JSON path, from bytes, streams (however they are chunked) and NDJSON lines.
 */
class StrictUtf8Test {

  private static final PeerJson JSON = PeerJson.standard();
  private static final String GOOD = JSON.write(PeerJsonBadInputTest.assignment());

  /** The assignment with the bytes of its id "t-1" replaced by {@code "t-" + bad}. */
  private static byte[] withIdBytes(int... bad) {
    String head = GOOD.substring(0, GOOD.indexOf("\"t-1\"") + 3);
    String tail = GOOD.substring(GOOD.indexOf("\"t-1\"") + 4);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    for (int b : bad) {
      out.write(b);
    }
    out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Serves one byte per read, so every character crosses a read boundary. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(1, len));
      }
    };
  }

  private static void rejected(byte[] bytes) {
    for (PeerJsonException e : List.of(
        catchThrowableOfType(PeerJsonException.class, () -> JSON.read(bytes, TaskAssignment.class)),
        catchThrowableOfType(PeerJsonException.class, () -> JSON.read(new ByteArrayInputStream(bytes), TaskAssignment.class)),
        catchThrowableOfType(PeerJsonException.class, () -> JSON.read(trickle(bytes), TaskAssignment.class)))) {
      assertThat(e).isNotNull();
      assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
      assertThat(e.path()).isEqualTo("$.id");
      assertThat(e.line()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "C0 AF",        // overlong '/'
      "C1 BF",        // overlong DEL
      "E0 80 AF",     // overlong '/' in three bytes
      "F0 80 80 AF",  // overlong '/' in four bytes
      "ED A0 80",     // a UTF-16 surrogate encoded as UTF-8
      "F4 90 80 80",  // above U+10FFFF: Jackson would make lone surrogates of it
      "F5 80 80 80",  // a lead byte that never occurs
      "80",           // a continuation byte alone
      "E2 82",        // a character cut short
      "FF"})
  void invalidSequencesAreRejectedWithThePlace(String hex) {
    String[] parts = hex.split(" ");
    int[] bytes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = Integer.parseInt(parts[i], 16);
    }
    rejected(withIdBytes(bytes));
  }

  @Test
  void wellFormedUtf8OfEveryLengthIsReadFromBytesAndTrickledStreams() {
    String id = "t-é€😀\u07FF\uFFFD\uD7FF\uE000\uDBFF\uDFFF";
    byte[] bytes = GOOD.replace("\"t-1\"", "\"" + id + "\"").getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(bytes, TaskAssignment.class).getId()).isEqualTo(id);
    assertThat(JSON.read(trickle(bytes), TaskAssignment.class).getId()).isEqualTo(id);
    assertThat(JSON.read(new ByteArrayInputStream(bytes), TaskAssignment.class).getId()).isEqualTo(id);
  }

  @Test
  void utf16AndUtf32WithAByteOrderMarkAreStillRead() {
    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32BE"))) {
      byte[] bytes = (cs == StandardCharsets.UTF_16LE ? "\uFEFF" + GOOD : GOOD).getBytes(cs);
      assertThat(JSON.read(bytes, TaskAssignment.class)).as(cs.name()).isEqualTo(PeerJsonBadInputTest.assignment());
      assertThat(JSON.read(trickle(bytes), TaskAssignment.class)).as(cs.name()).isEqualTo(PeerJsonBadInputTest.assignment());
    }
  }

  @Test
  void aBadByteBeforeMalformedTextIsReportedFirstAndMalformedTextBeforeABadByteToo() {
    byte[] badThenMalformed = (new String(withIdBytes(0xC0, 0xAF), StandardCharsets.ISO_8859_1) + "}}}").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(catchThrowableOfType(PeerJsonException.class, () -> JSON.read(badThenMalformed, TaskAssignment.class)).problem())
        .isEqualTo(JsonProblem.INVALID_ENCODING);
    byte[] malformedThenBad = ("{\"id\" \"t-1\", \"x\":\"" + "\u00C0\u00AF" + "\"}").getBytes(StandardCharsets.ISO_8859_1);
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> JSON.read(malformedThenBad, TaskAssignment.class));
    assertThat(e.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(e.path()).isEqualTo("$.id");
  }

  @Test
  void anNdjsonLineWithAnOverlongFormIsReportedAndItsNeighboursRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.writeBytes(withIdBytes(0xE0, 0x80, 0xAF));
    out.write('\n');
    out.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
    List<NdjsonRecord<TaskAssignment>> records = new ArrayList<>();
    JSON.readLines(new ByteArrayInputStream(out.toByteArray()), TaskAssignment.class).forEachRemaining(records::add);
    assertThat(records).extracting(NdjsonRecord::isOk).containsExactly(true, false, true);
    PeerJsonException e = records.get(1).error().orElseThrow();
    assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
    assertThat(e.path()).isEqualTo("$.id");
    assertThat(e.line()).isEqualTo(2);
  }
}
