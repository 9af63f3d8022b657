package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.DebriefRecord;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.organization.Team;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.testing.Generators;
import org.peerwork.rules.policy.Policy;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the task assignment and roster rules over generated documents: totality (no rule
 * ever throws on a valid value), determinism, order independence of rosters, and disabling a rule
 * removing exactly its findings.
 */
class RuleProperties {

  private static final int EXAMPLES = 300;
  private static final PeerChecks CHECKS = PeerChecks.standard();
  private static final PeerChecks EXPLAINING = CHECKS.explainingOutcomes();
  private static final Map<String, PeerChecks> WITHOUT = new LinkedHashMap<>();
  private static final Pattern ROSTER_PATH = Pattern.compile("team|staff\\[id=.*\\]|assignments\\[id=.*\\](\\..*)?");

  static {
    for (String id : RuleCatalog.standard().ids()) {
      WITHOUT.put(id, CHECKS.withPolicy(Policy.builder().addDisabledRule(id).build()));
    }
  }

  private static List<String> idsOf(DocumentType type) {
    return RuleCatalog.standard().rulesFor(type).stream().map(r -> r.metadata().getId()).toList();
  }

  /**
   * Rosters dense enough to exercise the roster rules: a pool of one to four staff members shared by
   * up to 40 assignments within three weeks, 25 possible service users, debriefs for the same
   * staff, and sometimes a team of them. Schedules are often weekday 9-to-5 so days off come up.
   */
  static Gen<Roster> denseRosters() {
    Gen<StaffMember> anyStaff = Generators.staffMembers();
    Gen<StaffMember> peers = Generators.peerStaffMembers();
    Gen<Boolean> coin = Generate.booleans();
    return rs -> {
      LocalDate start = LocalDate.of(2020, 3, 1).plusDays(Generate.range(0, 400).generate(rs));
      int poolSize = Generate.range(1, 4).generate(rs);
      List<StaffMember> pool = new ArrayList<>();
      for (int i = 0; i < poolSize; i++) {
        StaffMember s = (coin.generate(rs) ? peers : anyStaff).generate(rs).withId("s-" + i);
        if (coin.generate(rs)) {
          s = s.withSchedule(WorkingSchedule.builder().workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
              .start(LocalTime.of(9, 0)).end(LocalTime.of(17, 0)).build());
        }
        pool.add(s);
      }
      Gen<StaffMember> fromPool = Generate.pick(pool);
      Gen<TaskAssignment> tasks = Generators.taskAssignments(fromPool, Generators.activities());
      int n = Generate.range(0, 40).generate(rs);
      List<TaskAssignment> assignments = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        TaskAssignment t = tasks.generate(rs).withId("t-" + j)
            .withServiceUserRef("u-" + Generate.range(0, 24).generate(rs))
            .withCrisis(Generate.range(0, 2).generate(rs) == 0);
        if (Generate.range(0, 4).generate(rs) > 0) {
          LocalDateTime at = start.atStartOfDay().plusMinutes(Generate.range(0, 21 * 24 * 60).generate(rs));
          t = t.withWindow(TimeWindow.starting(at, Duration.ofMinutes(Generate.range(15, 600).generate(rs))));
        }
        assignments.add(t);
      }
      List<DebriefRecord> debriefs = new ArrayList<>();
      int d = Generate.range(0, 5).generate(rs);
      for (int k = 0; k < d; k++) {
        debriefs.add(DebriefRecord.of(fromPool.generate(rs).getId(),
            start.atStartOfDay().plusMinutes(Generate.range(0, 21 * 24 * 60).generate(rs))));
      }
      Roster.Builder b = Roster.builder().id("r-dense").periodStart(start).periodEnd(start.plusDays(20))
          .assignments(assignments).debriefs(debriefs);
      if (coin.generate(rs)) {
        Team.Builder team = Team.builder().id("team-1").kind(Generate.enumValues(TeamKind.class).generate(rs))
            .peopleServed(Generate.range(0, 300).generate(rs));
        for (StaffMember s : pool) {
          if (coin.generate(rs)) {
            team.addMemberId(s.getId());
          }
        }
        b.team(team.build());
      }
      return b.build();
    };
  }

  /** Generated rosters of both kinds: the model's (varied values) and dense ones (many findings). */
  static Gen<Roster> rosters() {
    return Generate.oneOf(Generators.rosters(), denseRosters());
  }

  @Test
  void noRuleEverThrowsOnAValidAssignment() {
    int rules = idsOf(DocumentType.TASK_ASSIGNMENT).size();
    qt().withExamples(EXAMPLES).forAll(Generators.taskAssignments()).checkAssert(a -> {
      Report r = EXPLAINING.check(a);
      assertThat(r.outcomes()).hasSize(rules).noneMatch(o -> o.result() == RuleOutcome.Result.DISABLED);
      assertThat(r.findings()).allSatisfy(f -> assertThat(f.getSubjectId()).isEqualTo(a.getId()));
    });
  }

  @Test
  void noRuleEverThrowsOnAValidRoster() {
    int rules = idsOf(DocumentType.ROSTER).size();
    qt().withExamples(EXAMPLES).forAll(rosters()).checkAssert(roster -> {
      Report r = EXPLAINING.check(roster);
      assertThat(r.outcomes()).hasSize(rules);
      assertThat(r.findings()).allSatisfy(f -> assertThat(f.getLocation().getPath()).matches(ROSTER_PATH));
    });
  }

  @Test
  void theSameAssignmentGivesTheSameReport() {
    qt().withExamples(EXAMPLES).forAll(Generators.taskAssignments()).checkAssert(a -> {
      TaskAssignment copy = TaskAssignment.builder().from(a).build();
      Report first = CHECKS.check(a);
      assertThat(CHECKS.check(a)).isEqualTo(first);
      assertThat(CHECKS.check(copy)).isEqualTo(first);
      assertThat(CHECKS.check((PeerDocument) a).findings()).isEqualTo(first.findings());
    });
  }

  @Test
  void theSameRosterGivesTheSameReport() {
    qt().withExamples(EXAMPLES).forAll(rosters()).checkAssert(roster -> {
      Report first = CHECKS.check(roster);
      assertThat(CHECKS.check(Roster.builder().from(roster).build())).isEqualTo(first);
    });
  }

  @Test
  void aRostersFindingsDoNotDependOnTheOrderOfItsAssignments() {
    qt().withExamples(EXAMPLES).forAll(rosters(), Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)).checkAssert((roster, seed) -> {
      List<TaskAssignment> assignments = new ArrayList<>(roster.getAssignments());
      List<DebriefRecord> debriefs = new ArrayList<>(roster.getDebriefs());
      Random random = new Random(seed);
      Collections.shuffle(assignments, random);
      Collections.shuffle(debriefs, random);
      Roster shuffled = roster.withAssignments(assignments).withDebriefs(debriefs);
      assertThat(CHECKS.check(shuffled).findings()).isEqualTo(CHECKS.check(roster).findings());
    });
  }

  @Test
  void disablingAnAssignmentRuleRemovesExactlyItsFindings() {
    qt().withExamples(EXAMPLES).forAll(Generators.taskAssignments(), Generate.pick(idsOf(DocumentType.TASK_ASSIGNMENT)))
        .checkAssert((a, id) -> assertThat(WITHOUT.get(id).check(a).findings()).isEqualTo(
            CHECKS.check(a).findings().stream().filter(f -> !f.getRuleId().equals(id)).toList()));
  }

  @Test
  void disablingARosterRuleRemovesExactlyItsFindings() {
    qt().withExamples(EXAMPLES).forAll(rosters(), Generate.pick(idsOf(DocumentType.ROSTER)))
        .checkAssert((roster, id) -> assertThat(WITHOUT.get(id).check(roster).findings()).isEqualTo(
            CHECKS.check(roster).findings().stream().filter(f -> !f.getRuleId().equals(id)).toList()));
  }

  @Test
  void denseRostersDoExerciseEveryRosterRule() {
    Map<String, Integer> seen = new LinkedHashMap<>();
    qt().withExamples(EXAMPLES).forAll(denseRosters()).checkAssert(roster ->
        CHECKS.check(roster).countsByRule().forEach((id, n) -> seen.merge(id, n, Integer::sum)));
    assertThat(seen).containsKeys(idsOf(DocumentType.ROSTER).toArray(String[]::new));
  }
}
