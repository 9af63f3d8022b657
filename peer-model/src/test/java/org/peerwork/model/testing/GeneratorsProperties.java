package org.peerwork.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.validation.PeerValidation;
import org.quicktheories.core.Gen;

/**
 * The shared generators make valid values only, and they reach the edges they promise: empty and
 * full collections, peer and non-peer roles, Unicode beyond the basic plane, extreme numbers.
 */
class GeneratorsProperties {

  @Test
  void everyGeneratedDocumentIsValid() {
    Generators.documentGenerators().forEach((type, gen) ->
        qt().withExamples(200).forAll(gen).checkAssert(d ->
            assertThat(PeerValidation.validate(d)).as(type.getSimpleName() + " " + PeerJson.standard().write(d)).isEmpty()));
  }

  @Test
  void everyGeneratedValueIsValid() {
    for (Gen<?> gen : List.<Gen<?>>of(Generators.citations(), Generators.activityCodes(), Generators.activities(), Generators.timeWindows(),
        Generators.workingSchedules(), Generators.supervisorRefs(), Generators.staffMembers(), Generators.peerStaffMembers(), Generators.teams(),
        Generators.heldCredentials(), Generators.roleProfiles(), Generators.textSpans(), Generators.duties(), Generators.qualifications(),
        Generators.supervisionTerms(), Generators.scheduleTerms(), Generators.coverages(), Generators.compensations(), Generators.interviewers(),
        Generators.interviewQuestions(), Generators.trainingOfferings(), Generators.debriefRecords())) {
      qt().withExamples(100).forAll(gen).checkAssert(v -> assertThat(PeerValidation.validate(v)).as(String.valueOf(v)).isEmpty());
    }
  }

  @Test
  void rostersHaveDistinctAssignmentIdsAndOrderedPeriods() {
    qt().withExamples(150).forAll(Generators.rosters()).checkAssert(r -> {
      List<String> ids = r.getAssignments().stream().map(TaskAssignment::getId).toList();
      assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
      assertThat(r.isPeriodOrdered()).isTrue();
    });
  }

  @Test
  void peerStaffMembersArePeers() {
    qt().withExamples(100).forAll(Generators.peerStaffMembers()).checkAssert(s -> assertThat(s.getRole().isPeer()).isTrue());
    qt().withExamples(100).forAll(Generators.nonPeerRoles()).checkAssert(r -> assertThat(r.isPeer()).isFalse());
  }

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> out = new ArrayList<>();
    qt().withExamples(n).forAll(gen).checkAssert(out::add);
    return out;
  }

  private static <T> void reaches(List<T> sample, Map<String, Predicate<T>> edges) {
    edges.forEach((name, p) -> assertThat(sample.stream().anyMatch(p)).as("reaches: %s", name).isTrue());
  }

  @Test
  void generatorsReachTheEdges() {
    List<Roster> rosters = sample(Generators.rosters(), 400);
    reaches(rosters, Map.of(
        "a roster with no assignments", r -> r.getAssignments().isEmpty(),
        "a roster with several assignments", r -> r.getAssignments().size() >= 3,
        "a peer and a non-peer assignee in one roster", r -> r.getAssignments().stream().anyMatch(a -> a.getAssignee().getRole().isPeer())
            && r.getAssignments().stream().anyMatch(a -> !a.getAssignee().getRole().isPeer()),
        "debriefs", r -> !r.getDebriefs().isEmpty(),
        "a team", r -> r.getTeam().isPresent()));

    List<String> texts = sample(Generators.texts(), 400);
    reaches(texts, Map.of(
        "the empty string", String::isEmpty,
        "a character beyond the basic plane (emoji)", s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint),
        "right-to-left text", s -> s.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC),
        "a combining mark", s -> s.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK),
        "CJK", s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
        "a control character", s -> s.chars().anyMatch(c -> c < 0x20),
        "the longest text allowed", s -> s.length() == 2000));

    List<BigDecimal> wages = sample(Generators.wages(), 300);
    reaches(wages, Map.of(
        "a wage of zero", w -> w.signum() == 0,
        "a huge wage", w -> w.compareTo(new BigDecimal("1E+18")) > 0,
        "cents", w -> w.scale() == 2 && w.signum() > 0));

    List<Integer> counts = sample(Generators.counts(), 300);
    reaches(counts, Map.of("zero", n -> n == 0, "Integer.MAX_VALUE", n -> n == Integer.MAX_VALUE));

    List<Double> hours = sample(Generators.weeklyHours(), 300);
    reaches(hours, Map.of("168 hours", h -> h == 168.0, "the smallest positive double", h -> h == Double.MIN_VALUE));
    assertThat(hours).allMatch(h -> h > 0 && h <= 168);

    List<String> ids = sample(Generators.ids(), 400);
    reaches(ids, Map.of("an id of exactly 200 characters", s -> s.length() == 200, "a non-ASCII id", s -> s.chars().anyMatch(c -> c > 127)));
    assertThat(ids).allMatch(s -> !s.isBlank() && s.length() <= 200);
  }
}
