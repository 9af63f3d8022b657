package org.peerwork.examples.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.peerwork.rules.PeerChecks;

/**
 * The bad-input catalog of FHIR R4 bundles ({@link FhirCheck#readBundle}, {@link FhirTaskMapper}):
 * every broken bundle is a {@link FhirMappingException} naming the place as a FHIRPath, or a mapping
 * problem per resource, never a silent drop; messages repeat no value from the bundle. Several
 * cases are regressions: HAPI's lenient parser dropped unknown elements, nulls and the first of two
 * equal keys, and had no size limit. The cases are listed in {@code docs/reliability.md}.
 */
class FhirBadInputTest {

  static final String MARKER = "PII-MARKER-fhir";
  private static final String GOOD = FhirExample.sampleBundleJson();
  private static final FhirCheck CHECK = new FhirCheck(PeerChecks.standard(), FhirExample.exampleMapper());

  private static FhirMappingException failure(ThrowingCallable call) {
    FhirMappingException e = catchThrowableOfType(FhirMappingException.class, call);
    assertThat(e).as("a FhirMappingException").isNotNull();
    assertThat(e.expression()).startsWith("Bundle");
    assertThat(e.getMessage()).startsWith(e.expression() + ": ").doesNotContain(MARKER);
    assertThat(e.getCause()).as("no parser exception quoting the bundle rides along").isNull();
    assertThat(e.problems()).hasSize(1);
    return e;
  }

  private static FhirMappingException reading(String json) {
    FhirMappingException e = failure(() -> FhirCheck.readBundle(json));
    assertThat(failure(() -> CHECK.checkJson(json)).getMessage()).isEqualTo(e.getMessage());
    return e;
  }

  /** The sample with the first Task's first {@code from} replaced. */
  private static String inFirstTask(String from, String to) {
    int task = GOOD.indexOf("\"resourceType\": \"Task\"");
    int at = GOOD.indexOf(from, task);
    assertThat(task).isPositive();
    assertThat(at).isPositive();
    return GOOD.substring(0, at) + to + GOOD.substring(at + from.length());
  }

  @Test
  void theSampleReadsAndMapsEveryTask() {
    FhirMapping m = FhirExample.exampleMapper().map(FhirCheck.readBundle(GOOD));
    assertThat(m.problems()).isEmpty();
    assertThat(m.tasks()).hasSize(m.taskCount()).hasSize(3);
  }

  @Test
  void malformedJson() {
    FhirMappingException e = reading("{\"resourceType\": \"Bundle\" \"" + MARKER + "\"}");
    assertThat(e.expression()).isEqualTo("Bundle.resourceType");
    assertThat(e.getMessage()).contains("not well-formed JSON (line 1, column");
  }

  @Test
  void truncatedBundle() {
    FhirMappingException e = reading(GOOD.substring(0, GOOD.indexOf("\"task-er-peer\"") + 8));
    assertThat(e.expression()).endsWith(".resource.id");
    assertThat(e.getMessage()).contains("ends in the middle of a value");
  }

  @Test
  void wrongTypes() {
    assertThat(reading("{\"resourceType\": \"Bundle\", \"entry\": \"" + MARKER + "\"}").getMessage()).contains("element entry")
        .contains("Expected OBJECT");
    assertThat(reading(inFirstTask("\"intent\": \"order\"", "\"intent\": {\"x\": \"" + MARKER + "\"}")).getMessage()).contains("HAPI-");
  }

  @Test
  void unknownElementIsNotDroppedSilently() {
    FhirMappingException e = reading(inFirstTask("\"status\":", "\"nickname\": \"" + MARKER + "\", \"status\":"));
    assertThat(e.getMessage()).contains("Unknown element");
  }

  @Test
  void unknownCodeValue() {
    FhirMappingException e = reading(inFirstTask("\"status\": \"requested\"", "\"status\": \"" + MARKER + "\""));
    assertThat(e.getMessage()).contains("[element=\"status\"]").contains("Invalid attribute value");
  }

  @Test
  void missingRequiredParts() {
    assertThat(reading("{\"entry\": []}").getMessage()).containsIgnoringCase("missing required element");
    // a Task without an owner reads, and is a mapping problem of its own: counted, never dropped
    String noOwner = inFirstTask("\"owner\": { \"reference\": \"PractitionerRole/role-peer-1\" },", "");
    FhirMapping m = FhirExample.exampleMapper().map(FhirCheck.readBundle(noOwner));
    assertThat(m.taskCount()).isEqualTo(3);
    assertThat(m.tasks()).hasSize(2);
    assertThat(m.problems()).singleElement().satisfies(p -> {
      assertThat(p.expression()).endsWith(".resource.owner");
      assertThat(p.message()).contains("needs an owner");
    });
  }

  @Test
  void nullIsNotTakenForAnAbsentElement() {
    FhirMappingException e = reading(inFirstTask("\"status\": \"requested\"", "\"status\": null"));
    assertThat(e.expression()).endsWith(".resource.status");
    assertThat(e.getMessage()).contains("null is not allowed here");
  }

  @Test
  void emptyDocuments() {
    for (String empty : List.of("", "   ", "null", "[]", "\"" + MARKER + "\"", "{}")) {
      assertThat(reading(empty).expression()).isEqualTo("Bundle");
    }
  }

