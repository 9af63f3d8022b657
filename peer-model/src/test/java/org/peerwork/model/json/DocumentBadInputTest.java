package org.peerwork.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.peerwork.model.testing.Tries.qt;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.organization.Agency;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.testing.Generators;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.workplace.WorkplacePolicy;

/**
 * The bad-input catalog of {@link PeerJson} for every document type: each test breaks a valid
 * document of each of the nine types in one way and asserts the typed error, its problem, its JSON
 * path and, for closed vocabularies, the allowed values; and that the message never repeats a value
 * from the document. {@link PeerJsonBadInputTest} goes deeper on task assignments; this class makes
 * sure no other document type is left out. The cases are listed in {@code docs/reliability.md}.
 */
class DocumentBadInputTest {

  /** A value that must never come back in an exception message. */
  static final String MARKER = "PII-MARKER-bad-input";

  private static final PeerJson JSON = PeerJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  /**
   * One document type with a valid document (generated from a fixed seed) that has a value of a
   * closed vocabulary at {@code enumAt} and, for the types that have counts, a whole number at
   * {@code numberAt}.
   */
  record Kind(Class<? extends PeerDocument> type, String enumAt, String numberAt, String json) {

    static Kind of(Class<? extends PeerDocument> type, String enumAt, String numberAt) {
      List<PeerDocument> samples = new ArrayList<>();
      qt().withFixedSeed(20261123L).withExamples(400).forAll(Generators.documents(type)).checkAssert(samples::add);
      for (PeerDocument d : samples) {
        String text = JSON.write(d);
        JsonNode tree = parse(text);
        if (text.length() < 20_000 && text.indexOf(0) < 0 && tree.at(enumAt).isTextual()
            && (numberAt == null || tree.at(numberAt).isInt()) && tree.get("id").asText().matches("[a-z]+-[0-9]+")) {
          return new Kind(type, enumAt, numberAt, text);
        }
      }
      throw new IllegalStateException("no sample of " + type.getSimpleName() + " has " + enumAt + " and " + numberAt);
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }

    ObjectNode tree() {
      return (ObjectNode) parse(json);
    }

    PeerJsonException failing(String text) {
      return failure(() -> JSON.read(text, type));
    }

    PeerJsonException failing(byte[] bytes) {
      return failure(() -> JSON.read(bytes, type));
    }
  }

  static final List<Kind> KINDS = List.of(
      Kind.of(TaskAssignment.class, "/setting", null),
      Kind.of(Roster.class, "/assignments/0/setting", "/team/peopleServed"),
      Kind.of(JobDescription.class, "/role", "/coverage/caseload"),
      Kind.of(HiringPlan.class, "/positionKind", "/caseload"),
      Kind.of(SupervisionArrangement.class, "/supervisorKind", null),
      Kind.of(TrainingPlan.class, "/offerings/0/topic", null),
      Kind.of(WorkplacePolicy.class, "/workFromHome", "/peersPerIntensiveTeam"),
      Kind.of(IncidentReview.class, "/outcome", null),
      Kind.of(Agency.class, "/type", "/teams/0/peopleServed"));

  static Stream<Kind> kinds() {
    return KINDS.stream();
  }

  static Stream<Kind> kindsWithCounts() {
    return KINDS.stream().filter(k -> k.numberAt() != null);
  }

  // ---------------------------------------------------------------- helpers

  static JsonNode parse(String text) {
    try {
      return TREE.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(JsonNode tree) {
    try {
      return TREE.writeValueAsString(tree);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code /assignments/0/setting} as the JSON path {@code $.assignments[0].setting}. */
  static String jsonPath(String pointer) {
    StringBuilder b = new StringBuilder("$");
    for (String part : pointer.substring(1).split("/")) {
      b.append(part.matches("[0-9]+") ? "[" + part + "]" : "." + part);
    }
    return b.toString();
  }

  /** Replaces the value at a JSON pointer. */
  static String set(Kind k, String pointer, JsonNode value) {
    ObjectNode tree = k.tree();
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = tree.at(p.head());
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(p.last().getMatchingProperty()), value);
    } else {
      ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
    }
    return text(tree);
  }

  static PeerJsonException failure(ThrowingCallable call) {
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, call);
    assertThat(e).as("a PeerJsonException").isNotNull();
    assertThat(e.getMessage()).doesNotContain(MARKER);
    assertThat(e.path()).startsWith("$");
    return e;
  }

