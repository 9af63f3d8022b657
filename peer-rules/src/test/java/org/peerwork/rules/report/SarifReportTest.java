package org.peerwork.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerwork.model.testing.Tries.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Report;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.RuleOutcome;

class SarifReportTest {

  private static JsonNode tree(String sarif) throws IOException {
    return Schemas.MAPPER.readTree(sarif);
  }

  @Test
  void theBundledSchemaIsTheUneditedOfficialCopy() throws IOException, NoSuchAlgorithmException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("sarif-schema-2.1.0.json")) {
      bytes = in.readAllBytes();
    }
    String lf = new String(bytes, StandardCharsets.UTF_8).replace("\r", "");
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lf.getBytes(StandardCharsets.UTF_8)));
    assertThat(sha).isEqualTo("e620fa58e9610fe63f550ff9bd6f76d4d8c1df861f290710db22de4b77476a65");
    assertThat(lf).contains("\"title\": \"Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema\"");
  }

  @Test
  void logsOfRealAndHandBuiltReportsAreValidSarif210() {
    assertThat(Schemas.problems(Schemas.sarif(), SarifReport.standard().write(Fixtures.all()))).isEmpty();
    assertThat(Schemas.problems(Schemas.sarif(), SarifReport.standard().write(Fixtures.checkedExamples().get(0)))).isEmpty();
    assertThat(Schemas.problems(Schemas.sarif(), SarifReport.standard().write(List.of()))).isEmpty();
  }

  @Test
  void theSchemaCatchesAnInvalidLog() {
    String sarif = SarifReport.standard().write(Fixtures.all()).replace("\"level\": \"error\"", "\"level\": \"fatal\"");
    assertThat(Schemas.problems(Schemas.sarif(), sarif)).isNotEmpty();
  }

  @Test
  void theDriverDescribesEveryCatalogRule() throws IOException {
    JsonNode log = tree(SarifReport.standard().write(List.of()));
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode driver = log.at("/runs/0/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("peerwork");
    assertThat(driver.get("version").asText()).isEqualTo(SarifReport.TOOL_VERSION);
    List<RuleMetadata> rules = RuleCatalog.standard().metadata();
    assertThat(driver.get("rules")).hasSize(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      RuleMetadata m = rules.get(i);
      JsonNode d = driver.get("rules").get(i);
      assertThat(d.get("id").asText()).isEqualTo(m.getId());
      assertThat(d.at("/shortDescription/text").asText()).isEqualTo(m.getTitle());
      assertThat(d.at("/fullDescription/text").asText()).isEqualTo(m.getRationale());
      assertThat(d.at("/help/text").asText()).startsWith("Do instead: " + m.getSuggestion()).contains("Sources:\n- " + m.getCitations().get(0));
      assertThat(d.get("helpUri").asText()).isEqualTo("https://github.com/peerwork/peerwork/blob/main/docs/rules/" + m.getId() + ".md");
      assertThat(d.at("/defaultConfiguration/level").asText()).isEqualTo(m.getDefaultSeverity().sarifLevel());
      assertThat(d.at("/properties/tags").toString()).contains("theme " + m.getTheme().number() + ": " + m.getTheme().label());
      assertThat(d.at("/properties/theme").asText()).isEqualTo(m.getTheme().name());
    }
  }

  @Test
  void aRealFindingIsAResultWithRuleIndexLevelMessageLocationsAndProperties() throws IOException {
    Report report = Fixtures.checkedExamples().get(1);
    Finding f = report.findings().get(0);
    JsonNode result = tree(SarifReport.standard().write(report)).at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("ClinicalTaskAssignedToPeer");
    assertThat(result.get("ruleIndex").asInt()).isEqualTo(RuleCatalog.standard().ids().indexOf("ClinicalTaskAssignedToPeer"));
    assertThat(result.get("kind").asText()).isEqualTo("fail");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/message/text").asText()).isEqualTo(f.getMessage().getText());
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("task-assignment/coded-90791");
    assertThat(result.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    assertThat(result.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo("activity.codes[0]");
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("coded-90791#activity.codes[0]");
    assertThat(result.at("/properties/theme").asText()).isEqualTo("WORK_ROLE_AND_BOUNDARIES");
    assertThat(result.at("/properties/verdicts/peerVerdict").asText()).isEqualTo("OUT_OF_SCOPE");
    assertThat(result.at("/properties/verdicts/clinicalVerdict").asText()).isEqualTo("EXPECTED");
    assertThat(result.at("/properties/evidence/facts/code").asText()).isEqualTo("90791");
    assertThat(result.at("/properties/suggestion").asText()).isEqualTo(f.getSuggestion());
  }

  @Test
  void aTextSpanBecomesARegionWithCharOffsetLengthAndSnippet() throws IOException {
    JsonNode log = tree(SarifReport.standard().write(Fixtures.handBuilt()));
    assertThat(log.at("/runs/0/columnKind").asText()).isEqualTo("utf16CodeUnits");
    JsonNode result = log.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("LocalClinicalDutyCheck");
    assertThat(result.has("ruleIndex")).as("a rule the catalog does not know has no index").isFalse();
    JsonNode region = result.at("/locations/0/physicalLocation/region");
    assertThat(region.get("charOffset").asInt()).isEqualTo(14);
    assertThat(region.get("charLength").asInt()).isEqualTo(Fixtures.TRICKY.length());
    assertThat(region.at("/snippet/text").asText()).isEqualTo(Fixtures.TRICKY);
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("job-description/jd-7%2C%20%22night%22%20shift");
    assertThat(result.at("/properties/evidence/context").toString()).isEqualTo("[\"HYPOTHETICAL\",\"OTHER_ACTOR\"]");
    assertThat(log.at("/runs/0/results").findValuesAsText("level")).containsExactly("error", "none", "note", "warning", "none");
  }

  @Test
  void passOutcomesBecomePassResultsAndOtherOutcomesDoNot() throws IOException {
    List<Report> explained = Fixtures.explainedExamples();
    JsonNode results = tree(SarifReport.standard().write(explained)).at("/runs/0/results");
    long findings = explained.stream().mapToLong(r -> r.findings().size()).sum();
    long passes = explained.stream().flatMap(r -> r.outcomes().stream()).filter(o -> o.result() == RuleOutcome.Result.PASS).count();
    assertThat(passes).isPositive();
    assertThat(results).hasSize((int) (findings + passes));
    List<JsonNode> pass = new ArrayList<>();
    results.forEach(r -> {
      if (r.get("kind").asText().equals("pass")) {
        pass.add(r);
      }
    });
    assertThat(pass).hasSize((int) passes).allSatisfy(r -> {
      assertThat(r.get("level").asText()).isEqualTo("none");
      String title = RuleCatalog.standard().find(r.get("ruleId").asText()).orElseThrow().metadata().getTitle();
      assertThat(r.at("/message/text").asText()).startsWith(title + ": checked task assignment ").endsWith(", no finding");
      assertThat(r.at("/locations/0/logicalLocations/0/kind").asText()).isEqualTo("object");
    });
    JsonNode hand = tree(SarifReport.standard().write(Fixtures.handBuilt())).at("/runs/0/results");
    assertThat(hand.findValuesAsText("ruleId")).doesNotContain("WageBelowComparableRoles");
  }

  @Test
  void artifactUrisAndHelpPagesCanBeChosen() throws IOException {
    SarifReport s = SarifReport.standard().withArtifactUris(r -> "postings/" + r.subjectId() + ".txt")
        .withHelpUriBase("https://example.org/peerwork/rules/").withCatalog(RuleCatalog.standard());
    JsonNode log = tree(s.write(Fixtures.checkedExamples()));
    assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("postings/er-assessment.txt");
    assertThat(log.at("/runs/0/tool/driver/rules/0/helpUri").asText()).startsWith("https://example.org/peerwork/rules/");
    assertThatThrownBy(() -> SarifReport.standard().withHelpUriBase("docs/rules/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SarifReport.standard().withHelpUriBase("https://example.org/rules")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SarifReport.standard().withArtifactUris(r -> "").write(Fixtures.checkedExamples()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no artifact URI");
  }

  @Test
  void writingIsDeterministicAndTheSameThroughAWriter() {
    String once = SarifReport.standard().write(Fixtures.all());
    StringWriter w = new StringWriter();
    SarifReport.standard().write(Fixtures.all(), w);
    assertThat(w.toString()).isEqualTo(once).doesNotContain("\r");
    assertThat(SarifReport.standard().write(Fixtures.all())).isEqualTo(once);
  }

  @Test
  void generatedReportsGiveValidSarif() {
    qt().withExamples(60).forAll(Gens.reports()).checkAssert(reports -> {
      String sarif = SarifReport.standard().write(reports);
      assertThat(Schemas.problems(Schemas.sarif(), sarif)).isEmpty();
      assertThat(SarifReport.standard().write(reports)).isEqualTo(sarif);
    });
  }

  @Test
  void theToolVersionIsTheMavenProjectVersion() throws IOException {
    String pom = Files.readString(Repo.path("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>peerwork-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).isTrue();
    assertThat(SarifReport.TOOL_VERSION).as("SarifReport.TOOL_VERSION must follow the version in pom.xml").isEqualTo(m.group(1));
  }
}
