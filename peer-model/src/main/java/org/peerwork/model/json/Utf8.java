package org.peerwork.model.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Strict UTF-8 (RFC 3629). Jackson's byte parser decodes overlong forms ({@code C0 AF} as '/') and
 * sequences above U+10FFFF (into lone surrogates) instead of rejecting them; peerwork reads only
 * well-formed UTF-8, so such bytes are an {@link JsonProblem#INVALID_ENCODING} like any other
 * invalid byte. Input that Jackson reads as UTF-16 or UTF-32 (a byte order mark, or a zero byte
 * among the first four) is left to Jackson.
 */
final class Utf8 {

  private Utf8() {}

  /** True when Jackson reads input starting with these bytes as UTF-8. */
  static boolean isUtf8(byte[] b, int off, int len) {
    if (len >= 2) {
      int b0 = b[off] & 0xFF;
      int b1 = b[off + 1] & 0xFF;
      if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
        return false;
      }
    }
    for (int i = off, end = off + Math.min(4, len); i < end; i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first byte that breaks well-formed UTF-8 (the end, for a cut-off character), or -1. */
  static int firstInvalid(byte[] b, int off, int len) {
    Decoder d = new Decoder();
    int end = off + len;
    for (int i = off; i < end; i++) {
      int c = b[i];
      if (c >= 0 && d.need == 0) {
        continue;
      }
      if (!d.accept(c & 0xFF)) {
        return i;
      }
    }
    return d.need == 0 ? -1 : end;
  }

  /** The UTF-8 state machine: how many continuation bytes are due and the range of the next one. */
  private static final class Decoder {
    int need;
    int lo = 0x80;
    int hi = 0xBF;

    boolean accept(int c) {
      if (need == 0) {
        if (c < 0x80) {
          return true;
        }
        if (c >= 0xC2 && c <= 0xDF) {
          need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
          need = 2;
          lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
          hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
          need = 3;
          lo = c == 0xF0 ? 0x90 : 0x80; // no overlong forms
          hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
          return false; // a continuation byte, C0, C1 or F5..FF
        }
        return true;
      }
      if (c < lo || c > hi) {
        return false;
      }
      need--;
      lo = 0x80;
      hi = 0xBF;
      return true;
    }
  }

  /**
   * Passes bytes through unchanged and fails with a {@link CharConversionException} at the first
   * byte that is not well-formed UTF-8, across read boundaries. Decides from the first four bytes
   * whether the stream is UTF-8 at all; a UTF-16 or UTF-32 stream passes unchecked.
   */
  static final class CheckedStream extends FilterInputStream {
    private final Decoder decoder = new Decoder();
    private final byte[] head = new byte[4];
    private int headLen;
    private boolean decided;
    private boolean checking;
    private long position;
    private CharConversionException failure;

    CheckedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n;
      do {
        n = read(one, 0, 1);
      } while (n == 0);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failure != null) {
        throw failure;
      }
      int n = in.read(b, off, len);
      if (n < 0) {
        if (!decided && decide() >= 0) {
          throw invalid(0);
        }
        if (checking && decoder.need > 0) {
          throw invalid(position);
        }
        return n;
      }
      for (int i = off; i < off + n; i++) {
        int c = b[i];
        long at = -1;
        if (!decided) {
          head[headLen++] = (byte) c;
          if (headLen == 4) {
            at = decide();
          }
        } else if (checking && (c < 0 || decoder.need > 0) && !decoder.accept(c & 0xFF)) {
          at = position + (i - off);
        }
        if (at >= 0) {
          // hand over the good bytes before the bad one, so the parser knows where it is; fail on the next read
          failure = invalid(at);
          int good = (int) Math.max(0, at - position);
          if (good == 0) {
            throw failure;
          }
          position += good;
          return good;
        }
      }
      position += n;
      return n;
    }

    /** Once four bytes (or all there is) are in: UTF-8 or not; checks the held bytes. The position of a bad one, or -1. */
    private long decide() {
      decided = true;
      checking = isUtf8(head, 0, headLen);
      if (checking) {
        for (int i = 0; i < headLen; i++) {
          if (!decoder.accept(head[i] & 0xFF)) {
            return i;
          }
        }
      }
      return -1;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[(int) Math.min(8192, Math.max(0, n))];
      int r = read(buf, 0, buf.length);
      return Math.max(0, r);
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private static CharConversionException invalid(long at) {
      return new CharConversionException("invalid UTF-8 at byte " + at);
    }
  }
}
