package org.peerwork.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.peerwork.model.json.JsonProblem;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Report;

/**
 * The bad-input catalog of {@link JsonReport} reading, beyond the strictness cases of
 * {@link JsonReportTest}: every broken report or report set is a {@link PeerJsonException} with
 * the problem and the JSON path, read from text or from a character stream, and never repeats a
 * value from the document. The cases are listed in {@code docs/reliability.md}.
 */
class JsonReportBadInputTest {

  private static final String MARKER = "PII-MARKER-report";
  private static final JsonReport JSON = JsonReport.compact();
  private static final String GOOD = JSON.write(Fixtures.handBuilt().get(0));
  private static final String SET = JSON.writeAll(Fixtures.handBuilt());

  private static PeerJsonException failure(ThrowingCallable call) {
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, call);
    assertThat(e).as("a PeerJsonException").isNotNull();
    assertThat(e.path()).startsWith("$");
    assertThat(e.getMessage()).doesNotContain(MARKER);
    return e;
  }

  /** The failure of reading from text, which reading the same text from a stream repeats. */
  private static PeerJsonException failsAlike(ThrowingCallable fromText, ThrowingCallable fromReader) {
    PeerJsonException t = failure(fromText);
    PeerJsonException r = failure(fromReader);
    assertThat(r.problem()).isEqualTo(t.problem());
    assertThat(r.path()).isEqualTo(t.path());
    return t;
  }

  private static PeerJsonException reading(String text) {
    return failsAlike(() -> JSON.read(text), () -> JSON.read(new java.io.StringReader(text)));
  }

  private static String replace(String from, String to) {
    assertThat(GOOD).contains(from);
    return GOOD.replace(from, to);
  }

  private static PeerJsonException readingSet(String text) {
    return failsAlike(() -> JSON.readAll(text), () -> JSON.readAll(new java.io.StringReader(text)));
  }

  private static String replaceInSet(String from, String to) {
    assertThat(SET).contains(from);
    return SET.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void aReportSetWithTheWrongHeaderOrCountsIsRefused() {
    assertThat(readingSet(replaceInSet("\"format\":\"peerwork-report-set\"", "\"format\":\"" + MARKER + "\"")).getMessage())
        .contains("format must be \"peerwork-report-set\"").doesNotContain("this is");
    assertThat(readingSet(replaceInSet("\"schemaVersion\":1", "\"schemaVersion\":7")).getMessage())
        .contains("schemaVersion 7 is not supported; this reader reads version 1");
    String counts = SET.substring(SET.lastIndexOf("\"counts\":"));
    assertThat(counts).contains("\"total\":3");
    String lastCounts = SET.substring(0, SET.lastIndexOf("\"counts\":"));
    assertThat(readingSet(lastCounts + counts.replace("\"total\":3", "\"total\":4")).getMessage())
        .contains("counts.total is 4 but there are 3 findings");
    assertThat(readingSet(lastCounts + counts.replaceFirst("\"WARNING\":1", "\"WARNING\":2")).getMessage())
        .contains("counts.bySeverity does not match the findings");
    assertThat(readingSet(lastCounts + counts.replaceFirst("\"LocalSelfCareCheck\":1", "\"LocalSelfCareCheck\":2")).getMessage())
        .contains("counts.byRule does not match the findings");
    assertThat(readingSet(lastCounts + counts.replaceFirst("\"TRAINING_NEEDS\":1", "\"TRAINING_NEEDS\":2")).getMessage())
        .contains("counts.byTheme does not match the findings");
    // an outcome with a negative count, and one with its count missing
    assertThat(reading(replace("\"findings\":0}", "\"findings\":-1}")).getMessage()).contains("findings must not be negative");
    assertThat(reading(replace(",\"findings\":0}", "}")).problem()).isIn(JsonProblem.NULL_VALUE, JsonProblem.MISSING_FIELD);
    // and one report's own counts
    assertThat(reading(replace("\"byRule\":{\"LocalClinicalDutyCheck\":1}", "\"byRule\":{\"LocalClinicalDutyCheck\":2}")).getMessage())
        .contains("counts.byRule does not match");
  }

  @Test
  void theFixtureReadsBack() {
    assertThat(JSON.read(GOOD)).isEqualTo(Fixtures.handBuilt().get(0));
    assertThat(JSON.readAll(SET)).isEqualTo(Fixtures.handBuilt());
  }

  @Test
  void malformedJson() {
    PeerJsonException e = reading(replace("\"findings\":[", "\"findings\" ["));
    assertThat(e.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(e.path()).isEqualTo("$.findings");
    assertThat(reading(GOOD + "{}").problem()).isEqualTo(JsonProblem.MALFORMED);
  }

  @Test
  void wrongTypes() {
    PeerJsonException findings = reading(replace("\"findings\":[", "\"findings\":{\"x\":[") .replace("],\"counts\"", "]},\"counts\""));
    assertThat(findings.problem()).isIn(JsonProblem.WRONG_TYPE, JsonProblem.MALFORMED);
    PeerJsonException version = reading(replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""));
    assertThat(version.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(version.path()).isEqualTo("$.schemaVersion");
    PeerJsonException root = reading("[\"" + MARKER + "\"]");
    assertThat(root.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(root.path()).isEqualTo("$");
  }

  @Test
  void unknownDocumentTypeListsTheTypes() {
    String type = "\"type\":\"" + Fixtures.handBuilt().get(0).subjectType().name() + "\"";
    PeerJsonException e = reading(GOOD.replaceFirst(java.util.regex.Pattern.quote(type), "\"type\":\"" + MARKER + "\""));
    assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(e.path()).isEqualTo("$.subject.type");
    assertThat(e.allowedValues()).containsExactlyElementsOf(Arrays.stream(DocumentType.values()).map(Enum::name).toList());
  }

  @Test
  void nullsAndMissingParts() {
    PeerJsonException subject = reading(GOOD.replaceFirst("\"subject\":\\{[^}]*}", "\"subject\":null"));
    assertThat(subject.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(subject.path()).isEqualTo("$.subject");
    PeerJsonException finding = reading(replace("\"findings\":[", "\"findings\":[null,"));
    assertThat(finding.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(finding.path()).isEqualTo("$.findings[0]");
    PeerJsonException setEntry = failure(() -> JSON.readAll(SET.replace("\"reports\":[", "\"reports\":[null,")));
    assertThat(setEntry.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(setEntry.path()).isEqualTo("$.reports[0]");
    assertThat(reading("null").problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(reading("{}").problem()).isIn(JsonProblem.NULL_VALUE, JsonProblem.MISSING_FIELD);
  }

  @Test
  void duplicateKeys() {
    PeerJsonException e = reading(replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"schemaVersion\":1"));
    assertThat(e.problem()).isEqualTo(JsonProblem.DUPLICATE_KEY);
    assertThat(e.path()).isEqualTo("$.schemaVersion");
  }

  @Test
  void numbersOutOfRange() {
    PeerJsonException version = reading(replace("\"schemaVersion\":1", "\"schemaVersion\":99999999999"));
    assertThat(version.problem()).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
    assertThat(version.path()).isEqualTo("$.schemaVersion");
    PeerJsonException total = reading(GOOD.replaceFirst("\"total\":\\d+", "\"total\":-1"));
    assertThat(total.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
  }

  @Test
  void aSpanThatEndsBeforeItStarts() {
    String withSpan = JSON.write(Fixtures.handBuilt().stream().filter(r -> r.findings().stream().anyMatch(f -> f.getLocation().getSpan().isPresent()))
        .findFirst().orElseThrow());
    String broken = withSpan.replaceFirst("\"span\":\\{\"start\":(\\d+),\"end\":(\\d+)}", "\"span\":{\"start\":$2,\"end\":0}");
    assertThat(broken).isNotEqualTo(withSpan);
    PeerJsonException e = failure(() -> JSON.read(broken));
    assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
    assertThat(e.path()).startsWith("$.findings[").contains("location");
  }

  @Test
  void emptyAndBlank() {
    for (String blank : List.of("", "  ", "\n")) {
      assertThat(reading(blank).problem()).isEqualTo(JsonProblem.EMPTY);
      assertThat(failure(() -> JSON.readAll(blank)).problem()).isEqualTo(JsonProblem.EMPTY);
    }
    assertThat(failure(() -> JSON.read((String) null)).problem()).isEqualTo(JsonProblem.EMPTY);
  }

  @Test
  void tenThousandDeepNesting() {
    PeerJsonException e = reading(replace("\"findings\":[", "\"findings\":" + "[".repeat(10_000)));
    assertThat(e.problem()).isEqualTo(JsonProblem.TOO_DEEP);
    assertThat(e.path()).startsWith("$.findings[0][0]");
    assertThat(failure(() -> JSON.readAll("[".repeat(10_000))).problem()).isEqualTo(JsonProblem.TOO_DEEP);
  }

  @Test
  void aHundredMegabyteReportIsRejectedAtTheLimitFromAStream() {
    long hundredMb = 100L * 1024 * 1024;
    Filler one = new Filler(GOOD.substring(0, GOOD.length() - 1) + ",", hundredMb);
    PeerJsonException e = failure(() -> JSON.read(one));
    assertThat(e.problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(one.served).isLessThanOrEqualTo(16L * 1024 * 1024 + 64 * 1024);
    Filler set = new Filler(SET.substring(0, SET.length() - 1) + ",", hundredMb);
    PeerJsonException all = failure(() -> JSON.readAll(set));
    assertThat(all.problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(set.served).as("characters read before giving up").isLessThanOrEqualTo(16L * 1024 * 1024 + 64 * 1024);
  }

  @Test
  void binaryText() {
    Random random = new Random(7);
    for (int i = 0; i < 30; i++) {
      char[] noise = new char[1 + random.nextInt(200)];
      for (int j = 0; j < noise.length; j++) {
        noise[j] = (char) random.nextInt(0x10000);
      }
      String text = new String(noise);
      PeerJsonException e = failure(() -> JSON.read(text));
      assertThat(e.problem()).isIn(JsonProblem.MALFORMED, JsonProblem.INVALID_ENCODING, JsonProblem.EMPTY, JsonProblem.TRUNCATED, JsonProblem.WRONG_TYPE);
      assertThat(failure(() -> JSON.readAll(text)).problem()).isNotNull();
    }
    assertThat(reading("\u0000\u0001").problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
  }

  @Test
  void aReportReadBackRendersInEveryFormat() {
    for (Report r : JSON.readAll(SET)) {
      assertThat(TextReport.full().render(r)).isNotBlank();
      assertThat(SarifReport.standard().write(List.of(r))).contains("\"version\": \"2.1.0\"");
      assertThat(CsvExport.toCsv(List.of(r))).startsWith(CsvExport.header());
    }
  }

  /** A head, then spaces up to a size; characters generated as read, counted, never held. */
  private static final class Filler extends Reader {
    private final String head;
    private final long size;
    long served;

    Filler(String head, long size) {
      this.head = head;
      this.size = size;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      for (int i = 0; i < n; i++, served++) {
        buf[off + i] = served < head.length() ? head.charAt((int) served) : ' ';
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
