package org.peerwork.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes every peerwork document type as JSON. One instance is immutable and safe to
 * share; build it once.
 *
 * <p>Reading is strict: an unknown property, an unknown enum value, a missing required field, a
 * null, a wrong type, a duplicate key, malformed or truncated JSON, a document over the size limit
 * or nested deeper than the depth limit each raise a {@link PeerJsonException} naming the problem,
 * the JSON path, the line and column and, for a closed vocabulary, the allowed values. Nothing is
 * dropped or guessed.
 *
 * <pre>{@code
 * PeerJson json = PeerJson.standard();
 * TaskAssignment a = json.read(text, TaskAssignment.class);
 * String out = json.write(a);
 * }</pre>
 */
public final class PeerJson {

  private static final PeerJson STANDARD = new PeerJson(JsonLimits.DEFAULT);
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  private final JsonLimits limits;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;

  private PeerJson(JsonLimits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(100)
            .build())
        // bytes and text carry the same JSON: an emoji is written as itself, not as escaped surrogates
        .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
    factory.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
    this.mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
    this.writer = mapper.writer();
    this.prettyWriter = mapper.writerWithDefaultPrettyPrinter();
  }

  /** The reader and writer with the default {@link JsonLimits}. */
  public static PeerJson standard() {
    return STANDARD;
  }

  /** A reader and writer with other limits. */
  public static PeerJson withLimits(JsonLimits limits) {
    return new PeerJson(Objects.requireNonNull(limits, "limits"));
  }

  /** The limits this instance reads within. */
  public JsonLimits limits() {
    return limits;
  }

  /** Reads a document of {@code type} from text. */
  public <T> T read(String json, Class<T> type) {
    requireArgs(json, type);
    if (json.length() > limits.maxDocumentBytes()) {
      throw new PeerJsonException(JsonProblem.TOO_LARGE, "$", 0, 0, List.of(),
          "document of " + json.length() + " characters is over the limit of " + limits.maxDocumentBytes(), null);
    }
    if (json.isBlank()) {
      throw new PeerJsonException(JsonProblem.EMPTY, "$", 0, 0, List.of(), "the document is empty", null);
    }
    try {
      return reader(type).readValue(json);
    } catch (IOException | RuntimeException e) {
      throw translate(e, type);
    }
  }

  /** Reads a document of {@code type} from UTF-8 (or UTF-16/32 with a byte order mark) bytes. */
  public <T> T read(byte[] json, Class<T> type) {
    requireArgs(json, type);
    return read(new ByteArrayInputStream(json), type);
  }

  /** Reads a document of {@code type} from a stream; the caller closes the stream. */
  public <T> T read(InputStream json, Class<T> type) {
    requireArgs(json, type);
    try {
      return reader(type).readValue(json);
    } catch (IOException | RuntimeException e) {
      throw translate(e, type);
    }
  }

  /** Reads a document of {@code type} from a character stream; the caller closes it. */
  public <T> T read(Reader json, Class<T> type) {
    requireArgs(json, type);
    try {
      return reader(type).readValue(json);
    } catch (IOException | RuntimeException e) {
      throw translate(e, type);
    }
  }

  /** Reads a document and checks its Bean Validation constraints; a violation is a {@link JsonProblem#CONSTRAINT_VIOLATION}. */
  public <T> T readValid(String json, Class<T> type) {
    T value = read(json, type);
    List<org.peerwork.model.validation.ConstraintProblem> problems = org.peerwork.model.validation.PeerValidation.validate(value);
    if (!problems.isEmpty()) {
      org.peerwork.model.validation.ConstraintProblem first = problems.get(0);
      throw new PeerJsonException(JsonProblem.CONSTRAINT_VIOLATION, first.path().isEmpty() ? "$" : "$." + first.path(), 0, 0, List.of(),
          problems.size() == 1 ? first.message() : first.message() + " (and " + (problems.size() - 1) + " more: " + problems.subList(1, problems.size()) + ")", null);
    }
    return value;
  }

  /**
   * Reads newline-delimited JSON: one document of {@code type} per line. Each line is read on its
   * own, so a bad line is reported with its line number and the good lines around it are still
   * read. The caller closes the reader.
   */
  public <T> NdjsonReader<T> readLines(Reader ndjson, Class<T> type) {
    requireArgs(ndjson, type);
    return new NdjsonReader<>(this, ndjson, type);
  }

  /** Writes a value as compact JSON. */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a value as indented JSON. */
  public String writePretty(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return prettyWriter.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a value as compact JSON to a stream; the caller closes it. */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(new NonClosingOutputStream(out), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value as compact JSON to a character stream; the caller closes it. */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A copy of the configured Jackson mapper, for callers who embed peerwork values in their own
   * documents. Changing the copy does not change this instance.
   */
  public ObjectMapper copyOfMapper() {
    return mapper.copy();
  }

  private ObjectReader reader(Class<?> type) {
    return mapper.readerFor(type);
  }

  private static void requireArgs(Object json, Class<?> type) {
    if (json == null) {
      throw new PeerJsonException(JsonProblem.EMPTY, "$", 0, 0, List.of(), "no document (null)", null);
    }
    Objects.requireNonNull(type, "type");
  }

  /** Turns any Jackson failure into the typed error, without echoing document values. */
  PeerJsonException translate(Throwable e, Class<?> type) {
    if (e instanceof PeerJsonException pje) {
      return pje;
    }
    String path = "$";
    int line = 0;
    int column = 0;
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation loc = jpe.getLocation();
      if (loc != null) {
        line = Math.max(0, loc.getLineNr());
        column = Math.max(0, loc.getColumnNr());
      }
    }
    if (e instanceof JsonMappingException jme) {
      path = path(jme.getPath());
    }
    String typeName = type.getSimpleName();
    if (e instanceof StreamConstraintsException sce) {
      String m = String.valueOf(sce.getOriginalMessage());
      if (m.contains("nesting depth")) {
        return new PeerJsonException(JsonProblem.TOO_DEEP, path, line, column, List.of(),
            "nesting deeper than " + limits.maxNestingDepth() + " levels", e);
      }
      return new PeerJsonException(JsonProblem.TOO_LARGE, path, line, column, List.of(),
          "over the limit of " + limits.maxDocumentBytes() + " bytes per document and " + limits.maxStringLength() + " characters per string", e);
    }
    if (e instanceof JsonEOFException) {
      return new PeerJsonException(JsonProblem.TRUNCATED, path, line, column, List.of(), "the document ends in the middle of a value", e);
    }
    if (e instanceof CharConversionException) {
      return new PeerJsonException(JsonProblem.INVALID_ENCODING, path, line, column, List.of(), "the bytes are not valid UTF-8", e);
    }
    if (e instanceof UnrecognizedPropertyException upe) {
      List<String> known = new ArrayList<>();
      if (upe.getKnownPropertyIds() != null) {
        upe.getKnownPropertyIds().forEach(o -> known.add(String.valueOf(o)));
        known.sort(null);
      }
      return new PeerJsonException(JsonProblem.UNKNOWN_PROPERTY, path, line, column, known,
          "unknown property '" + safeName(upe.getPropertyName()) + "'", e);
    }
    if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
      List<String> allowed = Arrays.stream(ife.getTargetType().getEnumConstants()).map(o -> ((Enum<?>) o).name()).toList();
      return new PeerJsonException(JsonProblem.UNKNOWN_ENUM_VALUE, path, line, column, allowed,
          "not a " + ife.getTargetType().getSimpleName(), e);
    }
    if (e instanceof InputCoercionException) {
      return new PeerJsonException(JsonProblem.NUMBER_OUT_OF_RANGE, path, line, column, List.of(), "number out of range", e);
    }
    if (e instanceof ValueInstantiationException vie) {
      Throwable cause = vie.getCause();
      String msg = cause == null ? "" : String.valueOf(cause.getMessage());
      Matcher m = MISSING.matcher(msg);
      if (m.find()) {
        String fields = m.group(1).trim();
        String first = fields.split(",\\s*")[0];
        return new PeerJsonException(JsonProblem.MISSING_FIELD, child(path, first), line, column, List.of(),
            "required " + (fields.contains(",") ? "properties " : "property ") + fields + " missing or null in " + typeOf(vie, typeName), e);
      }
      if (cause instanceof NullPointerException) {
        return new PeerJsonException(JsonProblem.NULL_VALUE, child(path, msg), line, column, List.of(), "null is not allowed here", e);
      }
      return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), safeDetail(msg), e);
    }
    if (e instanceof MismatchedInputException mie) {
      String m = String.valueOf(mie.getOriginalMessage());
      if (m.contains("No content to map") || m.contains("end-of-input")) {
        return new PeerJsonException(line <= 1 && column <= 1 ? JsonProblem.EMPTY : JsonProblem.TRUNCATED, path, line, column, List.of(),
            "no complete document", e);
      }
      if (m.contains("Trailing token")) {
        return new PeerJsonException(JsonProblem.MALFORMED, path, line, column, List.of(), "more content after the document", e);
      }
      if (m.contains("null")) {
        return new PeerJsonException(JsonProblem.NULL_VALUE, path, line, column, List.of(), "null is not allowed here", e);
      }
      String target = mie.getTargetType() == null ? "value" : mie.getTargetType().getSimpleName();
      return new PeerJsonException(JsonProblem.WRONG_TYPE, path, line, column, List.of(), "expected " + describe(target), e);
    }
    if (e instanceof JsonMappingException jme) {
      Throwable cause = jme.getCause();
      if (cause instanceof NullPointerException) {
        return new PeerJsonException(JsonProblem.NULL_VALUE, path, line, column, List.of(), "null is not allowed here", e);
      }
      if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
        return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), safeDetail(cause.getMessage()), e);
      }
      return new PeerJsonException(JsonProblem.WRONG_TYPE, path, line, column, List.of(), "cannot read as " + typeName, e);
    }
    if (e instanceof JsonProcessingException jpe) {
      String m = String.valueOf(jpe.getOriginalMessage());
      if (m.contains("Duplicate field")) {
        return new PeerJsonException(JsonProblem.DUPLICATE_KEY, path, line, column, List.of(), "the same key appears twice in one object", e);
      }
      if (m.contains("Invalid UTF") || m.contains("Invalid UTF-8") || m.contains("Illegal character ((CTRL-CHAR") && m.contains("code 0")) {
        return new PeerJsonException(JsonProblem.INVALID_ENCODING, path, line, column, List.of(), "the bytes are not valid UTF-8 JSON text", e);
      }
      if (m.contains("end-of-input") || m.contains("Unexpected end")) {
        return new PeerJsonException(JsonProblem.TRUNCATED, path, line, column, List.of(), "the document ends in the middle of a value", e);
      }
      return new PeerJsonException(JsonProblem.MALFORMED, path, line, column, List.of(), "not well-formed JSON", e);
    }
    if (e instanceof IOException io) {
      throw new UncheckedIOException("reading JSON failed", io);
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), safeDetail(e.getMessage()), e);
    }
    return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), e.getClass().getSimpleName(), e);
  }

  private static String typeOf(ValueInstantiationException vie, String fallback) {
    return vie.getType() == null ? fallback : vie.getType().getRawClass().getSimpleName();
  }

  private static String describe(String target) {
    switch (target) {
      case "String": return "a string";
      case "Integer": case "int": case "Long": case "long": return "a whole number";
      case "Double": case "double": case "BigDecimal": return "a number";
      case "Boolean": case "boolean": return "true or false";
      case "LocalDate": return "a date such as 2020-11-26";
      case "LocalDateTime": return "a local date-time such as 2020-11-26T09:30";
      case "LocalTime": return "a time such as 09:00";
      default:
        if (target.startsWith("List") || target.startsWith("Set") || target.endsWith("[]")) {
          return "an array";
        }
        return "a " + target + " object";
    }
  }

  /** Keeps messages from our own model checks (they never quote values), drops anything long. */
  private static String safeDetail(String msg) {
    if (msg == null) {
      return "invalid value";
    }
    return msg.length() > 300 ? msg.substring(0, 300) : msg;
  }

  private static String safeName(String name) {
    if (name == null) {
      return "?";
    }
    return name.length() > 80 ? name.substring(0, 80) + "..." : name;
  }

  private static String child(String path, String field) {
    return "$".equals(path) ? "$." + field : path + "." + field;
  }

  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        b.append('.').append(safeName(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
    NonClosingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
