package org.peerwork.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.json.DocumentBadInputTest.Kind;

/**
 * The bad-input catalog of NDJSON streams ({@link PeerJson#readLines}): every non-blank line gives
 * exactly one record, read or failed, so the count in equals the count out; a bad line is reported
 * with its line number and never stops the good ones around it; a huge line is skipped in bounded
 * memory. {@link PeerJsonBadInputTest} has the basic cases for task assignments; these cover every
 * document type, both the byte and the character reader, and the stream-level edge cases.
 */
class NdjsonBadInputTest {

  private static final PeerJson JSON = PeerJson.standard();

  static List<Kind> kinds() {
    return DocumentBadInputTest.KINDS;
  }

  private static <T> List<NdjsonRecord<T>> fromBytes(PeerJson json, byte[] bytes, Class<T> type) {
    return all(json.readLines(new ByteArrayInputStream(bytes), type));
  }

  private static <T> List<NdjsonRecord<T>> fromChars(PeerJson json, String text, Class<T> type) {
    return all(json.readLines(new StringReader(text), type));
  }

  private static <T> List<NdjsonRecord<T>> all(NdjsonReader<T> reader) {
    List<NdjsonRecord<T>> out = new ArrayList<>();
    try (reader) {
      reader.forEachRemaining(out::add);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  /** Both readers over the same UTF-8 text give the same outcome per line. */
  private static <T> List<NdjsonRecord<T>> both(String text, Class<T> type) {
    List<NdjsonRecord<T>> chars = fromChars(JSON, text, type);
    List<NdjsonRecord<T>> bytes = fromBytes(JSON, text.getBytes(StandardCharsets.UTF_8), type);
    assertThat(outcomes(bytes)).isEqualTo(outcomes(chars));
    return chars;
  }

  private static List<String> outcomes(List<? extends NdjsonRecord<?>> records) {
    return records.stream().map(r -> r.lineNumber() + ":" + r.error().map(e -> e.problem() + "@" + e.path()).orElse("ok")).toList();
  }

  private static String lines(Kind k, int n, Function<Integer, String> override) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      String line = override.apply(i);
      b.append(line != null ? line : k.json().replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"line-" + i + "\"")).append('\n');
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void oneBadLineAmongGoodOnesIsReportedWithItsLineNumber(Kind k) {
    String bad = DocumentBadInputTest.set(k, k.enumAt(), DocumentBadInputTest.parse("\"" + DocumentBadInputTest.MARKER + "\""));
    String text = lines(k, 7, i -> i == 4 ? bad : null);
    List<? extends NdjsonRecord<? extends PeerDocument>> records = both(text, k.type());
    assertThat(records).as("count in == count out").hasSize(7);
    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(records.stream().filter(NdjsonRecord::isOk).map(r -> r.value().orElseThrow().getId()))
        .containsExactly("line-1", "line-2", "line-3", "line-5", "line-6", "line-7");
    PeerJsonException e = records.get(3).error().orElseThrow();
    assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.path()).isEqualTo(DocumentBadInputTest.jsonPath(k.enumAt()));
    assertThat(e.getMessage()).contains("line 4").doesNotContain(DocumentBadInputTest.MARKER);
  }

  @Test
  void everyKindOfBadLineInOneStreamStillGivesOneRecordPerLine() {
    Kind k = kinds().get(0);
    List<String> bad = List.of("{\"id\": }", k.json().substring(0, 50), "[".repeat(10_000), "null", "[]", "{}", "\"text\"",
        k.json() + " {}", "{\"id\":\"a\",\"id\":\"b\"}", "\u0000\u0001\u0002", "NaN");
    StringBuilder b = new StringBuilder();
    for (String line : bad) {
      b.append(k.json()).append('\n').append(line).append('\n');
    }
    List<NdjsonRecord<TaskAssignment>> records = fromChars(JSON, b.toString(), TaskAssignment.class);
    List<NdjsonRecord<TaskAssignment>> bytes = fromBytes(JSON, b.toString().getBytes(StandardCharsets.UTF_8), TaskAssignment.class);
    // NUL bytes make the byte reader guess UTF-16 (MALFORMED) where the text reader sees control characters (INVALID_ENCODING)
    assertThat(bytes).extracting(NdjsonRecord::lineNumber).isEqualTo(records.stream().map(NdjsonRecord::lineNumber).toList());
    assertThat(bytes).extracting(NdjsonRecord::isOk).isEqualTo(records.stream().map(NdjsonRecord::isOk).toList());
    assertThat(records).hasSize(2 * bad.size());
    for (int i = 0; i < records.size(); i++) {
      NdjsonRecord<TaskAssignment> r = records.get(i);
      assertThat(r.lineNumber()).isEqualTo(i + 1);
      assertThat(r.isOk()).as("line %d", i + 1).isEqualTo(i % 2 == 0);
      r.error().ifPresent(e -> assertThat((long) e.line()).isEqualTo(r.lineNumber()));
    }
  }

