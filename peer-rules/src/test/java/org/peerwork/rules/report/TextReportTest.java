package org.peerwork.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Policy;

class TextReportTest {

  private static final RuleMetadata CLINICAL = RuleCatalog.standard().find("ClinicalTaskAssignedToPeer").orElseThrow().metadata();

  @Test
  void aRealFindingReadsLikeAViolatedRuleWithWhereWhatWhyEvidenceNormsFixAndSources() {
    Report report = Fixtures.checkedExamples().get(0);
    Finding f = report.findings().get(0);
    String text = TextReport.full().render(report);

    assertThat(text).startsWith("peerwork report: task assignment er-assessment\n");
    assertThat(text).contains("1 finding: 1 error, 0 warnings, 0 notes");
    assertThat(text).contains("Theme 1. Work role and boundaries (1 finding)");
    assertThat(text).contains("ERROR  Rule 'ClinicalTaskAssignedToPeer: Clinical task assigned to a peer' was violated");
    assertThat(text).contains("at:         activity.category\n");
    assertThat(text).contains("what:       " + f.getMessage().getText() + "\n");
    assertThat(text).contains("because:    Peers do not diagnose, assess clinically, treat or manage medication: peer support is non-clinical and complementary.\n");
    assertThat(text).contains("evidence:   category=CLINICAL_ASSESSMENT\n");
    assertThat(text).contains("norms:      Clinical assessment: peer norms: out of scope / clinical norms: expected\n");
    assertThat(text).contains("Do instead: " + CLINICAL.getSuggestion() + "\n");
    for (var c : CLINICAL.getCitations()) {
      assertThat(text).contains(c.getSourceId() + ", " + c.getLocator() + "\n");
    }
    assertThat(text).contains("Summary\n  findings:    1\n  by severity: 1 error, 0 warnings, 0 notes\n  by rule:     ClinicalTaskAssignedToPeer 1\n");
    assertThat(text).contains("  by theme:    1. Work role and boundaries 1\n               2. Hiring 0\n");
    assertThat(text).doesNotContain("\r").endsWith("\n");
  }

  @Test
  void everyFieldOfAHandBuiltTextFindingIsShown() {
    Report report = Fixtures.handBuilt().get(0);
    String text = TextReport.full().render(report);

    assertThat(text).contains("peerwork report: job description jd-7, \"night\" shift\n");
    assertThat(text).contains("ERROR  Rule 'ClinicalDutyLocalCheck' was violated\n");
    assertThat(text).contains("at:         duties[2] [14, 105)\n");
    // the message's own line break continues under the text, indented
    assertThat(text).contains("what:       The duty \"Diagnoses \"co-occurring\" disorders, writes the plan,\n"
        + "                  and runs café groups — naïve façade 😀\" is Diagnosis, in a peer role\n");
    assertThat(text).contains("matched \"diagnose\"; context: hypothetical, other actor; category=DIAGNOSIS, line=3\n");
    assertThat(text).contains("norms:      Diagnosis: peer norms: out of scope / clinical norms: expected\n");
    assertThat(text).contains("Do instead: Give diagnosis to a clinician; the peer \"links\", accompanies,\n"
        + "                  and shares lived experience.\n");
    assertThat(text).contains("sources:    ALMEIDA2020, Results: Peer Work Role and Boundaries\n"
        + "                  SAMHSA2012, A peer does not diagnose, assess or treat\n");
    assertThat(text).contains("Rules checked (3)\n"
        + "  ClinicalDutyLocalCheck: 1 finding\n"
        + "  LivedExperienceNotRequired: checked, no finding\n"
        + "  WageBelowComparableRoles: disabled by the policy\n");
  }

  @Test
  void aSocialActivityNoteShowsBothVerdictsAndIsNotCalledAViolation() {
    String text = TextReport.full().render(Fixtures.handBuilt().get(1));
    assertThat(text).contains("INFO  Rule 'SocialActivityByPeer' notes (no change required)\n");
    assertThat(text).contains("norms:      Social activity: peer norms: permitted / clinical norms: prohibited\n");
    assertThat(text).contains("0 errors, 0 warnings, 1 note");
  }

  @Test
  void findingsAreGroupedByThemeInTheStudysOrderWhateverTheReportOrder() {
    Finding training = Fixtures.documentFinding().withSubjectId("mixed");
    Finding role = Fixtures.socialFinding().withSubjectId("mixed");
    Report report = new Report(DocumentType.TRAINING_PLAN, "mixed", List.of(training, role), List.of());
    String text = TextReport.full().render(report);
    int theme1 = text.indexOf("Theme 1. Work role and boundaries (1 finding)");
    int theme6 = text.indexOf("Theme 6. Training needs (1 finding)");
    assertThat(theme1).isPositive();
    assertThat(theme6).isGreaterThan(theme1);
    assertThat(text.indexOf("SocialActivityByPeer")).isBetween(theme1, theme6);
    assertThat(text.indexOf("at:         (document)")).isGreaterThan(theme6);
    assertThat(text).doesNotContain("Theme 2.").doesNotContain("Theme 3.");
  }

