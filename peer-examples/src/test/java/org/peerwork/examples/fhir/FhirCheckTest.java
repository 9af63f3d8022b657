package org.peerwork.examples.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.Role;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.rules.PeerChecks;

class FhirCheckTest {

  private static final FhirContext R4 = FhirCheck.fhirContext();

  private static Bundle sample() {
    // parsed with HAPI's own JSON parser, as an EHR integration would
    return R4.newJsonParser().parseResource(Bundle.class, FhirExample.sampleBundleJson());
  }

  private static final FhirCheck CHECK = new FhirCheck(PeerChecks.standard(), FhirExample.exampleMapper());

  @Test
  void mapsTasksPractitionerRolesAndPractitioners() {
    FhirMapping m = FhirExample.exampleMapper().map(sample());
    assertThat(m.problems()).isEmpty();
    assertThat(m.taskCount()).isEqualTo(3);
    assertThat(m.tasks()).extracting(t -> t.assignment().getId()).containsExactly("task-er-peer", "task-h0038-peer", "task-er-clinician");

    TaskAssignment er = m.tasks().get(0).assignment();
    assertThat(er.getActivity().getCategory()).isEqualTo(ActivityCategory.CLINICAL_ASSESSMENT);
    assertThat(er.getActivity().getCodes()).containsExactly(ActivityCode.cpt("90791"));
    assertThat(er.getAssignee().getId()).isEqualTo("prac-peer-1");
    assertThat(er.getAssignee().getRole()).isEqualTo(Role.PEER_SUPPORT_SPECIALIST);
    assertThat(er.getAssignee().getCredentials()).containsExactly(HeldCredential.certified("CPS"));
    assertThat(er.getAssignee().getSchedule().orElseThrow().getWorkingDays()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
    assertThat(er.getAssignee().getSchedule().orElseThrow().getStart()).isEqualTo(LocalTime.of(8, 30));
    assertThat(er.getAssignee().getSupervisor().orElseThrow().getKind()).isEqualTo(SupervisorKind.CLINICAL);
    assertThat(er.getAssignee().getSupervisor().orElseThrow().isPeerRoleTrained()).isFalse();
    assertThat(er.getAssignedBy()).contains(Role.CLINICIAN);
    assertThat(er.getSetting()).isEqualTo(Setting.EMERGENCY_DEPARTMENT);
    assertThat(er.getWindow().orElseThrow().getStart()).isEqualTo(LocalDateTime.of(2019, 11, 4, 9, 0));
    assertThat(er.getWindow().orElseThrow().getEnd()).isEqualTo(LocalDateTime.of(2019, 11, 4, 10, 30));
    assertThat(er.getServiceUserRef()).contains("Patient/pat-301");

    TaskAssignment h0038 = m.tasks().get(1).assignment();
    assertThat(h0038.getActivity().getCategory()).isEqualTo(ActivityCategory.MUTUAL_SUPPORT);
    assertThat(h0038.getSetting()).isEqualTo(Setting.HOME);
    assertThat(m.tasks().get(2).assignment().getAssignee().getRole()).isEqualTo(Role.CLINICIAN);
  }

  @Test
  void writesFindingsBackAsAnOperationOutcome() {
    OperationOutcome oo = CHECK.check(sample());
    List<OperationOutcomeIssueComponent> clinical = issues(oo, "ClinicalTaskAssignedToPeer");
    assertThat(clinical).hasSize(1);
    OperationOutcomeIssueComponent issue = clinical.get(0);
    assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
    assertThat(issue.getCode()).isEqualTo(IssueType.BUSINESSRULE);
    assertThat(issue.getDiagnostics()).contains("90791").contains("peer support specialist");
    assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(FhirCheck.RULE_SYSTEM);
    assertThat(issue.getExpression()).extracting(e -> e.getValue()).containsExactly("Bundle.entry[9].resource.code.coding[0]");

    // the peer billing H0038 and the clinician doing 90791 raise no clinical-task issue
    assertThat(oo.getIssue()).noneMatch(i -> i.getExpression().stream().anyMatch(e -> e.getValue().startsWith("Bundle.entry[10]"))
        && i.getDetails().getText().equals("ClinicalTaskAssignedToPeer"));
    assertThat(oo.getIssue()).noneMatch(i -> i.getExpression().stream().anyMatch(e -> e.getValue().startsWith("Bundle.entry[11]")));
    // both peers' clinical supervisor has no peer-role training: a warning on each peer Task's owner
    assertThat(issues(oo, "AssigneeSupervisorLacksPeerTraining")).extracting(i -> i.getExpression().get(0).getValue())
        .containsExactly("Bundle.entry[9].resource.owner", "Bundle.entry[10].resource.owner");
    assertThat(issues(oo, "AssigneeSupervisorLacksPeerTraining")).allMatch(i -> i.getSeverity() == IssueSeverity.WARNING);

    // the OperationOutcome is valid FHIR JSON that HAPI reads back
    String json = R4.newJsonParser().encodeResourceToString(oo);
    OperationOutcome back = R4.newJsonParser().parseResource(OperationOutcome.class, json);
    assertThat(back.getIssue()).hasSameSizeAs(oo.getIssue());
  }

  @Test
  void aCleanBundleGetsAnInformationIssue() {
    Bundle b = sample();
    b.getEntry().removeIf(e -> e.getResource() instanceof Task t && !t.getIdElement().getIdPart().equals("task-er-clinician"));
    OperationOutcome oo = CHECK.check(b);
    assertThat(oo.getIssue()).singleElement().satisfies(i -> {
      assertThat(i.getSeverity()).isEqualTo(IssueSeverity.INFORMATION);
      assertThat(i.getDiagnostics()).contains("no findings");
    });
  }

  @Test
  void unmappableResourcesAreTypedProblemsNeverDropped() {
    Bundle b = sample();
    Task unknownCode = (Task) b.getEntry().get(10).getResource();
    unknownCode.getCode().getCodingFirstRep().setCode("H9999");
    Task ownerIsPractitioner = (Task) b.getEntry().get(11).getResource();
    ownerIsPractitioner.setOwner(new Reference("Practitioner/prac-clin-1"));
    b.addEntry().setResource(new Observation().setId("obs-1"));

    FhirMapping m = FhirExample.exampleMapper().map(b);
    assertThat(m.taskCount()).isEqualTo(3);
    assertThat(m.tasks()).extracting(t -> t.assignment().getId()).containsExactly("task-er-peer");
    assertThat(m.problems()).extracting(FhirMappingProblem::expression).containsExactly(
        "Bundle.entry[10].resource.code.coding", "Bundle.entry[11].resource.owner", "Bundle.entry[12].resource");
    assertThat(m.problems().get(0).message()).contains("HCPCS H9999").contains("known codes").contains("H0038");
    assertThat(m.problems().get(1).message()).contains("PractitionerRole").contains("not a Practitioner");
    assertThat(m.problems().get(2).message()).contains("Observation").contains("allowed: Task");

    assertThatThrownBy(() -> FhirExample.exampleMapper().mapStrict(b))
        .isInstanceOfSatisfying(FhirMappingException.class, e -> {
          assertThat(e.problems()).hasSize(3);
          assertThat(e.expression()).isEqualTo("Bundle.entry[10].resource.code.coding");
          assertThat(e.getMessage()).contains("Task/task-h0038-peer").contains("(and 2 more)");
        });

    OperationOutcome oo = CHECK.check(b);
    assertThat(oo.getIssue()).filteredOn(i -> i.getCode() == IssueType.NOTSUPPORTED).hasSize(3)
        .allMatch(i -> i.getSeverity() == IssueSeverity.ERROR && i.getDetails().getText().equals(FhirCheck.MAPPING_PROBLEM));
    assertThat(issues(oo, "ClinicalTaskAssignedToPeer")).hasSize(1);
  }

  @Test
  void aRoleCodeNobodyMappedIsAProblemThatSaysHowToMapIt() {
    FhirMapping m = FhirTaskMapper.standard().map(sample());
    assertThat(m.tasks()).isEmpty();
    assertThat(m.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("1041C0700X").contains("nuccRole"));
  }

  @Test
  void jsonThatIsNotABundleIsATypedError() {
    assertThatThrownBy(() -> FhirCheck.readBundle("{\"resourceType\": \"Bundle\", \"entry\": [")).isInstanceOf(FhirMappingException.class)
        .hasMessageStartingWith("Bundle.entry: not a FHIR R4 Bundle");
    assertThatThrownBy(() -> FhirCheck.readBundle("{\"resourceType\": \"Patient\"}")).isInstanceOf(FhirMappingException.class);
    assertThat(CHECK.checkJson(FhirExample.sampleBundleJson())).contains("\"resourceType\": \"OperationOutcome\"");
  }

  private static List<OperationOutcomeIssueComponent> issues(OperationOutcome oo, String ruleId) {
    return oo.getIssue().stream().filter(i -> ruleId.equals(i.getDetails().getText())).toList();
  }
}
