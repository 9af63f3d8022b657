package org.peerwork.model.json;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.evidence.Vocabulary;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.organization.Agency;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.workplace.WorkplacePolicy;

/**
 * Generates the JSON Schema (draft 2020-12) of each document type from the model, with victools
 * jsonschema-generator: properties from the values' JavaBeans getters (where the Bean Validation
 * constraints sit), enums listed by name, required properties marked, no additional properties
 * (as {@link PeerJson} reads strictly), no nulls.
 */
final class JsonSchemas {

  /** The document types, by schema file name (without {@code .schema.json}). */
  static final Map<String, Class<? extends PeerDocument>> DOCUMENTS = new LinkedHashMap<>();

  static {
    DOCUMENTS.put("task-assignment", TaskAssignment.class);
    DOCUMENTS.put("roster", Roster.class);
    DOCUMENTS.put("job-description", JobDescription.class);
    DOCUMENTS.put("hiring-plan", HiringPlan.class);
    DOCUMENTS.put("supervision-arrangement", SupervisionArrangement.class);
    DOCUMENTS.put("training-plan", TrainingPlan.class);
    DOCUMENTS.put("workplace-policy", WorkplacePolicy.class);
    DOCUMENTS.put("incident-review", IncidentReview.class);
    DOCUMENTS.put("agency", Agency.class);
  }

  static final String BASE_ID = "https://github.com/peerwork/peerwork/blob/main/docs/schemas/";

  private JsonSchemas() {}

  /** The written form of a schema: indented, keys in a stable order, ending in a newline. */
  static String render(ObjectNode schema) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema).replace("\r\n", "\n") + "\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The schema of one document type. */
  static ObjectNode generate(String name, Class<?> documentType) {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS)
        .without(Option.NULLABLE_FIELDS_BY_DEFAULT, Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT)
        .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
    b.forMethods()
        .withIgnoreCheck(m -> !isProperty(m.getRawMember()))
        .withRequiredCheck(m -> isRequired(m.getRawMember()));
    b.forFields().withIgnoreCheck(f -> true);
    b.forTypesInGeneral()
        .withArrayUniqueItemsResolver(scope -> Set.class.isAssignableFrom(scope.getType().getErasedType()) ? Boolean.TRUE : null)
        .withDescriptionResolver(scope -> describeVocabulary(scope.getType().getErasedType()));
    b.forTypesInGeneral().withCustomDefinitionProvider(new ModelTypes());
    SchemaGenerator generator = new SchemaGenerator(b.build());
    ObjectNode schema = generator.generateSchema(documentType);
    ObjectNode out = schema.objectNode();
    out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    out.put("$id", BASE_ID + name + ".schema.json");
    out.put("title", documentType.getSimpleName());
    out.put("description", "A peerwork " + documentType.getSimpleName() + " document, as org.peerwork.model.json.PeerJson reads and writes it. Generated from the model; do not edit.");
    schema.remove("$schema");
    out.setAll(schema);
    dropNullability(out);
    return out;
  }

  /**
   * PeerJson never writes null and never reads it: an absent optional value is left out. The
   * generator marks Optionals as nullable; take that back.
   */
  private static void dropNullability(ObjectNode root) {
    ObjectNode defs = (ObjectNode) root.get("$defs");
    if (defs != null) {
      List<String> nullable = new ArrayList<>();
      defs.fieldNames().forEachRemaining(n -> {
        if (n.endsWith("-nullable")) {
          nullable.add(n);
        }
      });
      nullable.forEach(defs::remove);
    }
    dropNullability((JsonNode) root);
  }

  private static void dropNullability(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode type = o.get("type");
      if (type instanceof ArrayNode types) {
        List<JsonNode> kept = new ArrayList<>();
        types.forEach(t -> {
          if (!"null".equals(t.asText())) {
            kept.add(t);
          }
        });
        if (kept.size() == 1) {
          o.set("type", kept.get(0));
        } else {
          o.set("type", o.arrayNode().addAll(kept));
        }
      }
      JsonNode ref = o.get("$ref");
      if (ref != null && ref.asText().endsWith("-nullable")) {
        o.put("$ref", ref.asText().substring(0, ref.asText().length() - "-nullable".length()));
      }
      o.elements().forEachRemaining(JsonSchemas::dropNullability);
    } else if (node instanceof ArrayNode a) {
      a.elements().forEachRemaining(JsonSchemas::dropNullability);
    }
  }

  /** For a closed vocabulary: each value with its label, so the schema reads as documentation. */
  private static String describeVocabulary(Class<?> type) {
    if (!type.isEnum() || !Vocabulary.class.isAssignableFrom(type)) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (Object c : type.getEnumConstants()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(((Enum<?>) c).name()).append(": ").append(((Vocabulary) c).label());
    }
    return b.toString();
  }

  /**
   * Java time values as PeerJson writes them, and each generated value {@code Foo} described by its
   * {@code FooDef}, whose getters carry the constraints.
   */
  private static final class ModelTypes implements CustomDefinitionProviderV2 {
    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
      Class<?> raw = type.getErasedType();
      if (raw == LocalDate.class) {
        return inline(context.getGeneratorConfig().createObjectNode().put("type", "string").put("format", "date"));
      }
      if (raw == LocalDateTime.class) {
        return inline(context.getGeneratorConfig().createObjectNode().put("type", "string")
            .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$")
            .put("description", "a local date-time without offset, e.g. 2020-11-26T09:30"));
      }
      if (raw == LocalTime.class) {
        return inline(context.getGeneratorConfig().createObjectNode().put("type", "string")
            .put("pattern", "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$")
            .put("description", "a local time, e.g. 09:00"));
      }
      Class<?> def = defOf(raw);
      if (def == null) {
        return null;
      }
      return new CustomDefinition(context.createStandardDefinition(context.getTypeContext().resolve(def), this));
    }

    private static CustomDefinition inline(ObjectNode node) {
      return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }
  }

  /** The package-private {@code FooDef} a generated value {@code Foo} comes from, if any. */
  static Class<?> defOf(Class<?> c) {
    if (!c.getName().startsWith("org.peerwork.model.") || c.isEnum()) {
      return null;
    }
    try {
      return Class.forName(c.getName() + "Def", false, c.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** A JSON property: a JavaBeans getter of a Def class, not ignored. */
  static boolean isProperty(Method m) {
    String n = m.getName();
    boolean getter = (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3)))
        || (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2)));
    return getter && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
        && !n.equals("getClass") && m.getAnnotation(JsonIgnore.class) == null
        && m.getDeclaringClass().getName().startsWith("org.peerwork.model.");
  }

  /** Required: abstract (no default), not Optional, not a collection. */
  static boolean isRequired(Method m) {
    return Modifier.isAbstract(m.getModifiers())
        && !Optional.class.isAssignableFrom(m.getReturnType())
        && !Collection.class.isAssignableFrom(m.getReturnType());
  }
}
