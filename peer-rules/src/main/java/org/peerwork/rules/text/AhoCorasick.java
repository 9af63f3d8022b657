package org.peerwork.rules.text;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho-Corasick automaton over a fixed set of strings: finds every occurrence of every string in
 * one left-to-right pass over a text, in time linear in the text plus the number of occurrences
 * (Aho and Corasick, CACM 1975).
 *
 * <p>Transitions are stored sparsely (sorted keys per state, flat arrays) with a dense table for the
 * root's ASCII transitions, so the automaton stays small for thousands of phrases. Immutable and
 * safe to share between threads once built.
 */
final class AhoCorasick {

  /** Receives an occurrence: the pattern's index and the offset one past its last character. */
  @FunctionalInterface
  interface Hits {
    void hit(int pattern, int end);
  }

  private final int[] rootAscii;
  /** For states with many children: the row of {@link #dense} holding their ASCII transitions, else -1. */
  private final int[] denseRow;
  private final int[] dense;
  private static final int DENSE_FROM = 8;
  private final int[] trStart;
  private final char[] trKey;
  private final int[] trTarget;
  private final int[] fail;
  private final int[] terminal;
  private final int[] dictLink;
  private final int[] patternLength;
  /** For each state: some output in its chain ends with a character that is not a letter or digit. */
  private final boolean[] outputEndsOpen;

