package org.peerwork.model.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the data files bundled with peerwork (norm tables, catalogs, lexicons). Not API.
 *
 * <p>A bundled file that is missing or malformed is a packaging defect, reported as an
 * {@link IllegalStateException} naming the resource.
 */
public final class BundledJson {

  /** The strict mapper used for bundled data; thread-safe once built. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private BundledJson() {}

  /** Reads a bundled resource, resolved against {@code anchor}'s package, as {@code type}. */
  public static <T> T read(Class<?> anchor, String resource, Class<T> type) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("peerwork resource missing: " + resource + " next to " + anchor.getName());
      }
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("peerwork resource unreadable: " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads a bundled resource as a tree-typed value with generics, e.g. a list of entries. */
  public static <T> T read(Class<?> anchor, String resource, com.fasterxml.jackson.core.type.TypeReference<T> type) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("peerwork resource missing: " + resource + " next to " + anchor.getName());
      }
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("peerwork resource unreadable: " + resource + ": " + e.getMessage(), e);
    }
  }
}
