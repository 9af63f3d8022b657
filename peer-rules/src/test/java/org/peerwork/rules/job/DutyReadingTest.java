package org.peerwork.rules.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.Role;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.Location;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.text.DutyLabel;

/** How the job description rules read one duty: coded or in words, done or listed as not done, and where a finding points. */
class DutyReadingTest {

  private static final RuleContext CTX = RuleContext.standard();

  private static JobDescription jd(Duty... duties) {
    return JobDescription.builder().id("jd").role(Role.PEER_SUPPORT_SPECIALIST).addDuties(duties).build();
  }

  @Test
  void aCodedDutyIsReadByItsActivity() {
    Duty coded = Duty.of("Weekly diagnosis", Activity.of(ActivityCategory.DIAGNOSIS));
    DutyReading r = DutyReading.of(jd(Duty.of("Offer support"), coded), CTX).get(1);
    assertThat(r.path()).isEqualTo("duties[1]");
    assertThat(r.excluded()).isFalse();
    assertThat(r.label()).contains(DutyLabel.CLINICAL);
    assertThat(r.mainCategory()).contains(ActivityCategory.DIAGNOSIS);
    assertThat(r.affirmed(c -> true)).singleElement().satisfies(s -> {
      assertThat(s.category()).isEqualTo(ActivityCategory.DIAGNOSIS);
      assertThat(s.location()).isEqualTo(Location.at("duties[1].activity.category"));
      assertThat(s.evidence().getQuote()).contains("Weekly diagnosis");
    });
    assertThat(r.affirmed(c -> c != ActivityCategory.DIAGNOSIS)).isEmpty();
    assertThat(r.negated(c -> true)).isEmpty();
    assertThat(r.location()).isEqualTo(Location.at("duties[1]"));
  }

  @Test
  void anExcludedCodedDutyIsWhatTheRoleDoesNotDo() {
    Duty excluded = Duty.builder().text("Diagnosis").activity(Activity.of(ActivityCategory.DIAGNOSIS)).excluded(true).build();
    DutyReading r = DutyReading.of(jd(excluded), CTX).get(0);
    assertThat(r.excluded()).isTrue();
    assertThat(r.label()).isEmpty();
    assertThat(r.mainCategory()).isEmpty();
    assertThat(r.affirmed(c -> true)).isEmpty();
    assertThat(r.negated(c -> true)).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo(Location.at("duties[0].activity.category"));
      assertThat(s.evidence().getContext()).containsExactly(ContextFlag.EXCLUDED_SECTION);
    });
    assertThat(r.negated(c -> c != ActivityCategory.DIAGNOSIS)).isEmpty();
  }

  @Test
  void aDutyInWordsIsReadByTheClassifier() {
    List<DutyReading> rs = DutyReading.of(jd(Duty.of("Does not diagnose or provide therapy"), Duty.of("Completes intake assessments"),
        Duty.of("Lorem ipsum")), CTX);
    DutyReading negated = rs.get(0);
    assertThat(negated.label()).contains(DutyLabel.NEGATED_CLINICAL);
    assertThat(negated.mainCategory()).as("a negated duty asks nothing").isEmpty();
    assertThat(negated.affirmed(c -> true)).isEmpty();
    assertThat(negated.negated(c -> true)).as("the first negated phrase").singleElement()
        .satisfies(s -> assertThat(s.category()).isEqualTo(ActivityCategory.DIAGNOSIS));
    assertThat(negated.negated(c -> c == ActivityCategory.PSYCHOTHERAPY)).singleElement()
        .satisfies(s -> assertThat(s.category()).isEqualTo(ActivityCategory.PSYCHOTHERAPY));
    assertThat(negated.location()).as("no span in a source text").isEqualTo(Location.at("duties[0]"));
    assertThat(rs.get(1).mainCategory()).contains(ActivityCategory.CLINICAL_ASSESSMENT);
    assertThat(rs.get(1).affirmed(c -> true)).singleElement().satisfies(s -> assertThat(s.location()).isEqualTo(Location.at("duties[1]")));
    assertThat(rs.get(2).label()).isEmpty();
    assertThat(rs.get(2).mainCategory()).isEmpty();
  }

  @Test
  void aDutyOfAPostingPointsAtItsSpan() {
    JobDescription posting = Examples.posting("p", "Peer Support Specialist\n\nDuties:\n- Offer peer support\n- Complete intake assessments\n");
    DutyReading r = DutyReading.of(posting, CTX).get(1);
    TextSpan span = posting.getDuties().get(1).getSpan().orElseThrow();
    assertThat(r.location()).isEqualTo(Location.at("duties[1]", span));
    assertThat(r.affirmed(c -> true)).singleElement().satisfies(s -> {
      assertThat(s.location().getPath()).isEqualTo("duties[1]");
      assertThat(s.location().getSpan()).hasValueSatisfying(sp -> assertThat(sp.getStart()).isGreaterThanOrEqualTo(span.getStart()));
    });
    // a duty whose span does not quote the source text is read from its own words
    JobDescription moved = posting.withDuties(posting.getDuties().get(1).withSpan(Optional.of(TextSpan.of(0, 5))));
    DutyReading m = DutyReading.of(moved, CTX).get(0);
    assertThat(m.location()).isEqualTo(Location.at("duties[0]"));
    assertThat(m.mainCategory()).contains(ActivityCategory.CLINICAL_ASSESSMENT);
  }

  @Test
  void outsideACheckNothingIsKept() {
    JobDescription one = jd(Duty.of("Offer support"));
    assertThat(DutyReading.of(one, CTX)).isNotSameAs(DutyReading.of(one, CTX)).hasSize(1);
  }
}
