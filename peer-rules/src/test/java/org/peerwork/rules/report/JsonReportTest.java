package org.peerwork.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerwork.model.testing.Tries.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.json.JsonLimits;
import org.peerwork.model.json.JsonProblem;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Report;
import org.peerwork.rules.RuleOutcome;
import org.peerwork.rules.Severity;

class JsonReportTest {

  private final JsonReport json = JsonReport.pretty();

  @Test
  void everyFixtureReportReadsBackEqualInBothStyles() {
    for (Report r : Fixtures.all()) {
      for (JsonReport style : List.of(JsonReport.compact(), JsonReport.pretty())) {
        String text = style.write(r);
        Report back = style.read(text);
        assertThat(back).isEqualTo(r);
        assertThat(back.findings()).isEqualTo(r.findings());
        assertThat(back.outcomes()).isEqualTo(r.outcomes());
        assertThat(style.write(back)).isEqualTo(text);
      }
    }
  }

  @Test
  void aReportSetReadsBackEqualAndASingleReportReadsAsAListOfOne() {
    List<Report> all = Fixtures.all();
    assertThat(json.readAll(json.writeAll(all))).isEqualTo(all);
    assertThat(json.readAll(json.writeAll(List.of()))).isEmpty();
    Report one = Fixtures.handBuilt().get(0);
    assertThat(json.readAll(json.write(one))).containsExactly(one);
    assertThat(json.readAll(new StringReader(json.writeAll(all)))).isEqualTo(all);
    assertThat(json.read(new StringReader(json.write(one)))).isEqualTo(one);
  }

  @Test
  void theDocumentCarriesFormatVersionSubjectFindingsCountsAndOutcomes() throws IOException {
    Report r = Fixtures.handBuilt().get(0);
    JsonNode doc = Schemas.MAPPER.readTree(json.write(r));
    assertThat(fieldNames(doc)).containsExactly("format", "schemaVersion", "subject", "findings", "counts", "outcomes");
    assertThat(doc.get("format").asText()).isEqualTo("peerwork-report");
    assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.at("/subject/type").asText()).isEqualTo("JOB_DESCRIPTION");
    assertThat(doc.at("/subject/id").asText()).isEqualTo("jd-7, \"night\" shift");
    JsonNode f = doc.at("/findings/0");
    assertThat(fieldNames(f)).containsExactly("ruleId", "severity", "theme", "subjectType", "subjectId", "location", "message", "evidence",
        "verdicts", "suggestion", "citations");
    assertThat(f.at("/location/span/start").asInt()).isEqualTo(14);
    assertThat(f.at("/location/span/end").asInt()).isEqualTo(105);
    assertThat(f.at("/evidence/quote").asText()).isEqualTo(Fixtures.TRICKY);
    assertThat(f.at("/evidence/context/1").asText()).isEqualTo("OTHER_ACTOR");
    assertThat(f.at("/verdicts/peerVerdict").asText()).isEqualTo("OUT_OF_SCOPE");
    assertThat(f.at("/message/arguments/category").asText()).isEqualTo("Diagnosis");
    assertThat(fieldNames(doc.at("/counts/bySeverity"))).containsExactly("ERROR", "WARNING", "INFO");
    assertThat(fieldNames(doc.at("/counts/byTheme"))).containsExactly(Arrays.stream(StudyTheme.values()).map(Enum::name).toArray(String[]::new));
    assertThat(doc.at("/counts/byRule/LocalClinicalDutyCheck").asInt()).isEqualTo(1);
    assertThat(doc.at("/outcomes/2/result").asText()).isEqualTo("DISABLED");