  @Test
  void duplicateKeysAreNotResolvedSilently() {
    FhirMappingException e = reading(inFirstTask("\"status\": \"requested\"", "\"status\": \"requested\", \"status\": \"draft\""));
    assertThat(e.expression()).endsWith(".resource.status");
    assertThat(e.getMessage()).contains("the same key appears twice");
  }

  @Test
  void numbersOutOfRange() {
    assertThat(reading(GOOD.replaceFirst("\"active\": true", "\"active\": 1e999")).getMessage()).contains("[element=\"active\"]");
    assertThat(reading(inFirstTask("\"intent\": \"order\"", "\"intent\": \"order\", \"priority\": 9" + "9".repeat(400))).getMessage())
        .doesNotContain("999");
  }

  @Test
  void timeWindowsThatEndBeforeTheyStartAreProblemsOfTheirTask() {
    String backwards = inFirstTask("\"end\": \"2019-11-04T10:30:00-05:00\"", "\"end\": \"2019-11-04T08:00:00-05:00\"");
    FhirMapping m = FhirExample.exampleMapper().map(FhirCheck.readBundle(backwards));
    assertThat(m.tasks()).hasSize(2);
    assertThat(m.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("must end after it starts"));
    OperationOutcome oo = CHECK.check(FhirCheck.readBundle(backwards));
    assertThat(oo.getIssue()).filteredOn(i -> FhirCheck.MAPPING_PROBLEM.equals(i.getDetails().getText())).hasSize(1);
  }

  @Test
  void aBundleOverTheSizeLimitIsRejectedBeforeParsing() {
    String huge = "{\"resourceType\": \"Bundle\", \"id\": \"" + "x".repeat(FhirCheck.MAX_BUNDLE_CHARS) + "\"}";
    FhirMappingException e = reading(huge);
    assertThat(e.getMessage()).contains("over the limit of " + FhirCheck.MAX_BUNDLE_CHARS);
  }

  @Test
  void tenThousandDeepNesting() {
    FhirMappingException e = reading("{\"resourceType\": \"Bundle\", \"entry\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
    assertThat(e.getMessage()).contains("nesting deeper than " + FhirCheck.MAX_NESTING_DEPTH);
  }

  @Test
  void binaryText() {
    Random random = new Random(5);
    for (int i = 0; i < 30; i++) {
      char[] noise = new char[1 + random.nextInt(300)];
      for (int j = 0; j < noise.length; j++) {
        noise[j] = (char) random.nextInt(0x10000);
      }
      reading(new String(noise));
    }
    reading("\u0000\u0001\u0002");
  }

  @Test
  void anElementWithAnEmptyNameIsATypedError() {
    // regression, found by FhirFuzzTest: HAPI's parser failed with a StringIndexOutOfBoundsException
    FhirMappingException e = reading(GOOD.replaceFirst("\"id\": \"prac-peer-1\",", "\"id\": \"prac-peer-1\", \"\": \"" + MARKER + "\","));
    assertThat(e.expression()).isEqualTo("Bundle.entry[0].resource");
    assertThat(e.getMessage()).contains("an element with an empty name");
    assertThat(reading("{\"resourceType\": \"Bundle\", \"\": 1}").expression()).isEqualTo("Bundle");
  }

  @Test
  void anotherResourceTypeIsNotABundle() {
    FhirMappingException e = reading("{\"resourceType\": \"Patient\", \"name\": [{\"text\": \"" + MARKER + "\"}]}");
    assertThat(e.getMessage()).contains("Incorrect resource type");
  }

  @Test
  void everyTaskIsMappedOrAProblemAndEveryProblemAnIssue() {
    String ownerOfTheSecond = "\"owner\": { \"reference\": \"PractitionerRole/role-peer-2\" }";
    assertThat(GOOD).containsOnlyOnce(ownerOfTheSecond);
    String twoBad = inFirstTask("\"code\": \"90791\"", "\"code\": \"H9999\"").replace(ownerOfTheSecond, "\"owner\": { \"reference\": \"PractitionerRole/nobody\" }");
    FhirMapping m = FhirExample.exampleMapper().map(FhirCheck.readBundle(twoBad));
    Set<String> withProblems = new HashSet<>();
    m.problems().forEach(p -> withProblems.add(p.resource()));
    assertThat(withProblems).hasSize(2);
    assertThat(m.tasks().size() + withProblems.size()).as("count in == count out").isEqualTo(m.taskCount());
    OperationOutcome oo = CHECK.check(FhirCheck.readBundle(twoBad));
    assertThat(oo.getIssue()).filteredOn(i -> FhirCheck.MAPPING_PROBLEM.equals(i.getDetails().getText())).hasSize(m.problems().size());
  }

  @Test
  void valuesOfTheBundleNeverComeBackInAnIssueOrProblem() {
    assertThat(GOOD).contains("Patient/pat-", "\"intent\": \"order\"", "\"code\": \"90791\"");
    String marked = GOOD.replace("Patient/pat-", "Patient/" + MARKER + "-")
        .replaceFirst("\"intent\": \"order\"", "\"intent\": \"order\", \"description\": \"" + MARKER + " feeds her cat\", \"note\": [{\"text\": \"" + MARKER + "\"}]");
    String outcome = CHECK.checkJson(marked);
    assertThat(outcome).contains("\"resourceType\": \"OperationOutcome\"").doesNotContain(MARKER);
    FhirMapping m = FhirExample.exampleMapper().map(FhirCheck.readBundle(marked.replace("\"code\": \"90791\"", "\"code\": \"H9999\"")));
    assertThat(m.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).doesNotContain(MARKER));
  }
}