  @Test
  void tenThousandLinesWithEveryHundredthBadLoseNothing() {
    Kind k = kinds().get(0);
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      b.append(i % 100 == 0 ? "{\"id\":" : k.json()).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    List<NdjsonRecord<TaskAssignment>> records = both(b.toString(), TaskAssignment.class);
    assertThat(records).hasSize(10_000);
    assertThat(records.stream().filter(r -> !r.isOk()).map(NdjsonRecord::lineNumber).toList())
        .hasSize(100)
        .allMatch(n -> n % 100 == 0);
  }

  @Test
  void crlfLineEndsAreTheSameAsLf() {
    Kind k = kinds().get(1);
    String lf = lines(k, 5, i -> null);
    String crlf = lf.replace("\n", "\r\n");
    List<NdjsonRecord<? extends PeerDocument>> a = new ArrayList<>(both(lf, k.type()));
    List<NdjsonRecord<? extends PeerDocument>> b = new ArrayList<>(both(crlf, k.type()));
    assertThat(outcomes(b)).isEqualTo(outcomes(a)).allMatch(s -> s.endsWith(":ok"));
    assertThat(b.stream().map(r -> r.value().orElseThrow()).toList()).isEqualTo(a.stream().map(r -> r.value().orElseThrow()).toList());
  }

  @Test
  void blankLinesAreSkippedButCounted() {
    Kind k = kinds().get(2);
    String one = k.json();
    String text = "\n" + one + "\n   \n\t\r\n\r\n" + one + "\n\n\n" + one;
    List<? extends NdjsonRecord<?>> records = both(text, k.type());
    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(2L, 6L, 9L);
    assertThat(records).allMatch(NdjsonRecord::isOk);
    assertThat(both("", k.type())).isEmpty();
    assertThat(both("\n\r\n \n", k.type())).isEmpty();
  }

  @Test
  void aLineHoldingOnlyAByteOrderMarkIsBlankInBytesAsInText() {
    // regression: the byte reader took the three bytes EF BB BF for a document and reported it as malformed
    Kind k = kinds().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    out.writeBytes(bom);
    out.writeBytes(k.json().getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.writeBytes(bom);
    out.write('\n');
    out.writeBytes(bom);
    out.writeBytes(" \r\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(k.json().getBytes(StandardCharsets.UTF_8));
    List<NdjsonRecord<TaskAssignment>> bytes = fromBytes(JSON, out.toByteArray(), TaskAssignment.class);
    List<NdjsonRecord<TaskAssignment>> chars = fromChars(JSON, new String(out.toByteArray(), StandardCharsets.UTF_8), TaskAssignment.class);
    assertThat(outcomes(bytes)).containsExactly("1:ok", "4:ok").isEqualTo(outcomes(chars));
  }

  @Test
  void invalidUtf8InOneLine() {
    Kind k = kinds().get(3);
    byte[] good = k.json().getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    bad[k.json().indexOf("\"id\":\"") + 6] = (byte) 0xFF;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : List.of(good, bad, good, bad, good)) {
      out.writeBytes(line);
      out.write('\n');
    }
    List<? extends NdjsonRecord<?>> records = fromBytes(JSON, out.toByteArray(), k.type());
    assertThat(outcomes(records)).containsExactly("1:ok", "2:INVALID_ENCODING@$.id", "3:ok", "4:INVALID_ENCODING@$.id", "5:ok");
    // a character reader decoding leniently sees U+FFFD in the id instead: read, and marked by its line
    Reader lenient = new InputStreamReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8);
    List<? extends NdjsonRecord<? extends PeerDocument>> decoded = all(JSON.readLines(lenient, k.type()));
    assertThat(decoded).hasSize(5).allMatch(NdjsonRecord::isOk);
    assertThat(decoded.get(1).value().orElseThrow().getId()).contains("\uFFFD");
  }

