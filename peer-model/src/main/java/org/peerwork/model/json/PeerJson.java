package org.peerwork.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peerwork.model.validation.ConstraintProblem;
import org.peerwork.model.validation.PeerValidation;

/**
 * Reads and writes every peerwork document type as JSON. One instance is immutable and safe to
 * share; build it once.
 *
 * <p>Reading is strict: an unknown property, an unknown enum value, a missing required field, a
 * null, a wrong type (no silent coercion of {@code 17} to {@code "17"}), a duplicate key, a number
 * out of range, malformed or truncated JSON, bytes that are not UTF-8, a document over the size
 * limit or nested deeper than the depth limit each raise a {@link PeerJsonException} naming the
 * problem, the JSON path, the line and column and, for a closed vocabulary, the allowed values.
 * Nothing is dropped or guessed. An optional property with no value is left out; {@code null} is
 * never accepted in its place.
 *
 * <p>When a document is both badly shaped and not well-formed (or over a limit), the document-level
 * problem wins: a reader first needs JSON it can read at all, within the limits.
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
  private final JsonFactory factory;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;

  private PeerJson(JsonLimits limits) {
    this.limits = limits;
    JsonFactory f = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(100)
            .build())
        // bytes and text carry the same JSON: an emoji is written as itself, not as escaped surrogates
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    SimpleModule strictNumbers = new SimpleModule("peerwork-strict-numbers");
    strictNumbers.addDeserializer(Double.class, new FiniteDoubleDeserializer(Double.class));
    strictNumbers.addDeserializer(Double.TYPE, new FiniteDoubleDeserializer(Double.TYPE));
    strictNumbers.setDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type, BeanDescription beanDesc,
          JsonDeserializer<?> deserializer) {
        return Set.class.isAssignableFrom(type.getRawClass()) ? new NoDuplicatesSetDeserializer(type) : deserializer;
      }
    });
    JsonMapper m = JsonMapper.builder(f)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(strictNumbers)
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
        .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
        .build();
    for (LogicalType t : LogicalType.values()) {
      m.coercionConfigFor(t)
          .setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer || t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, t == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, t == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
    }
    this.factory = f;
    this.mapper = m;
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

  /**
   * Reads a document of {@code type} from text. A leading byte order mark (U+FEFF), as left by
   * some editors, is ignored.
   */
  public <T> T read(String json, Class<T> type) {
    requireArgs(json, type);
    if (json.length() > limits.maxDocumentBytes()) {
      throw new PeerJsonException(JsonProblem.TOO_LARGE, "$", 0, 0, List.of(),
          "document of " + json.length() + " characters is over the limit of " + limits.maxDocumentBytes(), null);
    }
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    if (text.isBlank()) {
      throw new PeerJsonException(JsonProblem.EMPTY, "$", 0, 0, List.of(), "the document is empty", null);
    }
    return parse(() -> factory.createParser(text), type);
  }

  /** Reads a document of {@code type} from UTF-8 (or UTF-16/32 with a byte order mark) bytes. */
  public <T> T read(byte[] json, Class<T> type) {
    requireArgs(json, type);
    if (json.length > limits.maxDocumentBytes()) {
      throw new PeerJsonException(JsonProblem.TOO_LARGE, "$", 0, 0, List.of(),
          "document of " + json.length + " bytes is over the limit of " + limits.maxDocumentBytes(), null);
    }
    return parse(() -> factory.createParser(json), type);
  }

  /**
   * Reads a document of {@code type} from a stream of UTF-8 (or UTF-16/32 with a byte order mark)
   * bytes; the caller closes the stream. Reading stops at the size limit: a huge stream is rejected
   * after reading at most about {@link JsonLimits#maxDocumentBytes()} bytes.
   */
  public <T> T read(InputStream json, Class<T> type) {
    requireArgs(json, type);
    return parse(() -> factory.createParser(json), type);
  }

  /** Reads a document of {@code type} from a character stream; the caller closes it. */
  public <T> T read(Reader json, Class<T> type) {
    requireArgs(json, type);
    return parse(() -> factory.createParser(json), type);
  }

  /** Reads a document and checks its Bean Validation constraints; a violation is a {@link JsonProblem#CONSTRAINT_VIOLATION}. */
  public <T> T readValid(String json, Class<T> type) {
    T value = read(json, type);
    List<ConstraintProblem> problems = PeerValidation.validate(value);
    if (!problems.isEmpty()) {
      ConstraintProblem first = problems.get(0);
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

  /**
   * Reads newline-delimited JSON from UTF-8 bytes: one document of {@code type} per line. Like
   * {@link #readLines(Reader, Class)}, and a line whose bytes are not valid UTF-8 is reported as
   * {@link JsonProblem#INVALID_ENCODING} with its line number instead of being decoded into
   * replacement characters. The caller closes the stream.
   */
  public <T> NdjsonReader<T> readLines(InputStream ndjson, Class<T> type) {
    requireArgs(ndjson, type);
    return new NdjsonReader<>(this, ndjson, type);
  }

  /** Reads one document from part of a char array (one NDJSON line). */
  <T> T read(char[] buf, int offset, int length, Class<T> type) {
    int off = offset;
    int len = length;
    if (len > 0 && buf[off] == '\uFEFF') {
      off++;
      len--;
    }
    final int o = off;
    final int l = len;
    return parse(() -> factory.createParser(buf, o, l), type);
  }

  /** Reads one document from part of a byte array (one NDJSON line). */
  <T> T read(byte[] buf, int offset, int length, Class<T> type) {
    return parse(() -> factory.createParser(buf, offset, length), type);
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

  /** Writes a value as compact UTF-8 JSON to a stream; the caller closes it. */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value as compact JSON to a character stream; the caller closes it. */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, value);
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

  // ---------------------------------------------------------------- reading

  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private <T> T parse(ParserSource source, Class<T> type) {
    JsonParser p = null;
    try {
      p = source.open();
      ObjectReader reader = mapper.readerFor(type);
      if (p.nextToken() == null) {
        throw new PeerJsonException(JsonProblem.EMPTY, "$", 0, 0, List.of(), "the document is empty", null);
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw new PeerJsonException(JsonProblem.NULL_VALUE, "$", 1, p.currentLocation().getColumnNr(), List.of(),
            "the document is null; expected " + describe(type), null);
      }
      T value = reader.readValue(p);
      JsonToken after = p.nextToken();
      if (after != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new PeerJsonException(JsonProblem.MALFORMED, "$", at.getLineNr(), at.getColumnNr(), List.of(),
            "more content after the document", null);
      }
      return value;
    } catch (PeerJsonException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      PeerJsonException shape = translate(e, type, p);
      if (p != null && !isDocumentLevel(shape.problem())) {
        PeerJsonException document = documentProblemAfter(p, type);
        if (document != null) {
          throw document;
        }
      }
      throw shape;
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException ignored) {
          // nothing was written; the caller owns the source
        }
      }
    }
  }

  private static boolean isDocumentLevel(JsonProblem p) {
    switch (p) {
      case MALFORMED: case TRUNCATED: case EMPTY: case INVALID_ENCODING: case DUPLICATE_KEY: case TOO_LARGE: case TOO_DEEP:
        return true;
      default:
        return false;
    }
  }

  /**
   * After a shape error, reads on to the end of the document: if it is not well-formed or breaks a
   * limit further on, that is the problem to report. Bounded by the limits.
   */
  private PeerJsonException documentProblemAfter(JsonParser p, Class<?> type) {
    try {
      while (!p.isClosed() && p.nextToken() != null) {
        // read on; the parser enforces the limits and well-formedness
      }
      return null;
    } catch (IOException | RuntimeException e) {
      PeerJsonException d = translate(e, type, p);
      return isDocumentLevel(d.problem()) ? d : null;
    }
  }

  /**
   * Turns any Jackson failure into the typed error, without echoing document values. The parser,
   * when known, locates problems of the JSON text itself.
   */
  private PeerJsonException translate(Throwable e, Class<?> type, JsonParser parser) {
    if (e instanceof PeerJsonException pje) {
      return pje;
    }
    // a parser problem wrapped by the data binder: report the parser problem, where the parser was
    Throwable root = e;
    while (root instanceof JsonMappingException && root.getCause() instanceof JsonProcessingException inner && !(inner instanceof JsonMappingException)) {
      root = inner;
    }
    if (root != e && !(root instanceof InputCoercionException)) {
      return translateStream((JsonProcessingException) root, pathOf(e), parser);
    }
    if (root instanceof InputCoercionException ice) {
      return outOfRange(pathOf(e), ice);
    }
    if (e instanceof JsonProcessingException jpe && !(e instanceof JsonMappingException)) {
      return translateStream(jpe, "$", parser);
    }
    if (e instanceof CharConversionException) {
      return new PeerJsonException(JsonProblem.INVALID_ENCODING, "$", 0, 0, List.of(), "the bytes are not valid UTF-8", null);
    }
    int line = 0;
    int column = 0;
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation loc = jpe.getLocation();
      if (loc != null) {
        line = Math.max(0, loc.getLineNr());
        column = Math.max(0, loc.getColumnNr());
      }
    }
    String path = e instanceof JsonMappingException jme ? path(jme.getPath()) : "$";
    String typeName = type.getSimpleName();
    if (e instanceof UnrecognizedPropertyException upe) {
      List<String> known = new ArrayList<>();
      if (upe.getKnownPropertyIds() != null) {
        upe.getKnownPropertyIds().forEach(o -> known.add(String.valueOf(o)));
        known.sort(null);
      }
      return new PeerJsonException(JsonProblem.UNKNOWN_PROPERTY, path, line, column, known,
          "unknown property '" + safeName(upe.getPropertyName()) + "'", null);
    }
    if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
      return unknownEnum(path, line, column, ife.getTargetType());
    }
    if (e instanceof DuplicateItemException) {
      return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), "the same value appears twice in a set", null);
    }
    if (e instanceof InvalidNullException) {
      return new PeerJsonException(JsonProblem.NULL_VALUE, path, line, column, List.of(),
          "null is not allowed; leave an optional property out instead", null);
    }
    if (e instanceof ValueInstantiationException vie) {
      Throwable cause = vie.getCause();
      String msg = cause == null ? "" : String.valueOf(cause.getMessage());
      Matcher m = MISSING.matcher(msg);
      if (m.find()) {
        String fields = m.group(1).trim();
        String first = fields.split(",\\s*")[0];
        return new PeerJsonException(JsonProblem.MISSING_FIELD, child(path, first), line, column, List.of(),
            "required " + (fields.contains(",") ? "properties " : "property ") + fields + " missing in " + typeOf(vie, typeName), null);
      }
      if (cause instanceof NullPointerException) {
        return new PeerJsonException(JsonProblem.NULL_VALUE, path, line, column, List.of(), "null is not allowed here", null);
      }
      return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), safeDetail(msg), e);
    }
    if (e instanceof MismatchedInputException mie) {
      String m = String.valueOf(mie.getOriginalMessage());
      Class<?> target = mie.getTargetType();
      if (m.contains("No content to map") || m.contains("end-of-input")) {
        return new PeerJsonException(JsonProblem.TRUNCATED, path, line, column, List.of(), "the document ends in the middle of a value", null);
      }
      if (m.contains("Trailing token")) {
        return new PeerJsonException(JsonProblem.MALFORMED, "$", line, column, List.of(), "more content after the document", null);
      }
      if (target != null && target.isEnum()) {
        return unknownEnum(path, line, column, target);
      }
      if (isWholeNumberType(target) && mie.getProcessor() instanceof JsonParser jp && jp.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
        PeerJsonException range = floatForWholeNumber(path, line, column, jp, target);
        if (range != null) {
          return range;
        }
      }
      if (m.contains("null")) {
        return new PeerJsonException(JsonProblem.NULL_VALUE, path, line, column, List.of(),
            "null is not allowed; leave an optional property out instead", null);
      }
      return new PeerJsonException(JsonProblem.WRONG_TYPE, path, line, column, List.of(), "expected " + describe(target), null);
    }
    if (e instanceof JsonMappingException jme) {
      Throwable cause = jme.getCause();
      if (cause instanceof NullPointerException) {
        return new PeerJsonException(JsonProblem.NULL_VALUE, path, line, column, List.of(), "null is not allowed here", null);
      }
      if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
        return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), safeDetail(cause.getMessage()), e);
      }
      if (cause != null && !(cause instanceof IOException)) {
        return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), safeDetail(cause.getMessage()), e);
      }
      return new PeerJsonException(JsonProblem.WRONG_TYPE, path, line, column, List.of(), "cannot read as " + typeName, null);
    }
    if (e instanceof IOException io) {
      throw new UncheckedIOException("reading JSON failed", io);
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), safeDetail(e.getMessage()), e);
    }
    return new PeerJsonException(JsonProblem.INVALID_VALUE, path, line, column, List.of(), e.getClass().getSimpleName(), e);
  }

  /** A problem of the JSON text itself, located by the parser's position. */
  private PeerJsonException translateStream(JsonProcessingException e, String fallbackPath, JsonParser parser) {
    JsonParser jp = e.getProcessor() instanceof JsonParser own ? own : parser;
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() <= 0) && jp != null) {
      loc = jp.currentLocation();
    }
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    String path = jp == null ? fallbackPath : contextPath(jp.getParsingContext());
    String m = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      if (m.contains("nesting depth") || m.contains("Depth")) {
        return new PeerJsonException(JsonProblem.TOO_DEEP, path, line, column, List.of(),
            "nesting deeper than " + limits.maxNestingDepth() + " levels", null);
      }
      if (m.contains("Number value length")) {
        return new PeerJsonException(JsonProblem.NUMBER_OUT_OF_RANGE, path, line, column, List.of(),
            "a number longer than 100 digits", null);
      }
      if (m.contains("String value length")) {
        return new PeerJsonException(JsonProblem.TOO_LARGE, path, line, column, List.of(),
            "a string longer than the limit of " + limits.maxStringLength() + " characters", null);
      }
      return new PeerJsonException(JsonProblem.TOO_LARGE, "$", line, column, List.of(),
          "document over the limit of " + limits.maxDocumentBytes() + " bytes", null);
    }
    if (e instanceof InputCoercionException ice) {
      return outOfRange(path, ice);
    }
    if (m.contains("Duplicate field")) {
      return new PeerJsonException(JsonProblem.DUPLICATE_KEY, path, line, column, List.of(), "the same key appears twice in one object", null);
    }
    if (m.contains("Invalid UTF") || (m.contains("Illegal character ((CTRL-CHAR") && m.contains("code 0)"))) {
      return new PeerJsonException(JsonProblem.INVALID_ENCODING, path, line, column, List.of(), "binary data, or bytes that are not valid UTF-8 JSON text", null);
    }
    if (e instanceof JsonEOFException || m.contains("end-of-input") || m.contains("Unexpected end")) {
      return new PeerJsonException(JsonProblem.TRUNCATED, path, line, column, List.of(), "the document ends in the middle of a value", null);
    }
    if (e instanceof JsonParseException && m.contains("Non-standard token")) {
      return new PeerJsonException(JsonProblem.MALFORMED, path, line, column, List.of(), "NaN and Infinity are not JSON numbers", null);
    }
    return new PeerJsonException(JsonProblem.MALFORMED, path, line, column, List.of(), "not well-formed JSON", null);
  }

  private static PeerJsonException outOfRange(String path, InputCoercionException ice) {
    JsonLocation loc = ice.getLocation();
    Class<?> target = ice.getTargetType();
    return new PeerJsonException(JsonProblem.NUMBER_OUT_OF_RANGE, path, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), List.of(),
        "number out of range" + rangeOf(target), null);
  }

  private static String rangeOf(Class<?> target) {
    if (target == Integer.class || target == Integer.TYPE) {
      return "; allowed: whole numbers up to " + Integer.MAX_VALUE;
    }
    if (target == Long.class || target == Long.TYPE) {
      return "; allowed: whole numbers up to " + Long.MAX_VALUE;
    }
    if (target == Double.class || target == Double.TYPE) {
      return "; allowed: finite numbers";
    }
    return "";
  }

  private static boolean isWholeNumberType(Class<?> t) {
    return t == Integer.class || t == Integer.TYPE || t == Long.class || t == Long.TYPE || t == Short.class || t == Short.TYPE;
  }

  /** A float token for a whole-number field: out of range when it is a whole number too large, else a wrong type. */
  private static PeerJsonException floatForWholeNumber(String path, int line, int column, JsonParser jp, Class<?> target) {
    try {
      BigDecimal v = jp.getDecimalValue();
      boolean whole = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
      long max = target == Long.class || target == Long.TYPE ? Long.MAX_VALUE : Integer.MAX_VALUE;
      long min = target == Long.class || target == Long.TYPE ? Long.MIN_VALUE : Integer.MIN_VALUE;
      if (whole && (v.compareTo(BigDecimal.valueOf(max)) > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0)) {
        return new PeerJsonException(JsonProblem.NUMBER_OUT_OF_RANGE, path, line, column, List.of(), "number out of range" + rangeOf(target), null);
      }
      return new PeerJsonException(JsonProblem.WRONG_TYPE, path, line, column, List.of(),
          "expected a whole number, written without a decimal point or exponent", null);
    } catch (IOException | RuntimeException ex) {
      return null;
    }
  }

  private static PeerJsonException unknownEnum(String path, int line, int column, Class<?> enumType) {
    List<String> allowed = Arrays.stream(enumType.getEnumConstants()).map(o -> ((Enum<?>) o).name()).toList();
    return new PeerJsonException(JsonProblem.UNKNOWN_ENUM_VALUE, path, line, column, allowed,
        "not a " + enumType.getSimpleName(), null);
  }

  private static String pathOf(Throwable e) {
    return e instanceof JsonMappingException jme ? path(jme.getPath()) : "$";
  }

  /** The JSON path of the parser's position, e.g. {@code $.assignee.credentials[0]}. */
  static String contextPath(JsonStreamContext ctx) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (c.getCurrentName() != null) {
          parts.push("." + safeName(c.getCurrentName()));
        }
      } else if (c.inArray() && c.hasCurrentIndex()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      }
    }
    StringBuilder b = new StringBuilder("$");
    parts.forEach(b::append);
    return b.toString();
  }

  private static String typeOf(ValueInstantiationException vie, String fallback) {
    return vie.getType() == null ? fallback : simpleName(vie.getType().getRawClass());
  }

  /** The model's name for a class: Immutables' nested {@code Foo.Json} reads as {@code Foo}. */
  private static String simpleName(Class<?> c) {
    if ("Json".equals(c.getSimpleName()) && c.getEnclosingClass() != null) {
      return c.getEnclosingClass().getSimpleName();
    }
    return c.getSimpleName();
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "another kind of value";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(target)) {
      return "an object";
    }
    switch (simpleName(target)) {
      case "String": return "a string";
      case "Integer": case "int": case "Long": case "long": case "Short": case "short": return "a whole number";
      case "Double": case "double": case "Float": case "float": case "BigDecimal": return "a number";
      case "Boolean": case "boolean": return "true or false";
      case "LocalDate": return "a date such as 2020-11-26";
      case "LocalDateTime": return "a local date-time such as 2020-11-26T09:30";
      case "LocalTime": return "a time such as 09:00";
      case "Optional": return "a value";
      default: return "a " + simpleName(target) + " object";
    }
  }

  /** Keeps messages from our own model checks (they never quote personal data), drops anything long. */
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

  private static void requireArgs(Object json, Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (json == null) {
      throw new PeerJsonException(JsonProblem.EMPTY, "$", 0, 0, List.of(), "no document (null)", null);
    }
  }

  /** A JSON array read as a set must not repeat a value: a repeated value would be dropped silently. */
  private static final class NoDuplicatesSetDeserializer extends StdDeserializer<Set<Object>> {
    private static final long serialVersionUID = 1L;
    private final CollectionType type;

    NoDuplicatesSetDeserializer(CollectionType type) {
      super(type);
      this.type = type;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartArrayToken()) {
        return (Set<Object>) ctxt.handleUnexpectedToken(type, p);
      }
      JsonDeserializer<Object> items = ctxt.findRootValueDeserializer(type.getContentType());
      Set<Object> out = new LinkedHashSet<>();
      int index = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
        if (t == JsonToken.VALUE_NULL) {
          throw JsonMappingException.wrapWithPath(InvalidNullException.from(ctxt, null, type.getContentType()), out, index);
        }
        Object item;
        try {
          item = items.deserialize(p, ctxt);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, out, index);
        }
        if (!out.add(item)) {
          throw JsonMappingException.wrapWithPath(new DuplicateItemException(p), out, index);
        }
      }
      return out;
    }
  }

  /** A set's array repeats a value. */
  private static final class DuplicateItemException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    DuplicateItemException(JsonParser p) {
      super(p, "the same value appears twice in a set");
    }
  }

  /** Doubles must be finite: 1e400 is not a number of hours. */
  private static final class FiniteDoubleDeserializer extends StdScalarDeserializer<Double> {
    private static final long serialVersionUID = 1L;
    private final boolean primitive;

    FiniteDoubleDeserializer(Class<?> type) {
      super(type);
      this.primitive = type.isPrimitive();
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
        return (Double) ctxt.handleUnexpectedToken(primitive ? Double.TYPE : Double.class, p);
      }
      double d = p.getDoubleValue();
      if (!Double.isFinite(d)) {
        throw new InputCoercionException(p, "number out of range of a double", t, Double.class);
      }
      return d;
    }
  }
}
