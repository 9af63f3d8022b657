package org.peerwork.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.Coverage;
import org.peerwork.model.job.Duty;
import org.peerwork.model.organization.Team;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.RoleProfile;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.testing.Generators;
import org.quicktheories.core.Gen;

/**
 * Every document type and every value survives PeerJson write then read unchanged, and writing is
 * deterministic: the same value always gives the same bytes, whichever write method is used.
 */
class JsonRoundTripProperties {

  static final int EXAMPLES = 150;
  private final PeerJson json = PeerJson.standard();

  @Test
  void everyDocumentTypeSurvivesWriteThenRead() {
    Generators.documentGenerators().forEach((type, gen) -> roundTrips(PeerDocument.class, type, gen));
  }

  @Test
  void valuesSurviveWriteThenRead() {
    roundTrips(Citation.class, Generators.citations());
    roundTrips(ActivityCode.class, Generators.activityCodes());
    roundTrips(Activity.class, Generators.activities());
    roundTrips(TimeWindow.class, Generators.timeWindows());
    roundTrips(WorkingSchedule.class, Generators.workingSchedules());
    roundTrips(StaffMember.class, Generators.staffMembers());
    roundTrips(Team.class, Generators.teams());
    roundTrips(HeldCredential.class, Generators.heldCredentials());
    roundTrips(RoleProfile.class, Generators.roleProfiles());
    roundTrips(Duty.class, Generators.duties());
    roundTrips(Coverage.class, Generators.coverages());
    roundTrips(Compensation.class, Generators.compensations());
  }

  @Test
  void writingIsDeterministicAcrossWriteMethods() {
    qt().withExamples(EXAMPLES).forAll(Generators.documents()).checkAssert(d -> {
      String once = json.write(d);
      assertThat(json.write(d)).isEqualTo(once);
      assertThat(PeerJson.withLimits(JsonLimits.DEFAULT).write(d)).as("a second instance writes the same").isEqualTo(once);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      json.write(d, bytes);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(once);
      StringWriter chars = new StringWriter();
      json.write(d, chars);
      assertThat(chars.toString()).isEqualTo(once);
      // a value read back writes the same text again
      assertThat(json.write(json.read(once, d.getClass()))).isEqualTo(once);
    });
  }

  @Test
  void prettyTextBytesAndReadersReadTheSameValue() {
    qt().withExamples(EXAMPLES).forAll(Generators.documents()).checkAssert(d -> {
      Class<? extends PeerDocument> type = d.getClass();
      String pretty = json.writePretty(d);
      assertThat(json.read(pretty, type)).isEqualTo(d);
      assertThat(json.read(pretty.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(d);
      assertThat(json.read(new StringReader(json.write(d)), type)).isEqualTo(d);
    });
  }

  private <T> void roundTrips(Class<T> type, Gen<? extends T> gen) {
    roundTrips(type, type, gen);
  }

  private <T> void roundTrips(Class<T> bound, Class<? extends T> type, Gen<? extends T> gen) {
    qt().withExamples(EXAMPLES).forAll(gen).checkAssert(v -> {
      String text = json.write(v);
      T back = json.read(text, type);
      assertThat(back).as("%s %s", type.getSimpleName(), text).isEqualTo(v);
      assertThat(json.write(back)).isEqualTo(text);
    });
  }
}