  @Test
  void theLastLineNeedsNoLineFeed() {
    Kind k = kinds().get(4);
    assertThat(outcomes(both(k.json() + "\n" + k.json(), k.type()))).containsExactly("1:ok", "2:ok");
    assertThat(outcomes(both(k.json() + "\n{\"id\":", k.type()))).containsExactly("1:ok", "2:TRUNCATED@$.id");
  }

  @Test
  void aHundredMegabyteLineIsReportedAndTheNextLineRead() {
    Kind k = kinds().get(0);
    long hundredMb = 100L * 1024 * 1024;
    LineStream in = new LineStream(k.json() + "\n{\"id\":\"", hundredMb, "\"}\n" + k.json() + "\n");
    List<NdjsonRecord<TaskAssignment>> records = all(JSON.readLines(in, TaskAssignment.class));
    assertThat(outcomes(records)).containsExactly("1:ok", "2:TOO_LARGE@$", "3:ok");
    assertThat(records.get(1).error().orElseThrow().getMessage()).contains("line 2").contains(String.valueOf(JsonLimits.DEFAULT.maxDocumentBytes()));
  }

  @Test
  void aHundredMegabyteLineCostsMemoryBoundedByTheLimitNotByTheLine() {
    PeerJson oneMegabyte = PeerJson.withLimits(new JsonLimits(1 << 20, 64, 1 << 16));
    Kind k = kinds().get(0);
    long hundredMb = 100L * 1024 * 1024;
    long before = allocatedBytes();
    List<NdjsonRecord<TaskAssignment>> bytes = all(oneMegabyte.readLines(new LineStream(k.json() + "\n", hundredMb, "\n" + k.json()), TaskAssignment.class));
    long byteReader = allocatedBytes() - before;

    before = allocatedBytes();
    List<NdjsonRecord<TaskAssignment>> chars = all(oneMegabyte.readLines(
        new InputStreamReader(new LineStream(k.json() + "\n", hundredMb, "\n" + k.json()), StandardCharsets.UTF_8), TaskAssignment.class));
    long charReader = allocatedBytes() - before;

    assertThat(outcomes(bytes)).containsExactly("1:ok", "2:TOO_LARGE@$", "3:ok").isEqualTo(outcomes(chars));
    // the line buffer grows to the 1 MB limit and no further: a few MB in all, not the 100 MB line
    assertThat(byteReader).as("bytes allocated by the byte reader").isLessThan(8L << 20);
    assertThat(charReader).as("bytes allocated by the character reader (InputStreamReader's decoding included)").isLessThan(16L << 20);
  }

  /**
   * The bytes this thread has allocated so far, from the JDK's {@code com.sun.management.ThreadMXBean}
   * (through reflection: the test runs inside the model's module, which does not read java.management).
   */
  static long allocatedBytes() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class)
          .invoke(bean, Thread.currentThread().getId());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this test needs a JDK with com.sun.management", e);
    }
  }

  /** A head, then {@code size} filler bytes ('x'), then a tail; generated as read, never held. */
  static final class LineStream extends InputStream {
    private final byte[] head;
    private final byte[] tail;
    private final long size;
    private long served;

    LineStream(String head, long fillerBytes, String tail) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
      this.size = this.head.length + fillerBytes + this.tail.length;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      for (int i = 0; i < n; i++, served++) {
        long tailAt = size - tail.length;
        b[off + i] = served < head.length ? head[(int) served] : served >= tailAt ? tail[(int) (served - tailAt)] : (byte) 'x';
      }
      return n;
    }
  }
}