    JsonNode set = Schemas.MAPPER.readTree(json.writeAll(Fixtures.handBuilt()));
    assertThat(fieldNames(set)).containsExactly("format", "schemaVersion", "reports", "counts");
    assertThat(set.at("/counts/reports").asInt()).isEqualTo(4);
    assertThat(set.at("/counts/total").asInt()).isEqualTo(3);
    assertThat(set.at("/counts/bySeverity/WARNING").asInt()).isEqualTo(1);
    assertThat(fieldNames(set.at("/reports/0"))).containsExactly("subject", "findings", "counts", "outcomes");
  }

  @Test
  void writtenDocumentsAreValidAgainstTheCommittedSchema() {
    for (Report r : Fixtures.all()) {
      assertThat(Schemas.problems(Schemas.report(), JsonReport.compact().write(r))).as(r.toString()).isEmpty();
    }
    assertThat(Schemas.problems(Schemas.report(), json.writeAll(Fixtures.all()))).isEmpty();
    assertThat(Schemas.problems(Schemas.report(), json.writeAll(List.of()))).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheFormatDoesNotAllow() throws IOException {
    ObjectNode doc = (ObjectNode) Schemas.MAPPER.readTree(json.write(Fixtures.handBuilt().get(0)));
    ((ObjectNode) doc.at("/findings/0")).put("score", 3);
    assertThat(Schemas.problems(Schemas.report(), doc.toString())).isNotEmpty();
    ObjectNode wrongSeverity = (ObjectNode) Schemas.MAPPER.readTree(json.write(Fixtures.handBuilt().get(0)));
    ((ObjectNode) wrongSeverity.at("/findings/0")).put("severity", "FATAL");
    assertThat(Schemas.problems(Schemas.report(), wrongSeverity.toString())).isNotEmpty();
  }

  @Test
  void theSchemaListsExactlyTheJavaVocabularies() {
    JsonNode defs = Schemas.reportSchemaTree().get("$defs");
    assertThat(enumOf(defs, "severity")).isEqualTo(names(Severity.values()));
    assertThat(enumOf(defs, "theme")).isEqualTo(names(StudyTheme.values()));
    assertThat(enumOf(defs, "documentType")).isEqualTo(names(DocumentType.values()));
    assertThat(enumOf(defs, "contextFlag")).isEqualTo(names(ContextFlag.values()));
    assertThat(enumOf(defs, "verdict")).isEqualTo(names(Verdict.values()));
    assertThat(enumOf(defs, "activityCategory")).isEqualTo(names(ActivityCategory.values()));
    List<String> results = new ArrayList<>();
    defs.at("/outcome/properties/result/enum").forEach(n -> results.add(n.asText()));
    assertThat(results).isEqualTo(names(RuleOutcome.Result.values()));
    assertThat(fieldNames(defs.at("/severityCounts/properties"))).isEqualTo(names(Severity.values()));
    assertThat(fieldNames(defs.at("/themeCounts/properties"))).isEqualTo(names(StudyTheme.values()));
  }

  @Test
  void theFormatPageDocumentsEverySchemaProperty() throws IOException {
    String page = Files.readString(Repo.path("docs/report-format.md"));
    TreeSet<String> properties = new TreeSet<>();
    Schemas.reportSchemaTree().get("$defs").forEach(def -> {
      if (def.has("properties")) {
        def.get("properties").fieldNames().forEachRemaining(properties::add);
      }
    });
    for (String p : properties) {
      assertThat(page).as("docs/report-format.md documents property %s", p).contains("`" + p + "`");
    }
  }

  @Test
  void readingIsStrictAndNamesThePlace() {
    String good = JsonReport.compact().write(Fixtures.handBuilt().get(0));
    assertProblem(good.replace("\"ruleId\":\"LocalClinicalDutyCheck\"", "\"ruleId\":\"LocalClinicalDutyCheck\",\"score\":3"),
        JsonProblem.UNKNOWN_PROPERTY, "$.findings[0].score");
    assertProblem(good.replace("\"severity\":\"ERROR\"", "\"severity\":\"FATAL\""), JsonProblem.UNKNOWN_ENUM_VALUE, "$.findings[0].severity");
    assertProblem(good.replace("\"schemaVersion\":1", "\"schemaVersion\":2"), JsonProblem.INVALID_VALUE, "$")
        .hasMessageContaining("schemaVersion 2 is not supported");
    assertProblem(good.replace("\"format\":\"peerwork-report\"", "\"format\":\"peerwork-report-set\""), JsonProblem.INVALID_VALUE, "$")
        .hasMessageContaining("format must be \"peerwork-report\"");
    assertProblem(good.replace("\"total\":1", "\"total\":2"), JsonProblem.INVALID_VALUE, "$").hasMessageContaining("counts.total is 2");
    assertProblem(good.replace("\"ERROR\":1,\"WARNING\":0", "\"ERROR\":0,\"WARNING\":1"), JsonProblem.INVALID_VALUE, "$")
        .hasMessageContaining("counts.bySeverity does not match");
    assertProblem(good.replace(",\"outcomes\":[", ",\"outcomez\":["), JsonProblem.NULL_VALUE, "$.outcomes");
    assertProblem(good.replace(",\"outcomes\":[", ",\"extra\":true,\"outcomes\":["), JsonProblem.UNKNOWN_PROPERTY, "$.extra");
    assertProblem(good.substring(0, good.indexOf(",\"counts\"") + 1), JsonProblem.TRUNCATED, null);
    assertThatThrownBy(() -> JsonReport.compact().read(good.substring(0, good.length() / 2))).isInstanceOf(PeerJsonException.class);
    assertProblem("", JsonProblem.EMPTY, "$");
    String set = JsonReport.compact().writeAll(Fixtures.handBuilt());
    assertThatThrownBy(() -> JsonReport.compact().read(set)).isInstanceOf(PeerJsonException.class);
    assertThatThrownBy(() -> JsonReport.compact().readAll(set.replace("\"reports\":4", "\"reports\":5")))
        .isInstanceOf(PeerJsonException.class).hasMessageContaining("counts.reports is 5 but there are 4 reports");
  }

  @Test
  void aLongSetCanBeReadWithWiderLimits() {
    String set = JsonReport.compact().writeAll(Fixtures.all());
    JsonReport tight = JsonReport.compact().withLimits(new JsonLimits(100, 64, 1000));
    assertThatThrownBy(() -> tight.readAll(set)).isInstanceOf(PeerJsonException.class)
        .extracting(e -> ((PeerJsonException) e).problem()).isEqualTo(JsonProblem.TOO_LARGE);
    assertThat(JsonReport.compact().withLimits(new JsonLimits(set.length(), 64, 1000)).readAll(set)).isEqualTo(Fixtures.all());
  }

  @Test
  void writingToAWriterGivesTheSameTextAndPrettyUsesLineFeedsOnly() {
    List<Report> all = Fixtures.all();
    StringWriter w = new StringWriter();
    json.writeAll(all, w);
    assertThat(w.toString()).isEqualTo(json.writeAll(all)).doesNotContain("\r\n").contains("\n  \"reports\": [\n");
    StringWriter one = new StringWriter();
    JsonReport.compact().write(all.get(0), one);
    assertThat(one.toString()).isEqualTo(JsonReport.compact().write(all.get(0))).doesNotContain("\n");
    assertThat(json.toString()).contains("pretty");
  }

  @Test
  void generatedReportsRoundTripAndValidate() {
    qt().withExamples(150).forAll(Gens.reports()).checkAssert(reports -> {
      String text = JsonReport.compact().writeAll(reports);
      assertThat(JsonReport.compact().readAll(text)).isEqualTo(reports);
      assertThat(JsonReport.compact().writeAll(reports)).isEqualTo(text);
      assertThat(Schemas.problems(Schemas.report(), text)).isEmpty();
      for (Report r : reports) {
        assertThat(json.read(json.write(r))).isEqualTo(r);
      }
    });
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertProblem(String text, JsonProblem problem, String path) {
    var a = assertThatThrownBy(() -> JsonReport.compact().read(text)).isInstanceOf(PeerJsonException.class);
    a.extracting(e -> ((PeerJsonException) e).problem()).as(text).isEqualTo(problem);
    if (path != null) {
      a.extracting(e -> ((PeerJsonException) e).path()).isEqualTo(path);
    }
    return a;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> enumOf(JsonNode defs, String name) {
    List<String> out = new ArrayList<>();
    defs.get(name).get("enum").forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
