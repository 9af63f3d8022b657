package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.boundary.BoundaryNorm;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.testing.Generators;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;
import org.peerwork.rules.report.CsvExport;
import org.peerwork.rules.report.JsonReport;
import org.peerwork.rules.report.SarifReport;
import org.peerwork.rules.report.TextReport;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties across all checks, through the one entry point a vendor uses,
 * {@link PeerChecks#check(PeerDocument)}, for every document type: totality under any policy, also
 * on documents that read but fail Bean Validation; determinism; order independence of rosters
 * beyond their assignments (debriefs, team members) and of other collections no finding points
 * into by index; and JSON round trips of documents and of the reports made of them. The per-type
 * property classes ({@code RuleProperties}, {@code *RulesProperties}) go deeper on each type's
 * rule semantics.
 */
class CheckProperties {

  /** Tries per document type and property. */
  static final int TRIES = 150;

  private static final PeerChecks CHECKS = PeerChecks.standard();
  private static final PeerJson JSON = PeerJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  /** The checkable document types and their generators (an agency is context, not checked). */
  static Map<DocumentType, Gen<? extends PeerDocument>> checkable() {
    Map<DocumentType, Gen<? extends PeerDocument>> m = new EnumMap<>(DocumentType.class);
    for (DocumentType t : DocumentType.values()) {
      m.put(t, t == DocumentType.ROSTER ? Generate.oneOf(Generators.rosters(), RuleProperties.denseRosters()) : Generators.documents(t.modelType()));
    }
    return m;
  }

  /**
   * Agency policies over the whole catalog: every threshold at its least, greatest, default or any
   * value between; any rule's severity raised, lowered or the rule disabled; boundary norm cells
   * overridden with any verdict.
   */
  static Gen<Policy> policies() {
    List<String> ids = RuleCatalog.standard().ids();
    Gen<Policy> edgy = rs -> {
      Policy.Builder b = Policy.builder().name("generated");
      for (Threshold t : Threshold.values()) {
        switch (Generate.range(0, 4).generate(rs)) {
          case 0 -> b.putThreshold(t, t.min());
          case 1 -> b.putThreshold(t, t.max());
          case 2 -> b.putThreshold(t, t.min() + (t.max() - t.min()) * Generate.range(0, 1000).generate(rs) / 1000.0);
          default -> { }
        }
      }
      for (String id : ids) {
        int pick = Generate.range(0, 12).generate(rs);
        if (pick < Severity.values().length) {
          b.putSeverityOverride(id, Severity.values()[pick]);
        } else if (pick == 12) {
          b.addDisabledRule(id);
        }
      }
      int overrides = Generate.range(0, 4).generate(rs);
      for (int i = 0; i < overrides; i++) {
        b.addNormOverride(BoundaryNorm.builder()
            .normSet(Generate.enumValues(NormSet.class).generate(rs))
            .category(Generate.enumValues(ActivityCategory.class).generate(rs))
            .verdict(Generate.enumValues(Verdict.class).generate(rs))
            .rationale("generated override")
            .addCitation(Citation.of(SourceCatalog.PEERWORK, "property test"))
            .build());
      }
      return b.build();
    };
    return Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant(Policy.standard())),
        org.quicktheories.api.Pair.of(4, edgy));
  }

  /** What every report must satisfy, whatever the document and policy. */
  static void wellFormed(PeerChecks checks, PeerDocument doc, Report report) {
    DocumentType type = DocumentType.of(doc);
    assertThat(report.subjectType()).isEqualTo(type);
    assertThat(report.subjectId()).isEqualTo(doc.getId());
    List<String> order = checks.catalog().rulesFor(type).stream().map(r -> r.metadata().getId()).toList();
    int last = -1;
    for (Finding f : report.findings()) {
      int index = order.indexOf(f.getRuleId());
      assertThat(index).as("a rule of %s, in catalog order", type).isGreaterThanOrEqualTo(last);
      last = index;
      assertThat(checks.policy().getDisabledRules()).doesNotContain(f.getRuleId());
      assertThat(f.getSubjectId()).isEqualTo(doc.getId());
      assertThat(f.getLocation().getPath()).isNotBlank();
      assertThat(f.getMessage().getText()).isNotBlank();
      assertThat(f.getSuggestion()).isNotBlank();
      assertThat(f.getCitations()).isNotEmpty();
      Severity expected = checks.policy().getSeverityOverrides().get(f.getRuleId());
      if (expected != null) {
        assertThat(f.getSeverity()).as("the policy's severity for %s", f.getRuleId()).isEqualTo(expected);
      }
    }
  }

  @Test
  void everyDocumentTypeIsCheckedWithoutAnExceptionUnderAnyPolicy() {
    checkable().forEach((type, gen) -> qt().withExamples(TRIES).forAll(gen, policies()).checkAssert((doc, policy) -> {
      PeerChecks checks = CHECKS.withPolicy(policy);
      Report report = checks.check(doc);
      wellFormed(checks, doc, report);
      Report explained = checks.explainingOutcomes().check(doc);
      assertThat(explained.findings()).isEqualTo(report.findings());
      assertThat(explained.outcomes()).hasSize(checks.catalog().rulesFor(type).size());
    }));
  }

  /**
   * Documents that read but break their Bean Validation constraints (a count of zero, a time window or a roster
   * period that ends before it starts, a working day that ends before it starts, blank ids, a roster
   * that repeats an assignment id) are still checked without an exception: a vendor may check
   * before, or without, validating.
   */
  @Test
  void documentsThatReadButFailValidationAreStillChecked() {
    checkable().forEach((type, gen) -> qt().withExamples(TRIES).forAll(gen, Generate.longRange(0, Long.MAX_VALUE)).checkAssert((doc, seed) -> {
      PeerDocument broken = JSON.read(breakValues(JSON.write(doc), new Random(seed)), type.modelType());
      wellFormed(CHECKS, broken, CHECKS.check(broken));
    }));
  }

  /**
   * Reverses every time window, period and working day, blanks some ids, sets some positive counts
   * to zero, and repeats a roster's first assignment.
   */
  static String breakValues(String json, Random random) {
    try {
      JsonNode tree = TREE.readTree(json);
      breakNode(tree, random);
      if (tree.get("assignments") instanceof ArrayNode a && a.size() > 0 && random.nextBoolean()) {
        a.add(a.get(0).deepCopy());
      }
      return TREE.writeValueAsString(tree);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void breakNode(JsonNode node, Random random) {
    if (node instanceof ObjectNode o) {
      swap(o, "start", "end");
      swap(o, "periodStart", "periodEnd");
      for (String id : List.of("id", "staffId")) {
        if (o.has(id) && random.nextInt(4) == 0) {
          o.put(id, random.nextBoolean() ? " " : "\t\n");
        }
      }
      // a count that must be positive set to zero (peers on a team, per intensive team): builders allow it
      // (not a text span's offsets: a span is rejected when it is built)
      java.util.Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
      List<String> counts = new java.util.ArrayList<>();
      fields.forEachRemaining(e -> {
        if (e.getValue().isInt() && e.getValue().asInt() > 0 && !e.getKey().equals("start") && !e.getKey().equals("end")) {
          counts.add(e.getKey());
        }
      });
      for (String name : counts) {
        if (random.nextInt(3) == 0) {
          o.put(name, 0);
        }
      }
      o.elements().forEachRemaining(c -> breakNode(c, random));
    } else if (node instanceof ArrayNode a) {
      a.elements().forEachRemaining(c -> breakNode(c, random));
    }
  }

  /** Swaps two date or time values (not text span offsets: a span is rejected when it is built). */
  private static void swap(ObjectNode o, String a, String b) {
    if (o.has(a) && o.has(b) && o.get(a).isTextual() && o.get(b).isTextual()) {
      JsonNode x = o.get(a);
      o.set(a, o.get(b));
      o.set(b, x);
    }
  }

  @Test
  void checkingIsDeterministic() {
    PeerChecks fresh = CHECKS.withPolicy(Policy.standard());
    checkable().forEach((type, gen) -> qt().withExamples(TRIES).forAll(gen).checkAssert(doc -> {
      Report first = CHECKS.check(doc);
      assertThat(CHECKS.check(doc)).isEqualTo(first);
      assertThat(fresh.check(doc)).as("another checker with the same policy").isEqualTo(first);
      PeerDocument copy = JSON.read(JSON.write(doc), type.modelType());
      assertThat(CHECKS.check(copy)).as("an equal document read from its JSON").isEqualTo(first);
      assertThat(JsonReport.compact().write(CHECKS.check(copy))).isEqualTo(JsonReport.compact().write(first));
    }));
  }

  @Test
  void aRostersFindingsDoNotDependOnTheOrderOfItsDebriefsOrTeamMembers() {
    qt().withExamples(TRIES * 2).forAll(RuleProperties.rosters(), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((roster, seed) -> {
      Random random = new Random(seed);
      List<org.peerwork.model.assignment.DebriefRecord> debriefs = new ArrayList<>(roster.getDebriefs());
      Collections.shuffle(debriefs, random);
      List<org.peerwork.model.assignment.TaskAssignment> assignments = new ArrayList<>(roster.getAssignments());
      Collections.shuffle(assignments, random);
      Roster shuffled = roster.withDebriefs(debriefs).withAssignments(assignments);
      if (roster.getTeam().isPresent()) {
        List<String> members = new ArrayList<>(roster.getTeam().get().getMemberIds());
        Collections.shuffle(members, random);
        shuffled = shuffled.withTeam(roster.getTeam().get().withMemberIds(members));
      }
      assertThat(CHECKS.check(shuffled).findings()).isEqualTo(CHECKS.check(roster).findings());
    });
  }

  /**
   * A training plan's findings may point at an offering by its index, so reordering the offerings
   * moves those locations; which rules fire, and how seriously, does not change. A supervision
   * arrangement's findings do not depend on the order of its supervisees at all.
   */
  @Test
  void trainingAndSupervisionFindingsDoNotDependOnTheOrderOfTheirLists() {
    qt().withExamples(TRIES).forAll(Generators.trainingPlans(), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((plan, seed) -> {
      List<org.peerwork.model.training.TrainingOffering> offerings = new ArrayList<>(plan.getOfferings());
      Collections.shuffle(offerings, new Random(seed));
      TrainingPlan shuffled = plan.withOfferings(offerings);
      assertThat(CHECKS.check(shuffled).findings()).extracting(f -> f.getRuleId() + "/" + f.getSeverity())
          .containsExactlyElementsOf(CHECKS.check(plan).findings().stream().map(f -> f.getRuleId() + "/" + f.getSeverity()).toList());
    });
    qt().withExamples(TRIES).forAll(Generators.supervisionArrangements(), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((a, seed) -> {
      List<String> supervisees = new ArrayList<>(a.getSuperviseeIds());
      Collections.shuffle(supervisees, new Random(seed));
      SupervisionArrangement shuffled = a.withSuperviseeIds(supervisees);
      assertThat(CHECKS.check(shuffled).findings()).isEqualTo(CHECKS.check(a).findings());
    });
  }

  @Test
  void reportsOfEveryDocumentTypeRoundTripThroughJsonAndRenderInEveryFormat() {
    PeerChecks explaining = CHECKS.explainingOutcomes();
    checkable().forEach((type, gen) -> qt().withExamples(TRIES).forAll(gen, policies()).checkAssert((doc, policy) -> {
      PeerChecks checks = (policy.equals(Policy.standard()) ? explaining : CHECKS.withPolicy(policy));
      Report report = checks.check(doc);
      assertThat(JsonReport.compact().read(JsonReport.compact().write(report))).isEqualTo(report);
      assertThat(JsonReport.pretty().read(JsonReport.pretty().write(report))).isEqualTo(report);
      assertThat(JsonReport.compact().readAll(JsonReport.compact().writeAll(List.of(report, report)))).containsExactly(report, report);
      assertThat(TextReport.full().render(report)).contains(report.isClean() ? "" : report.findings().get(0).getRuleId());
      assertThat(TextReport.compact().render(report)).isNotBlank();
      assertThat(SarifReport.standard().write(report)).contains("\"results\"");
      assertThat(CsvExport.toCsv(List.of(report))).startsWith(CsvExport.header());
    }));
  }
}
