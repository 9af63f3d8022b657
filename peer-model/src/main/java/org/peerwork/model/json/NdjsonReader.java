package org.peerwork.model.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads newline-delimited JSON one line at a time, in constant memory: a line longer than the
 * document limit is skipped to its end and reported as {@link JsonProblem#TOO_LARGE}, not
 * buffered. Blank lines are skipped. Not thread-safe; one reader per stream.
 *
 * @param <T> the document type of every line
 */
public final class NdjsonReader<T> implements Iterator<NdjsonRecord<T>>, Closeable {

  private final PeerJson json;
  private final Reader in;
  private final Class<T> type;
  private final int maxLine;
  private final StringBuilder line = new StringBuilder(512);
  private long lineNumber;
  private NdjsonRecord<T> next;
  private boolean eof;

  NdjsonReader(PeerJson json, Reader in, Class<T> type) {
    this.json = json;
    this.in = in.markSupported() ? in : new java.io.BufferedReader(in, 1 << 16);
    this.type = type;
    this.maxLine = (int) Math.min(Integer.MAX_VALUE - 16, json.limits().maxDocumentBytes());
  }

  @Override
  public boolean hasNext() {
    while (next == null && !eof) {
      next = readOne();
    }
    return next != null;
  }

  @Override
  public NdjsonRecord<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    NdjsonRecord<T> r = next;
    next = null;
    return r;
  }

  /** The number of lines read so far, blank ones included. */
  public long linesRead() {
    return lineNumber;
  }

  private NdjsonRecord<T> readOne() {
    line.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    try {
      int c;
      while ((c = in.read()) != -1) {
        any = true;
        if (c == '\n') {
          break;
        }
        if (!tooLong) {
          if (line.length() >= maxLine) {
            tooLong = true;
            line.setLength(0);
          } else {
            line.append((char) c);
          }
        }
      }
      if (c == -1) {
        eof = true;
        if (!any) {
          return null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading NDJSON failed after line " + lineNumber, e);
    }
    lineNumber++;
    if (tooLong) {
      return NdjsonRecord.failed(lineNumber, new PeerJsonException(JsonProblem.TOO_LARGE, "$", (int) Math.min(Integer.MAX_VALUE, lineNumber), 0,
          List.of(), "line longer than the limit of " + maxLine + " characters", null));
    }
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    if (line.toString().isBlank()) {
      return null;
    }
    try {
      return NdjsonRecord.ok(lineNumber, json.read(line.toString(), type));
    } catch (PeerJsonException e) {
      return NdjsonRecord.failed(lineNumber, new PeerJsonException(e.problem(), e.path(), (int) Math.min(Integer.MAX_VALUE, lineNumber), e.column(),
          e.allowedValues(), stripLocation(e.getMessage()), e.getCause()));
    }
  }

  private static String stripLocation(String message) {
    int at = message.indexOf(": ");
    return at < 0 ? message : message.substring(at + 2);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
