package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.evidence.SourceCatalog;

/** Every rule in the catalog: well-formed metadata, and its examples behave as documented. */
class RuleCatalogTest {

  private final RuleCatalog catalog = RuleCatalog.standard();

  @Test
  void everyRuleIsWellFormed() {
    assertThat(catalog.all()).isNotEmpty();
    for (Rule<?> r : catalog.all()) {
      RuleMetadata m = r.metadata();
      assertThat(r.getClass().getSimpleName()).isEqualTo(m.getId());
      assertThat(r.getClass().getPackageName()).startsWith("org.peerwork.rules.");
      assertThat(m.getCitations()).allSatisfy(c -> assertThat(SourceCatalog.standard().contains(c.getSourceId())).as(m.getId() + " cites " + c).isTrue());
      assertThat(r.examples()).as(m.getId() + " examples").anyMatch(RuleExample::fires).anyMatch(e -> !e.fires());
    }
  }

  @Test
  void eachPackageListsItsRulesInCatalogOrder() {
    List<List<? extends Rule<?>>> packages = List.of(org.peerwork.rules.assignment.AssignmentRules.all(),
        org.peerwork.rules.roster.RosterRules.all(), org.peerwork.rules.job.JobDescriptionRules.all(),
        org.peerwork.rules.hiring.HiringRules.all(), org.peerwork.rules.supervision.SupervisionRules.all(),
        org.peerwork.rules.training.TrainingRules.all(), org.peerwork.rules.workplace.WorkplaceRules.all(),
        org.peerwork.rules.incident.IncidentRules.all());
    assertThat(packages).extracting(List::size).containsExactly(11, 4, 15, 8, 5, 5, 6, 2);
    List<String> ids = packages.stream().flatMap(List::stream).map(r -> r.metadata().getId()).toList();
    assertThat(ids).hasSize(56).doesNotHaveDuplicates();
    assertThat(catalog.ids()).containsExactlyInAnyOrderElementsOf(ids);
    for (List<? extends Rule<?>> rules : packages) {
      assertThat(rules).extracting(r -> r.metadata().getAppliesTo()).as("one document type per package").hasSize(rules.size())
          .containsOnly(rules.get(0).metadata().getAppliesTo());
    }
    assertThat(catalog.toString()).contains("56");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleBehavesAsDocumented() {
    PeerChecks checks = PeerChecks.standard();
    return catalog.all().stream().flatMap(rule -> rule.examples().stream().map(ex -> DynamicTest.dynamicTest(
        rule.metadata().getId() + ": " + ex.description(), () -> {
          Report report = checks.check((PeerDocument) ex.document());
          List<Finding> mine = report.findingsOf(rule.metadata().getId());
          if (ex.fires()) {
            assertThat(mine).as("findings of %s on %s", rule.metadata().getId(), ex.document()).isNotEmpty();
            assertThat(mine).allSatisfy(f -> {
              assertThat(f.getSubjectId()).isEqualTo(((PeerDocument) ex.document()).getId());
              assertThat(f.getSuggestion()).isNotBlank();
              assertThat(f.getCitations()).isNotEmpty();
              assertThat(f.getMessage().getText()).isNotBlank().doesNotContain("{");
            });
          } else {
            assertThat(mine).as("findings of %s on %s", rule.metadata().getId(), ex.document()).isEmpty();
          }
        })));
  }
}