  /**
   * An automaton for these patterns; pattern {@code i} is reported as {@code i}. Empty patterns are
   * ignored; a pattern listed twice is reported under its first index (the lexicon's are distinct).
   */
  AhoCorasick(List<String> patterns) {
    // 1. a trie in flat arrays: first child, next sibling, key, terminal pattern
    int cap = 1024;
    int[] firstChild = new int[cap];
    int[] nextSibling = new int[cap];
    char[] key = new char[cap];
    int[] term = new int[cap];
    Arrays.fill(firstChild, -1);
    Arrays.fill(term, -1);
    int n = 1;
    patternLength = new int[patterns.size()];
    for (int p = 0; p < patterns.size(); p++) {
      String s = patterns.get(p);
      patternLength[p] = s.length();
      int state = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        int child = firstChild[state];
        while (child >= 0 && key[child] != c) {
          child = nextSibling[child];
        }
        if (child < 0) {
          if (n == cap) {
            cap *= 2;
            firstChild = Arrays.copyOf(firstChild, cap);
            nextSibling = Arrays.copyOf(nextSibling, cap);
            key = Arrays.copyOf(key, cap);
            term = Arrays.copyOf(term, cap);
            Arrays.fill(firstChild, n, cap, -1);
            Arrays.fill(term, n, cap, -1);
          }
          child = n++;
          key[child] = c;
          nextSibling[child] = firstChild[state];
          firstChild[state] = child;
        }
        state = child;
      }
      if (!s.isEmpty() && term[state] < 0) {
        term[state] = p;
      }
    }
    // 2. flatten the transitions, each state's keys sorted
    trStart = new int[n + 1];
    int edges = 0;
    for (int st = 0; st < n; st++) {
      trStart[st] = edges;
      for (int ch = firstChild[st]; ch >= 0; ch = nextSibling[ch]) {
        edges++;
      }
    }
    trStart[n] = edges;
    trKey = new char[edges];
    trTarget = new int[edges];
    for (int st = 0; st < n; st++) {
      int k = trStart[st];
      for (int ch = firstChild[st]; ch >= 0; ch = nextSibling[ch]) {
        // insertion sort by key: fan-outs are small except at the root
        int j = k++;
        while (j > trStart[st] && trKey[j - 1] > key[ch]) {
          trKey[j] = trKey[j - 1];
          trTarget[j] = trTarget[j - 1];
          j--;
        }
        trKey[j] = key[ch];
        trTarget[j] = ch;
      }
    }
    terminal = Arrays.copyOf(term, n);
    rootAscii = new int[128];
    for (int c = 0; c < 128; c++) {
      rootAscii[c] = sparseChild(0, (char) c);
      if (rootAscii[c] < 0) {
        rootAscii[c] = 0;
      }
    }
    denseRow = new int[n];
    int rows = 0;
    for (int st = 0; st < n; st++) {
      denseRow[st] = trStart[st + 1] - trStart[st] >= DENSE_FROM ? rows++ : -1;
    }
    dense = new int[rows * 128];
    java.util.Arrays.fill(dense, -1);
    for (int st = 0; st < n; st++) {
      if (denseRow[st] >= 0) {
        for (int k = trStart[st]; k < trStart[st + 1]; k++) {
          if (trKey[k] < 128) {
            dense[denseRow[st] * 128 + trKey[k]] = trTarget[k];
          }
        }
      }
    }
    // 3. failure and dictionary links, breadth first
    fail = new int[n];
    dictLink = new int[n];
    Arrays.fill(dictLink, -1);
    int[] queue = new int[n];
    int qHead = 0;
    int qTail = 0;
    for (int k = trStart[0]; k < trStart[1]; k++) {
      fail[trTarget[k]] = 0;
      queue[qTail++] = trTarget[k];
    }
    while (qHead < qTail) {
      int s = queue[qHead++];
      for (int k = trStart[s]; k < trStart[s + 1]; k++) {
        char c = trKey[k];
        int t = trTarget[k];
        int f = fail[s];
        int g;
        while ((g = child(f, c)) < 0 && f != 0) {
          f = fail[f];
        }
        fail[t] = g >= 0 && g != t ? g : 0;
        dictLink[t] = terminal[fail[t]] >= 0 ? fail[t] : dictLink[fail[t]];
        queue[qTail++] = t;
      }
    }
    // states in breadth-first order, so a state's dictionary link is settled before it
    outputEndsOpen = new boolean[n];
    outputEndsOpen[0] = false;
    for (int q = 0; q < qTail; q++) {
      int st = queue[q];
      boolean open = terminal[st] >= 0 && !endsInWord(patterns.get(terminal[st]));
      if (dictLink[st] >= 0) {
        open |= outputEndsOpen[dictLink[st]];
      }
      outputEndsOpen[st] = open;
    }
  }

  private static boolean endsInWord(String p) {
    return !p.isEmpty() && Character.isLetterOrDigit(p.charAt(p.length() - 1));
  }

  /** The number of states, for sizing reports. */
  int states() {
    return terminal.length;
  }

  /** The number of states with a dense ASCII transition row. */
  int denseStates() {
    return dense.length / 128;
  }

  /** The length of pattern {@code p}. */
  int patternLength(int p) {
    return patternLength[p];
  }

  private int child(int state, char c) {
    int row = denseRow[state];
    if (row >= 0 && c < 128) {
      return dense[row * 128 + c];
    }
    return sparseChild(state, c);
  }

  private int sparseChild(int state, char c) {
    int lo = trStart[state];
    int hi = trStart[state + 1] - 1;
    if (hi - lo < 8) {
      for (int k = lo; k <= hi; k++) {
        char key = trKey[k];
        if (key == c) {
          return trTarget[k];
        }
        if (key > c) {
          return -1;
        }
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char key = trKey[mid];
      if (key < c) {
        lo = mid + 1;
      } else if (key > c) {
        hi = mid - 1;
      } else {
        return trTarget[mid];
      }
    }
    return -1;
  }

  private int step(int state, char c) {
    while (true) {
      if (state == 0) {
        if (c < 128) {
          return rootAscii[c];
        }
        int g = child(0, c);
        return g < 0 ? 0 : g;
      }
      int g = child(state, c);
      if (g >= 0) {
        return g;
      }
      state = fail[state];
    }
  }

  /** Reports every occurrence of every pattern in {@code text[0, length)}, in order of their ends. */
  void scan(char[] text, int length, Hits hits) {
    scan(text, length, null, hits);
  }

  /**
   * Reports the occurrences in {@code text[0, length)} that can end a whole word: where
   * {@code wordChar[i + 1]} is true (a word goes on), only patterns ending in a character that is not
   * a letter or digit are reported. With {@code wordChar} null, every occurrence is reported.
   */
  void scan(char[] text, int length, boolean[] wordChar, Hits hits) {
    int state = 0;
    for (int i = 0; i < length; i++) {
      state = step(state, text[i]);
      boolean wordGoesOn = wordChar != null && i + 1 < length && wordChar[i + 1];
      if (wordGoesOn && !outputEndsOpen[state]) {
        continue;
      }
      int s = terminal[state] >= 0 ? state : dictLink[state];
      while (s >= 0) {
        hits.hit(terminal[s], i + 1);
        s = dictLink[s];
      }
    }
  }

  /** Reports every occurrence in a character sequence. */
  void scan(CharSequence text, Hits hits) {
    int state = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      state = step(state, text.charAt(i));
      int s = terminal[state] >= 0 ? state : dictLink[state];
      while (s >= 0) {
        hits.hit(terminal[s], i + 1);
        s = dictLink[s];
      }
    }
  }
}
