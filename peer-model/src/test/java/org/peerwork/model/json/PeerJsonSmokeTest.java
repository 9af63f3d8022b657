package org.peerwork.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;

class PeerJsonSmokeTest {

  private final PeerJson json = PeerJson.standard();

  static TaskAssignment erAssessment() {
    return TaskAssignment.builder()
        .id("t-1")
        .activity(Activity.coded(ActivityCategory.CLINICAL_ASSESSMENT, ActivityCode.cpt("90791")))
        .assignee(StaffMember.builder().id("s-1").role(Role.PEER_SUPPORT_SPECIALIST).addCredential(HeldCredential.certified("CRSW")).build())
        .assignedBy(Role.CLINICIAN)
        .setting(Setting.EMERGENCY_DEPARTMENT)
        .window(TimeWindow.of(LocalDateTime.parse("2020-03-02T10:00"), LocalDateTime.parse("2020-03-02T11:00")))
        .build();
  }

  @Test
  void roundTrip() {
    TaskAssignment a = erAssessment();
    String text = json.write(a);
    assertThat(json.read(text, TaskAssignment.class)).isEqualTo(a);
    assertThat(text).contains("\"id\":\"t-1\"").doesNotContain("endAfterStart");
  }

  @Test
  void unknownEnumListsAllowedValues() {
    String text = json.write(erAssessment()).replace("EMERGENCY_DEPARTMENT", "SPACESHIP");
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> json.read(text, TaskAssignment.class));
    assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_ENUM_VALUE);
    assertThat(e.path()).isEqualTo("$.setting");
    assertThat(e.allowedValues()).contains("EMERGENCY_DEPARTMENT", "COMMUNITY");
    assertThat(e.getMessage()).doesNotContain("SPACESHIP");
  }

  @Test
  void missingFieldNamesThePath() {
    String text = json.write(erAssessment()).replace("\"id\":\"s-1\",", "");
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> json.read(text, TaskAssignment.class));
    assertThat(e.problem()).isEqualTo(JsonProblem.MISSING_FIELD);
    assertThat(e.path()).isEqualTo("$.assignee.id");
  }

  @Test
  void unknownProperty() {
    String text = json.write(erAssessment()).replace("\"id\":\"t-1\"", "\"id\":\"t-1\",\"nmae\":1");
    PeerJsonException e = catchThrowableOfType(PeerJsonException.class, () -> json.read(text, TaskAssignment.class));
    assertThat(e.problem()).isEqualTo(JsonProblem.UNKNOWN_PROPERTY);
    assertThat(e.path()).isEqualTo("$.nmae");
    assertThat(e.allowedValues()).contains("activity", "assignee");
  }
}