  @Test
  void aCleanReportSaysSoAndExplainedOutcomesSayCheckedNoFinding() {
    Report clean = Fixtures.explainedExamples().get(2);
    String text = TextReport.full().render(clean);
    assertThat(text).contains("0 findings: 0 errors, 0 warnings, 0 notes\n\nNo findings.\n");
    assertThat(text).contains("Rules checked (" + clean.outcomes().size() + ")\n");
    assertThat(text).contains("  ClinicalTaskAssignedToPeer: checked, no finding\n");
    assertThat(text).contains("  by rule:     none\n");
    assertThat(TextReport.full().render(Fixtures.checkedExamples().get(2))).doesNotContain("Rules checked");
  }

  @Test
  void manyReportsGetOneHeaderEachAndOneSummaryOverAll() {
    List<Report> reports = Fixtures.all();
    String text = TextReport.full().render(reports);
    for (Report r : reports) {
      assertThat(text).contains("peerwork report: " + r.subjectType().label() + " " + r.subjectId() + "\n");
    }
    int total = reports.stream().mapToInt(r -> r.findings().size()).sum();
    long clean = reports.stream().filter(Report::isClean).count();
    assertThat(text).contains("Summary (" + reports.size() + " documents)\n  findings:    " + total + "\n");
    assertThat(text).contains("  clean:       " + clean + " of " + reports.size() + " documents\n");
    assertThat(text).contains("  by rule:     ClinicalDutyLocalCheck 1\n               ClinicalTaskAssignedToPeer 4\n");
    assertThat(text).contains("6. Training needs 1\n");
    assertThat(text.split("\nSummary", -1)).hasSize(2);
  }

  @Test
  void aPolicySeverityOverrideIsExplained() {
    PeerChecks lenient = PeerChecks.standard().withPolicy(Policy.builder().putSeverityOverride("ClinicalTaskAssignedToPeer", Severity.WARNING).build());
    TaskAssignment er = Fixtures.clinicalExamples().get(0);
    String text = TextReport.full().render(lenient.check(er));
    assertThat(text).contains("WARNING  Rule 'ClinicalTaskAssignedToPeer: Clinical task assigned to a peer' was violated");
    assertThat(text).contains("severity:   WARNING by the policy (default ERROR)\n");
  }

  @Test
  void compactIsOneLinePerFindingThenASummaryLine() {
    List<Report> reports = Fixtures.all();
    String text = TextReport.compact().render(reports);
    List<String> lines = text.lines().toList();
    int findings = reports.stream().mapToInt(r -> r.findings().size()).sum();
    assertThat(lines).hasSize(findings + 1);
    assertThat(lines.get(0)).isEqualTo("ERROR [ClinicalTaskAssignedToPeer] task assignment er-assessment, activity.category: "
        + "Clinical assessment is clinical work, assigned to a peer support specialist; peer norms: out of scope");
    assertThat(lines).contains("ERROR [ClinicalDutyLocalCheck] job description jd-7, \"night\" shift, duties[2] [14, 105): "
        + "The duty \"Diagnoses \"co-occurring\" disorders, writes the plan, and runs café groups — naïve façade 😀\" is Diagnosis, in a peer role");
    assertThat(lines).contains("WARNING [LocalSelfCareCheck] training plan plan-2026, (document): The plan has no self-care training");
    assertThat(lines.get(lines.size() - 1)).isEqualTo(reports.size() + " documents, " + findings + " findings: 5 errors, 1 warning, 1 note");
    assertThat(TextReport.compact().render(Fixtures.checkedExamples().get(3))).isEqualTo("1 document, 0 findings: 0 errors, 0 warnings, 0 notes\n");
  }

  @Test
  void renderingIsDeterministicAndTheSameThroughAnAppendable() {
    List<Report> reports = Fixtures.all();
    for (TextReport style : List.of(TextReport.full(), TextReport.compact())) {
      String once = style.render(reports);
      StringBuilder out = new StringBuilder();
      style.render(reports, out);
      assertThat(style.render(Fixtures.all())).isEqualTo(once);
      assertThat(out.toString()).isEqualTo(once);
      assertThat(style.render(reports.get(0))).isEqualTo(style.render(List.of(reports.get(0))));
    }
  }

  @Test
  void anotherCatalogGivesTitlesOnlyForTheRulesItKnows() {
    TextReport t = TextReport.full().withCatalog(RuleCatalog.standard());
    assertThat(t.isCompact()).isFalse();
    assertThat(t.render(Fixtures.handBuilt().get(2))).contains("WARNING  Rule 'LocalSelfCareCheck' was violated").doesNotContain("because:");
  }

  @Test
  void aFailingWriterIsAnUncheckedIoError() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> TextReport.full().render(Fixtures.checkedExamples().get(0), broken))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("writing the report failed");
  }
}
