package org.peerwork.rules.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A region of an original text, normalised for matching, with a map from every normalised character
 * back to the original characters it came from.
 *
 * <p>Normalisation: Unicode NFKC; lower case ({@link Locale#ROOT}); Latin diacritics folded
 * ("résumé" to "resume"); every run of white space (including no-break and other Unicode spaces and
 * line ends) to one space; Unicode dashes to {@code -}; a hyphen between two letters or digits to a
 * space ("self-disclosure" and "self disclosure" match alike); curly and other quotes to {@code '}
 * and {@code "}; bullets to {@code ;}; {@code &} to "and"; "w/" to "with" and "w/o" to "without";
 * possessive {@code 's} and {@code s'} dropped ("client's home" to "client home"); control and format
 * characters and lone surrogates dropped.
 *
 * <p>Evidence found in the normalised text is mapped back with {@link #originalStart(int)} and
 * {@link #originalEnd(int)}, so a finding always quotes the real words. Building one is linear in the
 * length of the region and never fails.
 */
final class NormalizedText {

  /** Combining marks start at U+0300; an ASCII character followed by one is read with its marks. */
  private static final char COMBINING_MARKS = '\u0300';

  private final char[] chars;
  private final int length;
  private final int[] origStart;
  private final int[] origEnd;
  private final int originalFrom;
  private final int originalTo;
  private final boolean[] word;

  private NormalizedText(char[] chars, int length, int[] origStart, int[] origEnd, int from, int to) {
    this.chars = chars;
    this.length = length;
    this.origStart = origStart;
    this.origEnd = origEnd;
    this.originalFrom = from;
    this.originalTo = to;
    this.word = new boolean[length];
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      word[i] = c < 0x80
          ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
              || (c == '\'' && i > 0 && i + 1 < length && Character.isLetter(chars[i - 1]) && Character.isLetter(chars[i + 1]))
          : Character.isLetterOrDigit(c);
    }
  }

  /** The normalised form of all of {@code text}. */
  static NormalizedText of(CharSequence text) {
    return of(text, 0, text.length());
  }

  /** The normalised form of {@code text[from, to)}; offsets map back into {@code text}. */
  static NormalizedText of(CharSequence text, int from, int to) {
    Builder b = new Builder(Math.max(16, to - from + 8));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c < 0x80 && (i + 1 >= to || text.charAt(i + 1) < COMBINING_MARKS)) {
        i = ascii(text, i, to, c, b);
        continue;
      }
      // anything else, and an ASCII letter with combining marks after it ("e\u0301"), is one segment
      i = unicode(text, i, segmentEnd(text, i, to), b);
    }
    b.trimTrailingSpace();
    return new NormalizedText(b.chars, b.len, b.start, b.end, from, to);
  }

  private static int ascii(CharSequence text, int i, int to, char c, Builder b) {
    if ((c == 'w' || c == 'W') && i + 1 < to && text.charAt(i + 1) == '/' && !wordBefore(text, i)) {
      // "w/" and "w/o" shorthand, in either case
      if (i + 2 < to && (text.charAt(i + 2) == 'o' || text.charAt(i + 2) == 'O') && !letterAt(text, i + 3, to)) {
        b.addWord("without", i, i + 3);
        return i + 3;
      }
      b.addWord("with", i, i + 2);
      b.space(i + 1, i + 2);
      return i + 2;
    }
    if (c >= 'A' && c <= 'Z') {
      b.add((char) (c + 32), i, i + 1);
      return i + 1;
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      b.add(c, i, i + 1);
      return i + 1;
    }
    switch (c) {
      case ' ', '\t', '\n', '\r', '\u000B', '\u000C' -> {
        b.space(i, i + 1);
        return i + 1;
      }
      case '-' -> {
        if (b.lastIsWordChar() && wordCharAt(text, i + 1, to)) {
          b.space(i, i + 1);
        } else {
          b.add('-', i, i + 1);
        }
        return i + 1;
      }
      case '\'', '`' -> {
        return apostrophe(text, i, i + 1, b);
      }
      case '&' -> {
        b.space(i, i + 1);
        b.addWord("and", i, i + 1);
        b.space(i, i + 1);
        return i + 1;
      }
      default -> {
        if (c < 0x20 || c == 0x7F) {
          b.space(i, i + 1);
        } else {
          b.add(c, i, i + 1);
        }
        return i + 1;
      }
    }
  }

  /**
   * An apostrophe {@code text[from, after)}: a possessive 's or s' is dropped, any other apostrophe
   * is kept as ' (so "doesn't" stays one word). Returns where reading goes on.
   */
  private static int apostrophe(CharSequence text, int from, int after, Builder b) {
    int len = text.length();
    boolean letterBefore = b.lastIsLetter();
    if (letterBefore && after < len && (text.charAt(after) == 's' || text.charAt(after) == 'S') && !wordCharAt(text, after + 1, len)) {
      return after + 1;
    }
    if (letterBefore && b.lastChar() == 's' && !wordCharAt(text, after, len)) {
      return after;
    }
    b.add('\'', from, after);
    return after;
  }

  /** Normalises one segment {@code [from, to)} and returns where reading goes on. */
  private static int unicode(CharSequence text, int from, int to, Builder b) {
    int cp = Character.codePointAt(text, from);
    int type = Character.getType(cp);
    if (Character.isSurrogate(text.charAt(from)) && Character.charCount(cp) == 1) {
      return to; // lone surrogate
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85) {
      b.space(from, to);
      return to;
    }
    if (type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED) {
      if (type == Character.CONTROL) {
        b.space(from, to);
      }
      return to; // soft hyphen, zero-width space, BOM, controls
    }
    switch (cp) {
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2E3A, 0x2E3B -> {
        if ((cp == 0x2010 || cp == 0x2011) && b.lastIsWordChar() && wordCharAt(text, to, text.length())) {
          b.space(from, to);
        } else {
          b.add('-', from, to);
        }
        return to;
      }
      case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x02BC, 0xFF07 -> {
        return apostrophe(text, from, to, b);
      }
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02 -> {
        b.add('"', from, to);
        return to;
      }
      case 0x2022, 0x2023, 0x2043, 0x25CF, 0x25CB, 0x25AA, 0x25AB, 0x25A0, 0x25E6, 0x2219, 0x00B7, 0x27A2, 0x2794, 0x25BA, 0x25B8, 0x2713, 0x2714, 0x2611 -> {
        b.add(';', from, to);
        return to;
      }
      case 0x2026 -> {
        b.add('.', from, to);
        b.add('.', from, to);
        b.add('.', from, to);
        return to;
      }
      default -> {
        // fall through to NFKC
      }
    }
    String seg = text.subSequence(from, to).toString();
    String n = Normalizer.normalize(seg, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    for (int k = 0; k < n.length(); k++) {
      char ch = n.charAt(k);
      if (ch < 0x80) {
        if (ch == ' ') {
          b.space(from, to);
        } else if (ch >= 'A' && ch <= 'Z') {
          b.add((char) (ch + 32), from, to);
        } else {
          b.add(ch, from, to);
        }
      } else if (ch >= 0xC0 && ch <= 0x24F && Character.isLetter(ch)) {
        String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        boolean any = false;
        for (int j = 0; j < d.length(); j++) {
          char dc = d.charAt(j);
          int t = Character.getType(dc);
          if (t != Character.NON_SPACING_MARK && t != Character.COMBINING_SPACING_MARK && t != Character.ENCLOSING_MARK) {
            b.add(dc, from, to);
            any = true;
          }
        }
        if (!any) {
          b.add(ch, from, to);
        }
      } else {
        int t = Character.getType(ch);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT) {
          continue;
        }
        if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
          b.space(from, to);
        } else {
          b.add(ch, from, to);
        }
      }
    }
    return to;
  }

  /** The end of a segment: one code point and any combining marks after it. */
  private static int segmentEnd(CharSequence text, int i, int to) {
    int cp = Character.codePointAt(text, i);
    int j = Math.min(to, i + Character.charCount(cp));
    while (j < to) {
      char c = text.charAt(j);
      int t = Character.getType(c);
      if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean wordBefore(CharSequence text, int i) {
    return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static boolean letterAt(CharSequence text, int i, int to) {
    return i < to && Character.isLetter(text.charAt(i));
  }

  private static boolean wordCharAt(CharSequence text, int i, int to) {
    return i < to && Character.isLetterOrDigit(text.charAt(i));
  }

  /** The number of normalised characters. */
  int length() {
    return length;
  }

  /** The normalised character at {@code i}. */
  char charAt(int i) {
    return chars[i];
  }

  /** The normalised characters; only the first {@link #length()} are used. */
  char[] chars() {
    return chars;
  }

  /** The normalised text as a string. */
  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /** The original offset where the normalised character {@code i} starts. */
  int originalStart(int i) {
    return origStart[i];
  }

  /** The original offset one past the end of the normalised character {@code i}. */
  int originalEnd(int i) {
    return origEnd[i];
  }

  /** Where the normalised region began in the original text. */
  int originalFrom() {
    return originalFrom;
  }

  /** Where the normalised region ended in the original text. */
  int originalTo() {
    return originalTo;
  }

  /** The word-character flags of every normalised character (see {@link #isWordChar(int)}). */
  boolean[] wordChars() {
    return word;
  }

  /** True for letters and digits, and an apostrophe between letters ("doesn't" is one word). */
  boolean isWordChar(int i) {
    return i >= 0 && i < length && word[i];
  }

  /** A growable buffer of normalised characters and their original ranges. */
  private static final class Builder {
    char[] chars;
    int[] start;
    int[] end;
    int len;

    Builder(int capacity) {
      chars = new char[capacity];
      start = new int[capacity];
      end = new int[capacity];
    }

    void add(char c, int s, int e) {
      if (len == chars.length) {
        int n = chars.length * 2;
        chars = Arrays.copyOf(chars, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
      }
      chars[len] = c;
      start[len] = s;
      end[len] = e;
      len++;
    }

    void addWord(String w, int s, int e) {
      for (int k = 0; k < w.length(); k++) {
        add(w.charAt(k), s, e);
      }
    }

    /** One space, never two in a row, never at the start. */
    void space(int s, int e) {
      if (len > 0 && chars[len - 1] != ' ') {
        add(' ', s, e);
      }
    }

    void trimTrailingSpace() {
      while (len > 0 && chars[len - 1] == ' ') {
        len--;
      }
    }

    char lastChar() {
      return len == 0 ? 0 : chars[len - 1];
    }

    boolean lastIsLetter() {
      return len > 0 && Character.isLetter(chars[len - 1]);
    }

    boolean lastIsWordChar() {
      return len > 0 && Character.isLetterOrDigit(chars[len - 1]);
    }
  }
}
