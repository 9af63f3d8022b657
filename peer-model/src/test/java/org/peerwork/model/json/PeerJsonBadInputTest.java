package org.peerwork.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;

/**
 * One test per kind of bad input: each asserts the exception type, {@link PeerJsonException#problem()}
 * and {@link PeerJsonException#path()}, and that the message does not echo document values.
 */
class PeerJsonBadInputTest {

  private final PeerJson json = PeerJson.standard();

  /** A valid assignment; the tests break it in one place at a time. */
  static TaskAssignment assignment() {
    return TaskAssignment.builder()
        .id("t-1")
        .activity(Activity.coded(ActivityCategory.CLINICAL_ASSESSMENT, ActivityCode.cpt("90791")))
        .assignee(StaffMember.builder().id("s-1").role(Role.PEER_SUPPORT_SPECIALIST).addCredential(HeldCredential.certified("CRSW")).build())
        .assignedBy(Role.CLINICIAN)
        .setting(Setting.EMERGENCY_DEPARTMENT)
        .window(TimeWindow.of(LocalDateTime.parse("2020-03-02T10:00"), LocalDateTime.parse("2020-03-02T11:00")))
        .build();
  }

  private final String good = json.write(assignment());

  private static PeerJsonException failure(ThrowingCallable call) {
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, call);
    assertThat(e).as("a PeerJsonException").isNotNull();
    return e;
  }

  private PeerJsonException reading(String text) {
    return failure(() -> json.read(text, TaskAssignment.class));
  }

  private String replace(String from, String to) {
    assertThat(good).contains(from);
    return good.replace(from, to);
  }

  @Test
  void theBaselineIsGood() {
    assertThat(json.read(good, TaskAssignment.class)).isEqualTo(assignment());
  }

  @Test
  void malformedJsonNamesThePlace() {
    PeerJsonException e = reading(replace("\"setting\":", "\"setting\" "));
    assertThat(e.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(e.path()).isEqualTo("$.setting");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isGreaterThan(good.indexOf("\"setting\""));

    PeerJsonException missingValue = reading("{\"id\": }");
    assertThat(missingValue.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(missingValue.path()).isEqualTo("$.id");

    PeerJsonException comment = reading("/* note */" + good);
    assertThat(comment.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(comment.path()).isEqualTo("$");
  }

  @Test
  void malformedLineAndColumnCountLines() {
    PeerJsonException e = reading("{\n  \"id\": \"t-1\",\n  \"activity\" {}\n}");
    assertThat(e.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(e.path()).isEqualTo("$.activity");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isGreaterThan(1);
    assertThat(e.getMessage()).contains("line 3");
  }

  @Test
  void trailingContentIsMalformed() {
    PeerJsonException e = reading(good + " {}");
    assertThat(e.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.getMessage()).contains("more content after the document");
  }

  @Test
  void truncatedDocument() {
    String half = good.substring(0, good.indexOf("\"setting\"") + 11);
    PeerJsonException e = reading(half);
    assertThat(e.problem()).isEqualTo(JsonProblem.TRUNCATED);
    assertThat(e.path()).isEqualTo("$.setting");

    PeerJsonException inString = reading("{\"id\":\"t-");
    assertThat(inString.problem()).isEqualTo(JsonProblem.TRUNCATED);
    assertThat(inString.path()).isEqualTo("$.id");

    PeerJsonException inArray = failure(() -> json.read(good.substring(0, good.indexOf("\"codes\":[") + 9).getBytes(StandardCharsets.UTF_8), TaskAssignment.class));
    assertThat(inArray.problem()).isEqualTo(JsonProblem.TRUNCATED);
    assertThat(inArray.path()).startsWith("$.activity.codes");
  }

  @Test
  void emptyAndBlankDocuments() {
    for (String blank : List.of("", " ", "\n\t \r\n", "\uFEFF")) {
      PeerJsonException e = reading(blank);
      assertThat(e.problem()).as("'%s'", blank).isEqualTo(JsonProblem.EMPTY);
      assertThat(e.path()).isEqualTo("$");
    }
    PeerJsonException bytes = failure(() -> json.read(new byte[0], TaskAssignment.class));
    assertThat(bytes.problem()).isEqualTo(JsonProblem.EMPTY);
    assertThat(bytes.path()).isEqualTo("$");
    PeerJsonException stream = failure(() -> json.read(new ByteArrayInputStream("  \n".getBytes(StandardCharsets.UTF_8)), TaskAssignment.class));
    assertThat(stream.problem()).isEqualTo(JsonProblem.EMPTY);
    PeerJsonException reader = failure(() -> json.read(new StringReader(""), TaskAssignment.class));
    assertThat(reader.problem()).isEqualTo(JsonProblem.EMPTY);
    PeerJsonException none = failure(() -> json.read((String) null, TaskAssignment.class));
    assertThat(none.problem()).isEqualTo(JsonProblem.EMPTY);
    assertThat(none.path()).isEqualTo("$");
  }

  @Test
  void aNullDocumentIsANullValue() {
    PeerJsonException e = reading("null");
    assertThat(e.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.getMessage()).contains("TaskAssignment");
  }

  @Test
  void invalidUtf8Bytes() {
    byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
    int at = good.indexOf("s-1");
    bytes[at] = (byte) 0xC3; // a two-byte lead...
    bytes[at + 1] = (byte) 0x28; // ...followed by '(' instead of a continuation byte
    PeerJsonException e = failure(() -> json.read(bytes, TaskAssignment.class));
    assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
    assertThat(e.path()).isEqualTo("$.assignee.id");
    assertThat(e.line()).isEqualTo(1);

    byte[] lone = good.getBytes(StandardCharsets.UTF_8);
    lone[good.indexOf("t-1")] = (byte) 0xFF; // never valid in UTF-8
    PeerJsonException ff = failure(() -> json.read(new ByteArrayInputStream(lone), TaskAssignment.class));
    assertThat(ff.problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
    assertThat(ff.path()).isEqualTo("$.id");
  }

  @Test
  void binaryTextIsRejected() {
    PeerJsonException nul = reading("\u0000\u0001\u0002");
    assertThat(nul.problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
    assertThat(nul.path()).isEqualTo("$");
    PeerJsonException png = failure(() -> json.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, TaskAssignment.class));
    assertThat(png.problem()).isIn(JsonProblem.INVALID_ENCODING, JsonProblem.MALFORMED);
    assertThat(png.path()).isEqualTo("$");
  }

  @Test
  void unknownPropertyListsTheAllowedOnes() {
    PeerJsonException e = reading(replace("\"id\":\"s-1\"", "\"id\":\"s-1\",\"name\":\"Jane Roe\""));
    assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_PROPERTY);
    assertThat(e.path()).isEqualTo("$.assignee.name");
    assertThat(e.allowedValues()).containsExactly("completedTrainings", "credentials", "id", "jobDescription", "role", "schedule", "supervisor");
    assertThat(e.getMessage()).contains("allowed values: completedTrainings").doesNotContain("Jane Roe");
  }

  @Test
  void unknownEnumValueListsAllowedValuesWithoutEchoingTheBadOne() {
    PeerJsonException e = reading(replace("\"EMERGENCY_DEPARTMENT\"", "\"Jane's kitchen\""));
    assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(e.path()).isEqualTo("$.setting");
    assertThat(e.allowedValues()).containsExactly("COMMUNITY", "HOME", "OFFICE", "EMERGENCY_DEPARTMENT", "INPATIENT", "COURT", "TELEPHONE", "STAFF_HOME");
    assertThat(e.getMessage()).contains("allowed values: COMMUNITY, HOME").doesNotContain("Jane");
    assertThat(e.getCause()).as("no parser exception quoting the value rides along").isNull();

    PeerJsonException inSet = reading(replace("\"populations\":[]", "\"populations\":[\"TRAUMA_HISTORY\",\"ALIENS\"]"));
    assertThat(inSet.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(inSet.path()).isEqualTo("$.populations[1]");
    assertThat(inSet.getMessage()).doesNotContain("ALIENS");

    PeerJsonException lowerCase = reading(replace("\"CLINICIAN\"", "\"clinician\""));
    assertThat(lowerCase.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(lowerCase.path()).isEqualTo("$.assignedBy");

    PeerJsonException number = reading(replace("\"EMERGENCY_DEPARTMENT\"", "3"));
    assertThat(number.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(number.path()).isEqualTo("$.setting");

    PeerJsonException empty = reading(replace("\"EMERGENCY_DEPARTMENT\"", "\"\""));
    assertThat(empty.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(empty.path()).isEqualTo("$.setting");
  }

  @Test
  void missingRequiredFieldPointsAtTheField() {
    PeerJsonException e = reading(replace("\"id\":\"s-1\",", ""));
    assertThat(e.problem()).isEqualTo(JsonProblem.MISSING_FIELD);
    assertThat(e.path()).isEqualTo("$.assignee.id");
    assertThat(e.getMessage()).contains("StaffMember");

    PeerJsonException top = reading(replace("\"id\":\"t-1\",", ""));
    assertThat(top.problem()).isEqualTo(JsonProblem.MISSING_FIELD);
    assertThat(top.path()).isEqualTo("$.id");

    PeerJsonException nested = reading(replace("\"code\":\"CRSW\",", ""));
    assertThat(nested.problem()).isEqualTo(JsonProblem.MISSING_FIELD);
    assertThat(nested.path()).isEqualTo("$.assignee.credentials[0].code");
  }

  @Test
  void nullForARequiredFieldIsANullValue() {
    PeerJsonException e = reading(replace("\"id\":\"s-1\"", "\"id\":null"));
    assertThat(e.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(e.path()).isEqualTo("$.assignee.id");

    PeerJsonException primitive = reading(replace("\"crisis\":false", "\"crisis\":null"));
    assertThat(primitive.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(primitive.path()).isEqualTo("$.crisis");

    PeerJsonException withDefault = reading(replace("\"EMERGENCY_DEPARTMENT\"", "null"));
    assertThat(withDefault.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(withDefault.path()).isEqualTo("$.setting");

    PeerJsonException inList = reading(replace("\"populations\":[]", "\"populations\":[null]"));
    assertThat(inList.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(inList.path()).isEqualTo("$.populations[0]");
  }

  @Test
  void nullForAnOptionalFieldIsRefusedToo() {
    // strict: an absent value is left out, as the writer does; a null is never guessed to mean absent
    PeerJsonException e = reading(replace("\"assignedBy\":\"CLINICIAN\"", "\"assignedBy\":null"));
    assertThat(e.problem()).isEqualTo(JsonProblem.NULL_VALUE);
    assertThat(e.path()).isEqualTo("$.assignedBy");
    assertThat(e.getMessage()).contains("leave an optional property out");
    assertThat(json.read(replace("\"assignedBy\":\"CLINICIAN\",", ""), TaskAssignment.class).getAssignedBy()).isEmpty();
  }

  @Test
  void wrongTypeSaysWhatIsExpected() {
    PeerJsonException bool = reading(replace("\"crisis\":false", "\"crisis\":\"yes\""));
    assertThat(bool.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(bool.path()).isEqualTo("$.crisis");
    assertThat(bool.getMessage()).contains("expected true or false").doesNotContain("yes");

    PeerJsonException numberForString = reading(replace("\"id\":\"t-1\"", "\"id\":17"));
    assertThat(numberForString.problem()).as("no silent coercion of 17 to \"17\"").isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(numberForString.path()).isEqualTo("$.id");
    assertThat(numberForString.getMessage()).contains("expected a string");

    PeerJsonException objectForString = reading(replace("\"id\":\"t-1\"", "\"id\":{\"a\":1}"));
    assertThat(objectForString.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(objectForString.path()).isEqualTo("$.id");

    PeerJsonException scalarForArray = reading(replace("\"populations\":[]", "\"populations\":\"OPIOID_CRISIS\""));
    assertThat(scalarForArray.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(scalarForArray.path()).isEqualTo("$.populations");
    assertThat(scalarForArray.getMessage()).contains("expected an array");

    PeerJsonException date = reading(replace("2020-03-02T10:00:00", "yesterday"));
    assertThat(date.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(date.path()).isEqualTo("$.window.start");
    assertThat(date.getMessage()).contains("2020-11-26T09:30").doesNotContain("yesterday");

    PeerJsonException stringForObject = reading(replace("\"assignee\":{", "\"assignee\":\"s-1\",\"x\":{"));
    assertThat(stringForObject.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(stringForObject.path()).isEqualTo("$.assignee");
    assertThat(stringForObject.getMessage()).contains("expected a StaffMember object");

    PeerJsonException root = reading("[1, 2]");
    assertThat(root.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(root.path()).isEqualTo("$");
    assertThat(root.getMessage()).contains("expected a TaskAssignment object");

    PeerJsonException stringForNumber = failure(() -> json.read(jobWithCaseload("\"12\""), JobDescription.class));
    assertThat(stringForNumber.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(stringForNumber.path()).isEqualTo("$.coverage.caseload");

    PeerJsonException fraction = failure(() -> json.read(jobWithCaseload("1.5"), JobDescription.class));
    assertThat(fraction.problem()).isEqualTo(JsonProblem.WRONG_TYPE);
    assertThat(fraction.path()).isEqualTo("$.coverage.caseload");
    assertThat(fraction.getMessage()).contains("whole number");
  }

  @Test
  void aValueRepeatedInASetIsNotDroppedSilently() {
    PeerJsonException e = reading(replace("\"populations\":[]", "\"populations\":[\"TRAUMA_HISTORY\",\"OPIOID_CRISIS\",\"TRAUMA_HISTORY\"]"));
    assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.populations[2]");
    assertThat(e.getMessage()).contains("appears twice").doesNotContain("TRAUMA_HISTORY");
  }

  @Test
  void duplicateKey() {
    PeerJsonException top = reading(replace("\"id\":\"t-1\"", "\"id\":\"t-1\",\"id\":\"t-2\""));
    assertThat(top.problem()).isEqualTo(JsonProblem.DUPLICATE_KEY);
    assertThat(top.path()).isEqualTo("$.id");

    PeerJsonException nested = reading(replace("\"id\":\"s-1\"", "\"id\":\"s-1\",\"id\":\"s-2\""));
    assertThat(nested.problem()).isEqualTo(JsonProblem.DUPLICATE_KEY);
    assertThat(nested.path()).isEqualTo("$.assignee.id");
  }

  private static String jobWithCaseload(String caseload) {
    return "{\"id\":\"jd-1\",\"role\":\"PEER_SUPPORT_SPECIALIST\",\"coverage\":{\"caseload\":" + caseload + "}}";
  }

  @Test
  void numberOutOfRange() {
    for (String big : List.of("1e12", "1E12", "1000000000000", "2147483648", "-2147483649", "1.0e10")) {
      PeerJsonException e = failure(() -> json.read(jobWithCaseload(big), JobDescription.class));
      assertThat(e.problem()).as(big).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
      assertThat(e.path()).as(big).isEqualTo("$.coverage.caseload");
      assertThat(e.getMessage()).contains("2147483647");
    }
    PeerJsonException digits = failure(() -> json.read(jobWithCaseload("9".repeat(500)), JobDescription.class));
    assertThat(digits.problem()).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
    assertThat(digits.path()).isEqualTo("$.coverage.caseload");

    PeerJsonException infinite = failure(() -> json.read(
        "{\"id\":\"jd-1\",\"role\":\"PEER_SUPPORT_SPECIALIST\",\"schedule\":{\"weeklyHours\":1e400}}", JobDescription.class));
    assertThat(infinite.problem()).isEqualTo(JsonProblem.NUMBER_OUT_OF_RANGE);
    assertThat(infinite.path()).isEqualTo("$.schedule.weeklyHours");

    PeerJsonException nan = failure(() -> json.read(
        "{\"id\":\"jd-1\",\"role\":\"PEER_SUPPORT_SPECIALIST\",\"schedule\":{\"weeklyHours\":NaN}}", JobDescription.class));
    assertThat(nan.problem()).isEqualTo(JsonProblem.MALFORMED);
    assertThat(nan.path()).isEqualTo("$.schedule.weeklyHours");
  }

  @Test
  void aValueTheBuilderRejectsIsAnInvalidValue() {
    PeerJsonException wage = failure(() -> json.read(
        "{\"id\":\"jd-1\",\"role\":\"PEER_SUPPORT_SPECIALIST\",\"compensation\":{\"hourlyWage\":-1}}", JobDescription.class));
    assertThat(wage.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
    assertThat(wage.path()).isEqualTo("$.compensation");
    assertThat(wage.getMessage()).contains("hourlyWage must be zero or more");

    PeerJsonException caseload = failure(() -> json.read(jobWithCaseload("-3"), JobDescription.class));
    assertThat(caseload.problem()).isEqualTo(JsonProblem.INVALID_VALUE);
    assertThat(caseload.path()).isEqualTo("$.coverage");
    assertThat(caseload.getMessage()).contains("caseload must be zero or more");
  }

  @Test
  void documentOverTheSizeLimit() {
    PeerJson small = PeerJson.withLimits(new JsonLimits(100, 64, 1000));
    assertThat(good.length()).isGreaterThan(100);
    for (ThrowingCallable call : List.<ThrowingCallable>of(
        () -> small.read(good, TaskAssignment.class),
        () -> small.read(good.getBytes(StandardCharsets.UTF_8), TaskAssignment.class),
        () -> small.read(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), TaskAssignment.class),
        () -> small.read(new StringReader(good), TaskAssignment.class))) {
      PeerJsonException e = failure(call);
      assertThat(e.problem()).isEqualTo(JsonProblem.TOO_LARGE);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.getMessage()).contains("100");
    }
    PeerJsonException string = failure(() -> PeerJson.withLimits(new JsonLimits(10_000, 64, 10)).read(replace("\"t-1\"", "\"" + "t".repeat(50) + "\""), TaskAssignment.class));
    assertThat(string.problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(string.path()).isEqualTo("$.id");
  }

  /** 100 MB of JSON whose start is fine; counts what the reader pulls. Nothing is held in memory. */
  private static final class HugeStream extends InputStream {
    private final byte[] head;
    private final long size;
    private final byte filler;
    long served;

    HugeStream(String head, long size, char filler) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.size = size;
      this.filler = (byte) filler;
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
      for (int i = 0; i < n; i++) {
        b[off + i] = served < head.length ? head[(int) served] : filler;
        served++;
      }
      return n;
    }
  }

  @Test
  void aHundredMegabyteStreamIsRejectedAfterReadingOnlyUpToTheLimit() {
    long hundredMb = 100L * 1024 * 1024;
    HugeStream whitespace = new HugeStream("{\"id\":\"t-1\",", hundredMb, ' ');
    PeerJsonException e = failure(() -> json.read(whitespace, TaskAssignment.class));
    assertThat(e.problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(e.path()).isEqualTo("$");
    assertThat(whitespace.served).as("bytes read").isLessThanOrEqualTo(JsonLimits.DEFAULT.maxDocumentBytes() + 64 * 1024).isLessThan(hundredMb);

    HugeStream string = new HugeStream("{\"id\":\"", hundredMb, 'x');
    PeerJsonException longString = failure(() -> json.read(string, TaskAssignment.class));
    assertThat(longString.problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(longString.path()).isEqualTo("$.id");
    assertThat(string.served).isLessThan(4L * JsonLimits.DEFAULT.maxStringLength());

    PeerJson small = PeerJson.withLimits(new JsonLimits(4096, 64, 1024));
    HugeStream withSmallLimit = new HugeStream("{\"id\":\"t-1\",", hundredMb, '\n');
    PeerJsonException limited = failure(() -> small.read(withSmallLimit, TaskAssignment.class));
    assertThat(limited.problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(withSmallLimit.served).isLessThan(64 * 1024);
  }

  @Test
  void nestingOverTheDepthLimit() {
    String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    int max = JsonLimits.DEFAULT.maxNestingDepth();

    PeerJsonException arrays = reading(deepArrays);
    assertThat(arrays.problem()).isEqualTo(JsonProblem.TOO_DEEP);
    assertThat(arrays.path()).isEqualTo("$" + "[0]".repeat(max));
    assertThat(arrays.getMessage()).contains("64");

    PeerJsonException objects = reading(deepObjects);
    assertThat(objects.problem()).isEqualTo(JsonProblem.TOO_DEEP);
    assertThat(objects.path()).isEqualTo("$" + ".a".repeat(max));

    // deep nesting where a value belongs: still reported as too deep, not as a wrong type
    PeerJsonException inside = reading(replace("\"codes\":[", "\"codes\":" + "[".repeat(10_000)));
    assertThat(inside.problem()).isEqualTo(JsonProblem.TOO_DEEP);
    assertThat(inside.path()).startsWith("$.activity.codes[0][0]");

    PeerJsonException bytes = failure(() -> json.read(deepObjects.getBytes(StandardCharsets.UTF_8), TaskAssignment.class));
    assertThat(bytes.problem()).isEqualTo(JsonProblem.TOO_DEEP);

    PeerJsonException shallowLimit = failure(() -> PeerJson.withLimits(new JsonLimits(1 << 20, 3, 1000)).read(good, TaskAssignment.class));
    assertThat(shallowLimit.problem()).isEqualTo(JsonProblem.TOO_DEEP);
    assertThat(shallowLimit.path()).isEqualTo("$.activity.codes[0]");
  }

  @Test
  void timeWindowEndingBeforeItStartsIsAConstraintViolation() {
    String backwards = replace("\"end\":\"2020-03-02T11:00:00\"", "\"end\":\"2020-03-02T09:00:00\"");
    TaskAssignment lenient = json.read(backwards, TaskAssignment.class);
    assertThat(lenient.getWindow()).isPresent();
    PeerJsonException e = failure(() -> json.readValid(backwards, TaskAssignment.class));
    assertThat(e.problem()).isEqualTo(JsonProblem.CONSTRAINT_VIOLATION);
    assertThat(e.path()).isEqualTo("$.window.endAfterStart");
    assertThat(e.getMessage()).contains("a time window must end after it starts");

    Roster roster = Roster.builder().id("r-1").periodStart(java.time.LocalDate.parse("2020-03-01"))
        .periodEnd(java.time.LocalDate.parse("2020-03-31")).addAssignment(lenient).build();
    PeerJsonException inRoster = failure(() -> json.readValid(json.write(roster), Roster.class));
    assertThat(inRoster.problem()).isEqualTo(JsonProblem.CONSTRAINT_VIOLATION);
    assertThat(inRoster.path()).isEqualTo("$.assignments[0].window.endAfterStart");
  }

  @Test
  void blankIdIsAConstraintViolation() {
    PeerJsonException e = failure(() -> json.readValid(replace("\"id\":\"t-1\"", "\"id\":\" \""), TaskAssignment.class));
    assertThat(e.problem()).isEqualTo(JsonProblem.CONSTRAINT_VIOLATION);
    assertThat(e.path()).isEqualTo("$.id");
  }

  @Test
  void aLeadingByteOrderMarkIsIgnored() {
    assertThat(json.read("\uFEFF" + good, TaskAssignment.class)).isEqualTo(assignment());
    assertThat(json.read(("\uFEFF" + good).getBytes(StandardCharsets.UTF_8), TaskAssignment.class)).isEqualTo(assignment());
    assertThat(json.read(good.getBytes(StandardCharsets.UTF_16), TaskAssignment.class)).isEqualTo(assignment());
  }

  // ---------------------------------------------------------------- NDJSON

  private static List<NdjsonRecord<TaskAssignment>> all(NdjsonReader<TaskAssignment> reader) {
    List<NdjsonRecord<TaskAssignment>> out = new ArrayList<>();
    reader.forEachRemaining(out::add);
    return out;
  }

  private String ndjsonWithOneBadLine() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      lines.add(json.write(assignment().withId("t-" + i)));
    }
    lines.set(2, lines.get(2).replace("EMERGENCY_DEPARTMENT", "SPACESHIP"));
    lines.add(3, ""); // a blank line is skipped but counted
    return String.join("\r\n", lines.subList(0, 3)) + "\n" + String.join("\n", lines.subList(3, lines.size())) + "\n";
  }

  @Test
  void ndjsonReportsTheBadLineAndReadsEveryGoodOne() throws Exception {
    String text = ndjsonWithOneBadLine();
    List<NdjsonRecord<TaskAssignment>> chars;
    try (NdjsonReader<TaskAssignment> r = json.readLines(new StringReader(text), TaskAssignment.class)) {
      chars = all(r);
      assertThat(r.linesRead()).isEqualTo(7);
    }
    List<NdjsonRecord<TaskAssignment>> bytes;
    try (NdjsonReader<TaskAssignment> r = json.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), TaskAssignment.class)) {
      bytes = all(r);
    }
    for (List<NdjsonRecord<TaskAssignment>> records : List.of(chars, bytes)) {
      assertThat(records).as("count in == count out").hasSize(6);
      assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 2L, 3L, 5L, 6L, 7L);
      assertThat(records.stream().filter(NdjsonRecord::isOk).map(r -> r.value().orElseThrow().getId()))
          .containsExactly("t-1", "t-2", "t-4", "t-5", "t-6");
      NdjsonRecord<TaskAssignment> bad = records.get(2);
      assertThat(bad.isOk()).isFalse();
      assertThat(bad.value()).isEmpty();
      PeerJsonException e = bad.error().orElseThrow();
      assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
      assertThat(e.path()).isEqualTo("$.setting");
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isPositive();
      assertThat(e.allowedValues()).contains("COMMUNITY");
      assertThat(e.getMessage()).startsWith("unknown enum value at $.setting (line 3, column ")
          .doesNotContain("SPACESHIP")
          .containsOnlyOnce("allowed values");
    }
  }

  @Test
  void ndjsonWithMalformedTruncatedAndOverlongLines() {
    String ok = json.write(assignment());
    String text = ok + "\n{\"id\": }\n" + ok.substring(0, 40) + "\n" + "[".repeat(100) + "\n" + ok + "\n" + " ".repeat(5000) + "x\n" + ok;
    PeerJson limited = PeerJson.withLimits(new JsonLimits(4096, 64, 1000));
    List<NdjsonRecord<TaskAssignment>> records = all(limited.readLines(new StringReader(text), TaskAssignment.class));
    assertThat(records).hasSize(7);
    assertThat(records).extracting(r -> r.error().map(PeerJsonException::problem).orElse(null))
        .containsExactly(null, JsonProblem.MALFORMED, JsonProblem.TRUNCATED, JsonProblem.TOO_DEEP, null, JsonProblem.TOO_LARGE, null);
    assertThat(records).extracting(r -> r.error().map(PeerJsonException::line).orElse(0)).containsExactly(0, 2, 3, 4, 0, 6, 0);
    assertThat(records.get(1).error().orElseThrow().path()).isEqualTo("$.id");
    assertThat(records.get(5).error().orElseThrow().path()).isEqualTo("$");
  }

  @Test
  void ndjsonBytesWithInvalidUtf8OnOneLine() {
    String ok = json.write(assignment());
    byte[] line = ok.getBytes(StandardCharsets.UTF_8);
    byte[] bad = line.clone();
    bad[ok.indexOf("s-1")] = (byte) 0xFE;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(line);
    out.write('\n');
    out.writeBytes(bad);
    out.write('\n');
    out.writeBytes(line);
    List<NdjsonRecord<TaskAssignment>> records = all(json.readLines(new ByteArrayInputStream(out.toByteArray()), TaskAssignment.class));
    assertThat(records).hasSize(3);
    assertThat(records.get(0).isOk()).isTrue();
    assertThat(records.get(2).isOk()).isTrue();
    PeerJsonException e = records.get(1).error().orElseThrow();
    assertThat(e.problem()).isEqualTo(JsonProblem.INVALID_ENCODING);
    assertThat(e.path()).isEqualTo("$.assignee.id");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void ndjsonEmptyStreamHasNoRecords() {
    Reader empty = new StringReader("\n\n   \n");
    NdjsonReader<TaskAssignment> r = json.readLines(empty, TaskAssignment.class);
    assertThat(r.hasNext()).isFalse();
    assertThat(r.linesRead()).isEqualTo(3);
  }
}
