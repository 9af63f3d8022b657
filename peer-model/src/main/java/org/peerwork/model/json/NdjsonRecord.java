package org.peerwork.model.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a newline-delimited JSON stream: its 1-based line number and either the value read
 * from it or the error that line raised. Every non-blank line yields exactly one record, so the
 * count in equals the count out.
 *
 * @param <T> the document type
 */
public final class NdjsonRecord<T> {

  private final long lineNumber;
  private final T value;
  private final PeerJsonException error;

  private NdjsonRecord(long lineNumber, T value, PeerJsonException error) {
    this.lineNumber = lineNumber;
    this.value = value;
    this.error = error;
  }

  static <T> NdjsonRecord<T> ok(long lineNumber, T value) {
    return new NdjsonRecord<>(lineNumber, Objects.requireNonNull(value), null);
  }

  static <T> NdjsonRecord<T> failed(long lineNumber, PeerJsonException error) {
    return new NdjsonRecord<>(lineNumber, null, Objects.requireNonNull(error));
  }

  /** The 1-based line number in the stream. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The value, when the line was read. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The error, when the line could not be read. */
  public Optional<PeerJsonException> error() {
    return Optional.ofNullable(error);
  }

  /** True when the line was read. */
  public boolean isOk() {
    return error == null;
  }

  @Override
  public String toString() {
    return "line " + lineNumber + (isOk() ? ": ok" : ": " + error.getMessage());
  }
}
