package org.peerwork.model.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads newline-delimited JSON one line at a time, in constant memory: a line longer than the
 * document limit is skipped to its end and reported as {@link JsonProblem#TOO_LARGE}, not
 * buffered. Blank lines are skipped (but counted, so line numbers match an editor's). Every
 * non-blank line yields exactly one {@link NdjsonRecord}, read or failed, so the count in equals
 * the count out. Not thread-safe; one reader per stream.
 *
 * @param <T> the document type of every line
 */
public final class NdjsonReader<T> implements Iterator<NdjsonRecord<T>>, Closeable {

  private static final int BUFFER = 1 << 16;

  private final PeerJson json;
  private final Class<T> type;
  private final int maxLine;
  private final Reader chars;
  private final InputStream bytes;
  private final char[] cbuf;
  private final byte[] bbuf;
  private char[] cline;
  private byte[] bline;
  private int pos;
  private int limit;
  private int len;
  private long lineNumber;
  private NdjsonRecord<T> next;
  private boolean eof;

  NdjsonReader(PeerJson json, Reader in, Class<T> type) {
    this.json = json;
    this.type = type;
    this.maxLine = (int) Math.min(Integer.MAX_VALUE - 16, json.limits().maxDocumentBytes());
    this.chars = in;
    this.bytes = null;
    this.cbuf = new char[BUFFER];
    this.bbuf = null;
    this.cline = new char[Math.min(512, maxLine)];
  }

  NdjsonReader(PeerJson json, InputStream in, Class<T> type) {
    this.json = json;
    this.type = type;
    this.maxLine = (int) Math.min(Integer.MAX_VALUE - 16, json.limits().maxDocumentBytes());
    this.chars = null;
    this.bytes = in;
    this.cbuf = null;
    this.bbuf = new byte[BUFFER];
    this.bline = new byte[Math.min(512, maxLine)];
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

  /** Reads one line; null for a blank line or the end of the stream. */
  private NdjsonRecord<T> readOne() {
    len = 0;
    boolean tooLong = false;
    boolean any = false;
    try {
      while (true) {
        if (pos == limit && !fill()) {
          eof = true;
          break;
        }
        any = true;
        int nl = indexOfNewline();
        int end = nl < 0 ? limit : nl;
        if (!tooLong) {
          int n = end - pos;
          if ((long) len + n > maxLine) {
            tooLong = true;
            len = 0;
          } else {
            append(n);
          }
        }
        pos = nl < 0 ? limit : nl + 1;
        if (nl >= 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading NDJSON failed after line " + lineNumber, e);
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    if (tooLong) {
      return NdjsonRecord.failed(lineNumber, new PeerJsonException(JsonProblem.TOO_LARGE, "$", (int) Math.min(Integer.MAX_VALUE, lineNumber), 0,
          List.of(), "line longer than the limit of " + maxLine + (chars != null ? " characters" : " bytes"), null));
    }
    if (len > 0 && at(len - 1) == '\r') {
      len--;
    }
    if (isBlank()) {
      return null;
    }
    try {
      T value = chars != null ? json.read(cline, 0, len, type) : json.read(bline, 0, len, type);
      return NdjsonRecord.ok(lineNumber, value);
    } catch (PeerJsonException e) {
      return NdjsonRecord.failed(lineNumber, e.onLine(lineNumber));
    }
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = chars != null ? chars.read(cbuf, 0, cbuf.length) : bytes.read(bbuf, 0, bbuf.length);
    } while (n == 0);
    pos = 0;
    limit = Math.max(0, n);
    return n > 0;
  }

  private int indexOfNewline() {
    if (chars != null) {
      for (int i = pos; i < limit; i++) {
        if (cbuf[i] == '\n') {
          return i;
        }
      }
    } else {
      // in UTF-8, byte 0x0A only ever stands for a line feed
      for (int i = pos; i < limit; i++) {
        if (bbuf[i] == '\n') {
          return i;
        }
      }
    }
    return -1;
  }

  private void append(int n) {
    if (n == 0) {
      return;
    }
    int need = len + n;
    if (chars != null) {
      if (need > cline.length) {
        cline = Arrays.copyOf(cline, Math.min(maxLine, Math.max(need, cline.length * 2)));
      }
      System.arraycopy(cbuf, pos, cline, len, n);
    } else {
      if (need > bline.length) {
        bline = Arrays.copyOf(bline, Math.min(maxLine, Math.max(need, bline.length * 2)));
      }
      System.arraycopy(bbuf, pos, bline, len, n);
    }
    len = need;
  }

  private int at(int i) {
    return chars != null ? cline[i] : bline[i];
  }

  /** True when the line holds only JSON whitespace (or a byte order mark). */
  private boolean isBlank() {
    for (int i = 0; i < len; i++) {
      int c = at(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    if (chars != null) {
      chars.close();
    } else {
      bytes.close();
    }
  }
}
