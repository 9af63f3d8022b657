package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shared checks for the property tests of the hiring, supervision, training, workplace and incident
 * review rules: what every report on any valid document must satisfy, and agency policies that push
 * every threshold to its edges.
 */
public final class SupportCheckAssertions {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private SupportCheckAssertions() {}

  /**
   * A report is well formed: it is about this document; every finding comes from a rule of the
   * document's type, in catalog order; names the document by its id; points at a field; has a
   * rendered message whose placeholders all have arguments, a suggestion and known citations; and
   * carries both norm sets' verdicts exactly when its rule is about a boundary decision.
   */
  public static void assertWellFormed(PeerChecks checks, PeerDocument doc, Report report) {
    DocumentType type = DocumentType.of(doc);
    assertThat(report.subjectType()).isEqualTo(type);
    assertThat(report.subjectId()).isEqualTo(doc.getId());
    List<String> order = checks.catalog().rulesFor(type).stream().map(r -> r.metadata().getId()).toList();
    int last = -1;
    for (Finding f : report.findings()) {
      int index = order.indexOf(f.getRuleId());
      assertThat(index).as("rule %s of %s", f.getRuleId(), type).isGreaterThanOrEqualTo(0);
      assertThat(index).as("catalog order").isGreaterThanOrEqualTo(last);
      last = index;
      assertThat(checks.policy().getDisabledRules()).doesNotContain(f.getRuleId());
      assertThat(f.getSubjectType()).isEqualTo(type);
      assertThat(f.getSubjectId()).isEqualTo(doc.getId());
      assertThat(f.getLocation().getPath()).isNotBlank();
      Message m = f.getMessage();
      assertThat(m.getText()).isNotBlank();
      Matcher placeholders = PLACEHOLDER.matcher(m.getTemplate());
      while (placeholders.find()) {
        assertThat(m.getArguments()).as("argument of %s", m.getTemplate()).containsKey(placeholders.group(1));
      }
      assertThat(f.getSuggestion()).isNotBlank();
      assertThat(f.getCitations()).isNotEmpty()
          .allSatisfy(c -> assertThat(SourceCatalog.standard().contains(c.getSourceId())).as(c.toString()).isTrue());
      assertThat(f.getVerdicts().isPresent()).as("verdicts of " + f.getRuleId()).isEqualTo(type == DocumentType.INCIDENT_REVIEW);
    }
  }

  /**
   * Agency policies: the standard one, and ones that set the thresholds these rules read to their
   * least, greatest or default value or anywhere between, raise or lower some of the rules'
   * severities and disable some of them.
   */
  @SuppressWarnings("exports")
  public static Gen<Policy> policies(List<String> ruleIds) {
    List<Threshold> thresholds = List.of(Threshold.GET_WELL_MAX_WEEKLY_HOURS, Threshold.GET_WELL_MAX_CASELOAD,
        Threshold.MIN_SUPERVISION_SESSIONS_PER_MONTH, Threshold.MIN_WAGE_RATIO, Threshold.MAX_PEOPLE_PER_TEAM_PEER);
    Gen<Policy> edgy = rs -> {
      Policy.Builder b = Policy.builder().name("generated");
      Map<Threshold, Double> values = new EnumMap<>(Threshold.class);
      for (Threshold t : thresholds) {
        int pick = Generate.range(0, 4).generate(rs);
        double v = switch (pick) {
          case 0 -> t.min();
          case 1 -> t.max();
          case 2 -> t.defaultValue();
          case 3 -> t.min() + (t.max() - t.min()) * Generate.range(0, 1000).generate(rs) / 1000.0;
          default -> Double.NaN;
        };
        if (!Double.isNaN(v)) {
          values.put(t, v);
        }
      }
      b.thresholds(values);
      for (String id : ruleIds) {
        int pick = Generate.range(0, 9).generate(rs);
        if (pick < Severity.values().length) {
          b.putSeverityOverride(id, Severity.values()[pick]);
        } else if (pick == 9) {
          b.addDisabledRule(id);
        }
      }
      return b.build();
    };
    return Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant(Policy.standard())),
        org.quicktheories.api.Pair.of(3, edgy));
  }

  /** The ids of a document type's rules, in catalog order. */
  public static List<String> ruleIds(DocumentType type) {
    return RuleCatalog.standard().rulesFor(type).stream().map(r -> r.metadata().getId()).toList();
  }

  /** Reports of these documents checked one by one, then the same checked on four threads. */
  public static <T extends PeerDocument> void assertSameReportsInParallel(PeerChecks checks, List<T> docs) {
    List<Report> sequential = new ArrayList<>();
    for (T d : docs) {
      sequential.add(checks.check(d));
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(4);
    try {
      List<Report> parallel = pool.submit(() -> docs.parallelStream().map(checks::check).collect(Collectors.toList())).join();
      assertThat(parallel).isEqualTo(sequential);
    } finally {
      pool.shutdown();
    }
  }

  /** The rule ids of a report's findings, as a set. */
  public static Set<String> ruleIdsOf(Report report) {
    return report.findings().stream().map(Finding::getRuleId).collect(Collectors.toSet());
  }
}
