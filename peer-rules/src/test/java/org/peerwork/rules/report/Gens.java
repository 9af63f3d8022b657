package org.peerwork.rules.report;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.text.TextSpan;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.Report;
import org.peerwork.rules.RuleOutcome;
import org.peerwork.rules.Severity;
import org.quicktheories.core.Gen;

/** QuickTheories generators of findings and reports whose text is hard to quote: commas, quotes, line breaks, non-ASCII. */
final class Gens {

  /** Pieces text is made of: plain words and every character a CSV or JSON writer must handle. */
  private static final List<String> PIECES = List.of(
      "peer", "duty", " ", ",", "\"", "\n", "\r\n", "\r", "\t", "'", ";", "=", "{x}", "{", "}", "\\", "é", "—", "naïve", "😀",
      "\u2028", "ß", "中文", "NA", "-1", "  ", "#");

  private static final List<String> RULE_IDS = List.of("ClinicalTaskAssignedToPeer", "SocialActivityByPeer", "LocalSelfCareCheck",
      "CaseloadOverThreshold", "UnknownRuleX");

  private Gens() {}

  /** Text of 0 to {@code max} pieces. */
  static Gen<String> text(int max) {
    Gen<Integer> count = integers().between(0, max);
    Gen<Integer> piece = integers().between(0, PIECES.size() - 1);
    return in -> {
      int n = count.generate(in);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(PIECES.get(piece.generate(in)));
      }
      return b.toString();
    };
  }

  static Gen<Finding> finding(DocumentType type, String subjectId) {
    Gen<String> words = text(8);
    Gen<Severity> severity = arbitrary().enumValues(Severity.class);
    Gen<StudyTheme> theme = arbitrary().enumValues(StudyTheme.class);
    Gen<ActivityCategory> category = arbitrary().enumValues(ActivityCategory.class);
    Gen<Verdict> verdict = arbitrary().enumValues(Verdict.class);
    Gen<Integer> small = integers().between(0, 4);
    Gen<Integer> offset = integers().between(0, 5000);
    Gen<Boolean> coin = arbitrary().pick(true, false);
    return in -> {
      Location location;
      String path = coin.generate(in) ? "" : "duties[" + small.generate(in) + "]";
      if (coin.generate(in)) {
        int start = offset.generate(in);
        location = Location.at(path, TextSpan.of(start, start + small.generate(in)));
      } else {
        location = Location.at(path);
      }
      Evidence.Builder evidence = Evidence.builder();
      if (coin.generate(in)) {
        evidence.quote(words.generate(in));
      }
      if (coin.generate(in)) {
        evidence.matchedPhrase(words.generate(in));
      }
      Set<ContextFlag> flags = EnumSet.noneOf(ContextFlag.class);
      for (ContextFlag f : ContextFlag.values()) {
        if (small.generate(in) == 0) {
          flags.add(f);
        }
      }
      evidence.context(flags);
      for (int i = small.generate(in); i > 0; i--) {
        evidence.putFact("fact" + i, words.generate(in));
      }
      Finding.Builder b = Finding.builder()
          .ruleId(RULE_IDS.get(small.generate(in)))
          .severity(severity.generate(in))
          .theme(theme.generate(in))
          .subjectType(type)
          .subjectId(subjectId)
          .location(location)
          .message(Message.of("{a} and {b}: " + words.generate(in), "a", words.generate(in), "b", words.generate(in)))
          .evidence(evidence.build())
          .suggestion(words.generate(in))
          .addCitation(Citation.of(SourceCatalog.ALMEIDA2020, "Results" + words.generate(in)));
      if (coin.generate(in)) {
        b.verdicts(NormComparison.builder().category(category.generate(in)).peerVerdict(verdict.generate(in))
            .clinicalVerdict(verdict.generate(in)).build());
      }
      return b.build();
    };
  }

  static Gen<Report> report() {
    Gen<DocumentType> type = arbitrary().enumValues(DocumentType.class);
    Gen<String> id = text(4);
    Gen<Integer> count = integers().between(0, 4);
    Gen<RuleOutcome.Result> result = arbitrary().enumValues(RuleOutcome.Result.class);
    return in -> {
      DocumentType t = type.generate(in);
      String subject = "doc-" + id.generate(in);
      Gen<Finding> finding = finding(t, subject);
      List<Finding> findings = new ArrayList<>();
      for (int i = count.generate(in); i > 0; i--) {
        findings.add(finding.generate(in));
      }
      List<RuleOutcome> outcomes = new ArrayList<>();
      for (int i = count.generate(in); i > 0; i--) {
        RuleOutcome.Result r = result.generate(in);
        outcomes.add(new RuleOutcome(RULE_IDS.get(i), r, r == RuleOutcome.Result.FINDING ? i : 0));
      }
      return new Report(t, subject, findings, outcomes);
    };
  }

  static Gen<List<Report>> reports() {
    Gen<Report> one = report();
    Gen<Integer> count = integers().between(0, 4);
    return in -> {
      List<Report> out = new ArrayList<>();
      for (int i = count.generate(in); i > 0; i--) {
        out.add(one.generate(in));
      }
      return out;
    };
  }
}
