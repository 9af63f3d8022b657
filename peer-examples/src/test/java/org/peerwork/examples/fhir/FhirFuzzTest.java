package org.peerwork.examples.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.peerwork.rules.PeerChecks;

/**
 * Fuzz target for FHIR bundles: any bytes, read as UTF-8 JSON, give a bundle or a
 * {@link FhirMappingException} naming a FHIRPath; a bundle that reads is mapped with every Task
 * either mapped or a problem (the count in equals the count out), checked, and written back as an
 * OperationOutcome with one issue per mapping problem. Seeds:
 * {@code src/test/resources/org/peerwork/examples/fhir/FhirFuzzTestInputs/readAndCheckBundle/}.
 */
class FhirFuzzTest {

  private static final FhirCheck CHECK = new FhirCheck(PeerChecks.standard(), FhirExample.exampleMapper());

  @FuzzTest(maxDuration = "30s")
  void readAndCheckBundle(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    Bundle bundle;
    try {
      bundle = FhirCheck.readBundle(json);
    } catch (FhirMappingException e) {
      assertThat(e.expression()).startsWith("Bundle");
      assertThat(e.problems()).hasSize(1);
      return;
    }
    FhirCheck.Result result = CHECK.checkTasks(bundle);
    FhirMapping m = result.mapping();
    Set<String> tasksWithProblems = new HashSet<>();
    m.problems().forEach(p -> {
      assertThat(p.expression()).startsWith("Bundle");
      if (p.resource().startsWith("Task/")) {
        tasksWithProblems.add(p.resource());
      }
    });
    assertThat(m.tasks().size()).isLessThanOrEqualTo(m.taskCount());
    assertThat(result.reports()).hasSize(m.tasks().size());
    OperationOutcome oo = FhirCheck.toOperationOutcome(result);
    assertThat(oo.getIssue()).filteredOn(i -> FhirCheck.MAPPING_PROBLEM.equals(i.getDetails().getText())).hasSize(m.problems().size());
    assertThat(FhirCheck.fhirContext().newJsonParser().encodeResourceToString(oo)).contains("OperationOutcome");
  }
}
