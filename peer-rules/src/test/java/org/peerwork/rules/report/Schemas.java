package org.peerwork.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/** The JSON schemas the tests validate emitted documents against, loaded once, offline. */
final class Schemas {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private Schemas() {}

  /** docs/schemas/report.schema.json, the committed schema of {@link JsonReport}'s format. */
  static JsonSchema report() {
    return ReportHolder.SCHEMA;
  }

  /** The official SARIF 2.1.0 schema bundled as a test resource (see sarif-schema-2.1.0.source.txt). */
  static JsonSchema sarif() {
    return SarifHolder.SCHEMA;
  }

  private static final class ReportHolder {
    static final JsonSchema SCHEMA = load(SpecVersion.VersionFlag.V202012, () -> Files.newInputStream(Repo.path("docs/schemas/report.schema.json")));
  }

  private static final class SarifHolder {
    static final JsonSchema SCHEMA = load(SpecVersion.VersionFlag.V7, () -> Schemas.class.getResourceAsStream("sarif-schema-2.1.0.json"));
  }

  interface Opener {
    InputStream open() throws IOException;
  }

  private static JsonSchema load(SpecVersion.VersionFlag version, Opener opener) {
    try (InputStream in = opener.open()) {
      if (in == null) {
        throw new IllegalStateException("schema not found");
      }
      return JsonSchemaFactory.getInstance(version).getSchema(in, STRICT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about a JSON text, as readable lines; empty when valid. */
  static List<String> problems(JsonSchema schema, String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      Set<ValidationMessage> messages = schema.validate(node);
      return messages.stream().map(ValidationMessage::toString).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed report schema as a tree. */
  static JsonNode reportSchemaTree() {
    try {
      return MAPPER.readTree(Files.readString(Repo.path("docs/schemas/report.schema.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