  // ---------------------------------------------------------------- the catalog

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void theFixtureIsValid(Kind k) {
    assertThat(JSON.readValid(k.json(), k.type())).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void malformedJson(Kind k) {
    PeerJsonException e = k.failing(k.json().replaceFirst("\"id\":", "\"id\" "));
    assertThat(e.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(e.path()).isEqualTo("$.id");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void truncatedDocument(Kind k) {
    PeerJsonException e = k.failing(k.json().substring(0, k.json().length() / 2));
    assertThat(e.problem()).isIn(JsonProblem.TRUNCATED, JsonProblem.MALFORMED);
    PeerJsonException lastByte = k.failing(k.json().substring(0, k.json().length() - 1).getBytes(StandardCharsets.UTF_8));
    assertThat(lastByte.problem()).isEqualTo(JsonProblem.TRUNCATED);
    String lastProperty = parse(k.json()).properties().stream().reduce((a, b) -> b).orElseThrow().getKey();
    assertThat(lastByte.path()).as("where the document stops").isEqualTo("$." + lastProperty);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void trailingContent(Kind k) {
    PeerJsonException e = k.failing(k.json() + " {\"id\":\"" + MARKER + "\"}");
    assertThat(e.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(e.path()).isEqualTo("$");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void wrongType(Kind k) {
    PeerJsonException number = k.failing(set(k, "/id", TREE.getNodeFactory().numberNode(17)));
    assertThat(number.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(number.path()).isEqualTo("$.id");
    assertThat(number.getMessage()).contains("expected a string");

    PeerJsonException root = k.failing("[\"" + MARKER + "\"]");
    assertThat(root.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(root.path()).isEqualTo("$");
    assertThat(root.getMessage()).contains(k.type().getSimpleName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void unknownProperty(Kind k) {
    ObjectNode tree = k.tree();
    tree.put("nickname", MARKER);
    PeerJsonException e = k.failing(text(tree));
    assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_PROPERTY);
    assertThat(e.path()).isEqualTo("$.nickname");
    assertThat(e.allowedValues()).contains("id").doesNotContain("nickname").isSorted();
    assertThat(e.getMessage()).contains("allowed values: ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void unknownEnumValue(Kind k) {
    String good = parse(k.json()).at(k.enumAt()).asText();
    PeerJsonException e = k.failing(set(k, k.enumAt(), TREE.getNodeFactory().textNode(MARKER)));
    assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(e.path()).isEqualTo(jsonPath(k.enumAt()));
    assertThat(e.allowedValues()).contains(good).doesNotContain(MARKER);
    assertThat(e.getMessage()).contains("allowed values: " + e.allowedValues().get(0));
    PeerJsonException lowerCase = k.failing(set(k, k.enumAt(), TREE.getNodeFactory().textNode(good.toLowerCase(java.util.Locale.ROOT))));
    assertThat(lowerCase.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void missingRequiredField(Kind k) {
    ObjectNode tree = k.tree();
    tree.remove("id");
    PeerJsonException e = k.failing(text(tree));
    assertThat(e.problem()).isEqualTo(JsonProblem.MISSING_FIELD);
    assertThat(e.path()).isEqualTo("$.id");
    assertThat(e.getMessage()).contains(k.type().getSimpleName());
    PeerJsonException empty = k.failing("{}");
    assertThat(empty.problem()).isEqualTo(JsonProblem.MISSING_FIELD);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void nullValue(Kind k) {
    PeerJsonException id = k.failing(set(k, "/id", TREE.getNodeFactory().nullNode()));
    assertThat(id.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(id.path()).isEqualTo("$.id");
    PeerJsonException vocabulary = k.failing(set(k, k.enumAt(), TREE.getNodeFactory().nullNode()));
    assertThat(vocabulary.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(vocabulary.path()).isEqualTo(jsonPath(k.enumAt()));
    PeerJsonException document = k.failing("null");
    assertThat(document.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(document.path()).isEqualTo("$");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void emptyDocument(Kind k) {
    for (String blank : List.of("", "   ", "\r\n\t")) {
      assertThat(k.failing(blank).problem()).isEqualTo(JsonProblem.EMPTY);
    }
    assertThat(k.failing(new byte[0]).problem()).isEqualTo(JsonProblem.EMPTY);
    assertThat(failure(() -> JSON.read(new StringReader(""), k.type())).problem()).isEqualTo(JsonProblem.EMPTY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void duplicateKey(Kind k) {
    PeerJsonException e = k.failing("{\"id\":\"" + MARKER + "\"," + k.json().substring(1));
    assertThat(e.problem()).isEqualTo(JsonProblem.DUPLICATE_KEY);
    assertThat(e.path()).isEqualTo("$.id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kindsWithCounts")
  void numberOutOfRange(Kind k) {
    for (String big : List.of("2147483648", "1e12", "-99999999999", "1.0e10")) {
      PeerJsonException e = k.failing(set(k, k.numberAt(), parse(big)));
      assertThat(e.problem()).as(big).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
      assertThat(e.path()).as(big).isEqualTo(jsonPath(k.numberAt()));
      assertThat(e.getMessage()).contains(String.valueOf(Integer.MAX_VALUE));
    }
    String digits = set(k, k.numberAt(), parse("918273645")).replace("918273645", "9".repeat(500));
    PeerJsonException longNumber = k.failing(digits);
    assertThat(longNumber.problem()).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
    assertThat(longNumber.path()).isEqualTo(jsonPath(k.numberAt()));
    PeerJsonException negative = k.failing(set(k, k.numberAt(), parse("-1")));
    assertThat(negative.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void hundredMegabyteDocumentIsRejectedAtTheLimit(Kind k) {
    long hundredMb = 100L * 1024 * 1024;
    CountingStream whitespace = new CountingStream(k.json().substring(0, k.json().length() - 1) + ",", hundredMb, (byte) ' ');
    PeerJsonException e = failure(() -> JSON.read(whitespace, k.type()));
    assertThat(e.problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(whitespace.served).as("bytes read before giving up").isLessThanOrEqualTo(JsonLimits.DEFAULT.maxDocumentBytes() + 64 * 1024);

    CountingStream string = new CountingStream("{\"id\":\"", hundredMb, (byte) 'x');
    PeerJsonException longString = failure(() -> JSON.read(string, k.type()));
    assertThat(longString.problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(longString.path()).isEqualTo("$.id");
    assertThat(string.served).isLessThan(4L * JsonLimits.DEFAULT.maxStringLength());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void tenThousandDeepNesting(Kind k) {
    String deep = k.json().replaceFirst("\"id\":\"", "\"id\":" + "[".repeat(10_000) + "\"");
    PeerJsonException e = k.failing(deep);
    assertThat(e.problem()).isEqualTo(JsonProblem.TOO_DEEP);
    assertThat(e.path()).startsWith("$.id[0][0]");
    PeerJsonException objects = k.failing("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
    assertThat(objects.problem()).isEqualTo(JsonProblem.TOO_DEEP);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void invalidUtf8(Kind k) {
    byte[] bytes = k.json().getBytes(StandardCharsets.UTF_8);
    int at = k.json().indexOf("\"id\":\"") + 6;
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    PeerJsonException e = k.failing(bytes);
    assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
    assertThat(e.path()).isEqualTo("$.id");
    byte[] overlong = k.json().getBytes(StandardCharsets.UTF_8);
    overlong[at] = (byte) 0xC0; // an overlong encoding of '/' is not UTF-8
    overlong[at + 1] = (byte) 0xAF;
    assertThat(k.failing(overlong).problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void binaryText(Kind k) {
    Random random = new Random(k.type().getName().hashCode());
    for (int i = 0; i < 20; i++) {
      byte[] noise = new byte[1 + random.nextInt(300)];
      random.nextBytes(noise);
      PeerJsonException e = k.failing(noise);
      assertThat(e.problem()).isIn(JsonProblem.INVALID_ENCODING, JsonProblem.MALFORMED, JsonProblem.TRUNCATED, JsonProblem.EMPTY);
    }
    assertThat(k.failing("\u0000\u0001\u0002\u0003").problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
    byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(k.failing(pdf).problem()).isIn(JsonProblem.INVALID_ENCODING, JsonProblem.MALFORMED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void blankIdFailsValidation(Kind k) {
    String blank = set(k, "/id", TREE.getNodeFactory().textNode(" \t"));
    assertThat(JSON.read(blank, k.type()).getId()).isBlank();
    PeerJsonException e = failure(() -> JSON.readValid(blank, k.type()));
    assertThat(e.problem()).isEqualTo(JsonProblem.CONSTRAINT_VIOLATION);
    assertThat(e.path()).isEqualTo("$.id");
  }

  /** A stream that serves a head and then filler bytes up to a size, counting what is read; holds nothing. */
  static final class CountingStream extends InputStream {
    private final byte[] head;
    private final long size;
    private final byte filler;
    long served;

    CountingStream(String head, long size, byte filler) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.size = size;
      this.filler = filler;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      int b = served < head.length ? head[(int) served] : filler;
      served++;
      return b & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      if (served >= head.length) {
        Arrays.fill(b, off, off + n, filler);
        served += n;
        return n;
      }
      for (int i = 0; i < n; i++) {
        b[off + i] = served < head.length ? head[(int) served] : filler;
        served++;
      }
      return n;
    }
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
