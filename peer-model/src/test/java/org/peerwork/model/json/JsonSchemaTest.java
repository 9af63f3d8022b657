package org.peerwork.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.testing.Generators;

/**
 * The JSON Schemas in {@code docs/schemas} are generated from the model and kept in the repository.
 * This test regenerates them and fails when a committed file is stale; run it with
 * {@code -Dpeerwork.updateSchemas=true} to rewrite them.
 */
class JsonSchemaTest {

  static final String UPDATE = "peerwork.updateSchemas";
  static final String HOW_TO_UPDATE = "./mvnw -q -pl peer-model -am test -Dtest=JsonSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true";

  private final ObjectMapper mapper = new ObjectMapper();

  /** The repository root: the first directory up from here that holds peer-model and a pom. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("peer-model")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException("no repository root above " + dir);
  }

  static Path schemaDir() {
    return repositoryRoot().resolve("docs").resolve("schemas");
  }

  static Path schemaFile(String name) {
    return schemaDir().resolve(name + ".schema.json");
  }

  @Test
  void committedSchemasAreUpToDate() throws IOException {
    boolean update = Boolean.getBoolean(UPDATE);
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, Class<? extends PeerDocument>> e : JsonSchemas.DOCUMENTS.entrySet()) {
      String generated = JsonSchemas.render(JsonSchemas.generate(e.getKey(), e.getValue()));
      Path file = schemaFile(e.getKey());
      String committed = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (generated.equals(committed)) {
        continue;
      }
      if (update) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      } else {
        stale.add(repositoryRoot().relativize(file).toString());
      }
    }
    assertThat(stale)
        .as("JSON Schemas out of date with the model: %s. Regenerate them with%n  %s%nand commit the result.", stale, HOW_TO_UPDATE)
        .isEmpty();
  }

  /** Schemas in the same folder that other modules own: the report format belongs to peer-rules. */
  private static final java.util.Set<String> OWNED_ELSEWHERE = java.util.Set.of("report.schema.json");

  @Test
  void noSchemaFileWithoutADocumentType() throws IOException {
    try (Stream<Path> files = Files.list(schemaDir())) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !OWNED_ELSEWHERE.contains(n)))
          .containsExactlyInAnyOrderElementsOf(JsonSchemas.DOCUMENTS.keySet().stream().map(n -> n + ".schema.json").toList());
    }
  }

  @Test
  void schemasListEnumsMarkRequiredPropertiesAndForbidOthers() throws IOException {
    JsonNode assignment = mapper.readTree(schemaFile("task-assignment").toFile());
    assertThat(assignment.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(assignment.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(assignment.path("required")).extracting(JsonNode::asText).containsExactly("activity", "assignee", "id");
    assertThat(assignment.path("$defs").path("Setting").path("enum")).extracting(JsonNode::asText).contains("EMERGENCY_DEPARTMENT", "COMMUNITY");
    assertThat(assignment.path("$defs").path("StaffMember").path("required")).extracting(JsonNode::asText).containsExactly("id", "role");
    assertThat(assignment.path("$defs").path("StaffMember").path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(assignment.path("populations").isMissingNode()).isTrue();
    assertThat(assignment.path("properties").path("populations").path("uniqueItems").asBoolean()).isTrue();
    assertThat(assignment.toString()).doesNotContain("\"null\"").doesNotContain("-nullable").doesNotContain("Def\"");
  }

  private JsonSchema load(String name) {
    try {
      JsonNode node = mapper.readTree(schemaFile(name).toFile());
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void generatedDocumentsValidateAgainstTheirSchema() {
    PeerJson json = PeerJson.standard();
    JsonSchemas.DOCUMENTS.forEach((name, type) -> {
      JsonSchema schema = load(name);
      qt().withExamples(60).forAll(Generators.documents(type)).checkAssert(doc -> {
        JsonNode node;
        try {
          node = mapper.readTree(json.write(doc));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        Set<ValidationMessage> errors = schema.validate(node);
        assertThat(errors).as("%s against %s.schema.json", doc, name).isEmpty();
      });
    });
  }

  @Test
  void theSchemaRejectsWhatTheStrictReaderRejects() throws IOException {
    JsonSchema schema = load("task-assignment");
    String good = PeerJson.standard().write(PeerJsonBadInputTest.assignment());
    assertThat(schema.validate(mapper.readTree(good))).isEmpty();
    for (String bad : List.of(
        good.replace("\"id\":\"t-1\"", "\"id\":\"t-1\",\"nmae\":1"),
        good.replace("EMERGENCY_DEPARTMENT", "SPACESHIP"),
        good.replace("\"id\":\"s-1\",", ""),
        good.replace("\"assignedBy\":\"CLINICIAN\"", "\"assignedBy\":null"),
        good.replace("\"crisis\":false", "\"crisis\":\"no\""),
        good.replace("\"id\":\"t-1\"", "\"id\":\"\""),
        good.replace("\"populations\":[]", "\"populations\":[\"TRAUMA_HISTORY\",\"TRAUMA_HISTORY\"]"),
        good.replace("2020-03-02T10:00:00", "yesterday"))) {
      assertThat(schema.validate(mapper.readTree(bad))).as(bad).isNotEmpty();
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PeerJson.standard().readValid(bad, org.peerwork.model.assignment.TaskAssignment.class)))
          .as("PeerJson too: %s", bad).isNotNull();
    }
  }
}
