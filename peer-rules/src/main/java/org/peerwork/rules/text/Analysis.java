package org.peerwork.rules.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.text.DutyLexicon.Entry;
import org.peerwork.rules.text.DutyLexicon.Fact;
import org.peerwork.rules.text.DutyLexicon.Gapped;
import org.peerwork.rules.text.DutyLexicon.Surface;
import org.peerwork.rules.text.DutyLexicon.Trigger;

/**
 * One pass of the lexicon over a region of text: normalise, match every surface form with the
 * automaton, keep whole words, resolve overlaps longest-leftmost, assemble phrases written with gaps,
 * then apply context in the NegEx/ConText manner.
 *
 * <p>Context: a trigger opens a scope forward (negation, hypothetical, another actor, referral) or
 * backward (post-negation, "done by the clinical team"). A scope ends at the end of the sentence
 * ({@code . ! ? ;}, but not a colon, so "Does NOT: diagnose, prescribe" negates the list), at a
 * termination term ("but", "however"), at a new clause's subject after a comma ("..., you will"), at a
 * trigger of the same kind, after the trigger's word limit, and, for triggers marked {@code clause},
 * at a comma. Pseudo-negations ("not only", "no less than") win over the shorter negations inside
 * them because the longest match wins.
 *
 * <p>Linear in the length of the region: the automaton is linear, the number of matches per
 * character is bounded by the longest phrase, and each scope pass visits each item once.
 */
final class Analysis {

  /** What a region is read for. */
  enum Mode {
    /** Duty phrases and context triggers. */
    DUTIES,
    /** Fact cues and context triggers. */
    FACTS,
    /** Both, resolved separately: duty phrases among themselves, fact cues among themselves. */
    BOTH
  }

  /** A matched phrase, gapped phrase, fact cue or trigger, with its normalised offsets and context. */
  static final class Item {
    final int start;
    final int end;
    final Entry entry;
    final Trigger trigger;
    final Fact fact;
    final boolean gapped;
    int[] parts;
    int flags;
    boolean topic;
    boolean list;
    /** Counts where the item starts, where it ends, and where its last part starts: see {@link Index#annotate}. */
    final int[] at = new int[18];
    boolean effective = true;

    Item(int start, int end, Entry entry, Trigger trigger, Fact fact, boolean gapped) {
      this.start = start;
      this.end = end;
      this.entry = entry;
      this.trigger = trigger;
      this.fact = fact;
      this.gapped = gapped;
    }

    boolean isTarget() {
      return entry != null || fact != null;
    }

    boolean has(ContextFlag f) {
      return (flags & (1 << f.ordinal())) != 0;
    }

    void set(ContextFlag f) {
      flags |= 1 << f.ordinal();
    }

    int length() {
      return end - start;
    }
  }

  private static final Comparator<Item> BY_POSITION = Comparator.comparingInt((Item i) -> i.start).thenComparingInt(i -> i.end);
  private static final Comparator<Item> BY_START_LONGEST =
      Comparator.comparingInt((Item i) -> i.start).thenComparing(Comparator.comparingInt(Item::length).reversed());

  private final NormalizedText text;
  private final List<Item> items;

  private Analysis(NormalizedText text, List<Item> items) {
    this.text = text;
    this.items = items;
  }

  /** The normalised region. */
  NormalizedText text() {
    return text;
  }

  /** The targets (duty phrases or fact cues, by mode) in text order, with their context flags. */
  List<Item> items() {
    return items;
  }

  /** Reads duty phrases in {@code source[from, to)}; {@code excluded} marks a duty listed as NOT done. */
  static Analysis run(DutyLexicon lexicon, CharSequence source, int from, int to, boolean excluded) {
    return run(lexicon, source, from, to, excluded, Mode.DUTIES, new Scratch());
  }

  /**
   * Reads {@code source[from, to)} in the given mode, with working arrays that the caller may reuse
   * for the next region of the same text (never from two threads at once).
   */
  static Analysis run(DutyLexicon lexicon, CharSequence source, int from, int to, boolean excluded, Mode mode, Scratch scratch) {
    NormalizedText nt = NormalizedText.of(source, from, to);
    int n = nt.length();
    if (n == 0) {
      return new Analysis(nt, List.of());
    }
    Surface[] surfaces = lexicon.surfaceArray();
    AhoCorasick ac = lexicon.automaton();
    // 1. raw whole-word hits: targets (phrases or fact cues), triggers, parts of gapped phrases
    HitList targetsHits = scratch.targets.clear();
    HitList factHits = scratch.facts.clear();
    HitList triggerHits = scratch.triggers.clear();
    HitList parts = scratch.parts.clear();
    ac.scan(nt.chars(), n, nt.wordChars(), (p, end) -> {
      Surface s = surfaces[p];
      if (s.lastWord && nt.isWordChar(end)) {
        return;
      }
      int start = end - s.length;
      if (s.firstWord && nt.isWordChar(start - 1)) {
        return;
      }
      if (s.trigger != null) {
        triggerHits.add(p, start, end);
      }
      if (mode != Mode.FACTS) {
        if (s.entry != null && (!s.entry.upperCase() || upper(source, nt, start, end))) {
          targetsHits.add(p, start, end);
        }
        if (s.gappedRefs.length > 0) {
          parts.add(p, start, end);
        }
      }
      if (mode != Mode.DUTIES && s.fact != null) {
        factHits.add(p, start, end);
      }
    });
    if (targetsHits.size == 0 && parts.size == 0 && factHits.size == 0) {
      return new Analysis(nt, List.of());
    }
    // 2. longest-leftmost, among phrases, among forward triggers and among backward triggers
    List<Item> triggers = new ArrayList<>();
    HitList forwardHits = scratch.forward.clear();
    HitList backwardHits = scratch.backward.clear();
    for (int k = 0; k < triggerHits.size; k++) {
      Trigger t = surfaces[triggerHits.pattern[k]].trigger;
      (t.type().forward() ? forwardHits : backwardHits).add(triggerHits.pattern[k], triggerHits.start[k], triggerHits.end[k]);
    }
    for (HitList hl : List.of(forwardHits, backwardHits)) {
      for (int k : longestLeftmost(hl)) {
        triggers.add(new Item(hl.start[k], hl.end[k], null, surfaces[hl.pattern[k]].trigger, null, false));
      }
    }
    List<Item> targets = new ArrayList<>();
    for (int k : longestLeftmost(targetsHits)) {
      Surface s = surfaces[targetsHits.pattern[k]];
      targets.add(new Item(targetsHits.start[k], targetsHits.end[k], s.entry, null, null, false));
    }
    Index idx = new Index(nt, source, scratch);
    // 3. phrases written with gaps compete with contiguous phrases through their parts
    if (mode != Mode.FACTS && parts.size > 0) {
      targets = mergeGapped(targets, assembleGapped(lexicon, parts, triggers, idx));
    }
    List<Item> facts = new ArrayList<>();
    for (int k : longestLeftmost(factHits)) {
      facts.add(new Item(factHits.start[k], factHits.end[k], null, null, surfaces[factHits.pattern[k]].fact, false));
    }
    List<Item> chosen = new ArrayList<>(targets.size() + facts.size() + triggers.size());
    chosen.addAll(triggers);
    chosen.addAll(targets);
    chosen.addAll(facts);
    chosen.sort(BY_POSITION);
    // 4. context
    for (Item it : chosen) {
      if (it.trigger != null && it.trigger.type() == TriggerType.CLAUSE_SUBJECT) {
        it.effective = idx.afterClauseBreak(it.start);
      }
    }
    for (Item it : targets) {
      if (it.entry != null && it.entry.negation()) {
        it.set(ContextFlag.NEGATED);
      }
    }
    for (Item it : triggers) {
      if (it.trigger.type() == TriggerType.NEGATION_PRE) {
        it.list = idx.colonFollows(it.end);
      }
    }
    for (Item it : chosen) {
      idx.annotate(it);
    }
    forward(chosen, idx);
    backward(chosen, idx);
    List<Item> out = new ArrayList<>(targets.size());
    for (Item it : chosen) {
      if (it.isTarget() && !(it.topic && it.entry != null)) {
        if (excluded) {
          it.set(ContextFlag.EXCLUDED_SECTION);
        }
        out.add(it);
      }
    }
    return new Analysis(nt, out);
  }

  /** Indices of the hits kept by longest-leftmost: by start, the longest at a start, no overlaps. */
  private static int[] longestLeftmost(HitList hits) {
    int[] order = hits.byStartThenLongest();
    int[] kept = new int[order.length];
    int n = 0;
    int lastEnd = -1;
    for (int k : order) {
      if (hits.start[k] >= lastEnd) {
        kept[n++] = k;
        lastEnd = hits.end[k];
      }
    }
    return Arrays.copyOf(kept, n);
  }

  /** True when the original words are in capitals; a plural "s" may follow ("UAs"). */
  private static boolean upper(CharSequence source, NormalizedText nt, int start, int end) {
    int a = nt.originalStart(start);
    int b = nt.originalEnd(end - 1);
    if (b - a > 2 && source.charAt(b - 1) == 's' && Character.isUpperCase(source.charAt(b - 2))) {
      b--;
    }
    for (int i = a; i < b; i++) {
      char c = source.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** Builds the gapped phrases whose parts occur in order, close enough, in one clause. */
  private static List<Item> assembleGapped(DutyLexicon lexicon, HitList parts, List<Item> triggers, Index idx) {
    Surface[] surfaces = lexicon.surfaceArray();
    List<Gapped> gapped = lexicon.gapped();
    int[] order = parts.byStartThenLongest();
    // negation, termination and pseudo triggers break a gapped phrase
    int[] blockers = new int[triggers.size()];
    int nb = 0;
    for (Item it : triggers) {
      TriggerType t = it.trigger.type();
      if (t == TriggerType.NEGATION_PRE || t == TriggerType.TERMINATION || t == TriggerType.NEGATION_POST || t == TriggerType.PSEUDO) {
        blockers[nb++] = it.start;
      }
    }
    Arrays.sort(blockers, 0, nb);
    // each hit, in start order: words before it, its clause, blockers before it (one merged walk)
    int h = order.length;
    int[] words = new int[h];
    long[] clause = new long[h];
    int[] blocked = new int[h];
    idx.walk(order, parts.start, words, clause);
    int b = 0;
    for (int oi = 0; oi < h; oi++) {
      int st = parts.start[order[oi]];
      while (b < nb && blockers[b] < st) {
        b++;
      }
      blocked[oi] = b;
    }
    List<Item> out = new ArrayList<>();
    for (int oi = 0; oi < h; oi++) {
      int k = order[oi];
      Surface first = surfaces[parts.pattern[k]];
      for (int ref : first.gappedRefs) {
        if ((ref & 15) != 0) {
          continue;
        }
        Gapped g = gapped.get(ref >>> 4);
        int gi = ref >>> 4;
        int lastEnd = parts.end[k];
        int lastWords = words[oi] + first.words;
        long lastClause = clause[oi];
        int lastBlocked = countBefore(blockers, nb, lastEnd);
        int[] spans = new int[g.parts().length * 2];
        spans[0] = parts.start[k];
        spans[1] = lastEnd;
        boolean ok = true;
        int from = oi + 1;
        for (int want = 1; want < g.parts().length && ok; want++) {
          int found = -1;
          for (int oj = from; oj < h; oj++) {
            int kk = order[oj];
            if (parts.start[kk] < lastEnd) {
              continue;
            }
            if (words[oj] - lastWords > g.gap() || clause[oj] != lastClause) {
              break;
            }
            if (blocked[oj] == lastBlocked && hasRef(surfaces[parts.pattern[kk]].gappedRefs, gi * 16 + want)) {
              found = oj;
              break;
            }
          }
          if (found < 0) {
            ok = false;
          } else {
            int kk = order[found];
            spans[want * 2] = parts.start[kk];
            lastEnd = parts.end[kk];
            spans[want * 2 + 1] = lastEnd;
            lastWords = words[found] + surfaces[parts.pattern[kk]].words;
            lastBlocked = countBefore(blockers, nb, lastEnd);
            from = found + 1;
          }
        }
        if (ok) {
          Item it = new Item(parts.start[k], lastEnd, g.entry(), null, null, true);
          it.parts = spans;
          out.add(it);
        }
      }
    }
    return out;
  }

  /** How many of the first {@code n} sorted values are below {@code pos}. */
  private static int countBefore(int[] sorted, int n, int pos) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean hasRef(int[] refs, int ref) {
    return Arrays.binarySearch(refs, ref) >= 0;
  }

  /**
   * Gapped phrases against contiguous ones, part by part: a gapped phrase is dropped when a longer
   * contiguous phrase overlaps one of its parts (or another gapped phrase already holds the words);
   * when kept, it replaces the contiguous phrases inside its parts. Contiguous phrases in its gaps stay.
   */
  private static List<Item> mergeGapped(List<Item> contiguous, List<Item> gapped) {
    if (gapped.isEmpty()) {
      return contiguous;
    }
    // contiguous phrases are sorted by start and do not overlap, so their ends are sorted too
    int c = contiguous.size();
    int[] starts = new int[c];
    int[] ends = new int[c];
    for (int i = 0; i < c; i++) {
      starts[i] = contiguous.get(i).start;
      ends[i] = contiguous.get(i).end;
    }
    gapped.sort(BY_START_LONGEST);
    boolean[] removed = new boolean[c];
    java.util.TreeMap<Integer, Integer> held = new java.util.TreeMap<>();
    List<Item> accepted = new ArrayList<>();
    for (Item g : gapped) {
      boolean ok = true;
      for (int p = 0; p < g.parts.length && ok; p += 2) {
        int ps = g.parts[p];
        int pe = g.parts[p + 1];
        for (int i = firstEndingAfter(ends, ps); i < c && starts[i] < pe; i++) {
          if (starts[i] < ps || ends[i] > pe) {
            ok = false; // a contiguous phrase crosses or contains the part
            break;
          }
        }
        var before = held.floorEntry(pe - 1);
        if (before != null && before.getValue() > ps) {
          ok = false; // another gapped phrase holds these words
        }
      }
      if (!ok) {
        continue;
      }
      accepted.add(g);
      for (int p = 0; p < g.parts.length; p += 2) {
        held.put(g.parts[p], g.parts[p + 1]);
        for (int i = firstEndingAfter(ends, g.parts[p]); i < c && starts[i] < g.parts[p + 1]; i++) {
          removed[i] = true;
        }
      }
    }
    List<Item> out = new ArrayList<>(c + accepted.size());
    for (int i = 0; i < c; i++) {
      if (!removed[i]) {
        out.add(contiguous.get(i));
      }
    }
    out.addAll(accepted);
    return out;
  }

  /** The first index whose end is after {@code pos}; ends must be sorted. */
  private static int firstEndingAfter(int[] ends, int pos) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void forward(List<Item> items, Index idx) {
    Item neg = null;
    Item hypo = null;
    Item other = null;
    Item ref = null;
    Item pseudo = null;
    Item topic = null;
    for (Item it : items) {
      if (it.trigger != null) {
        switch (it.trigger.type()) {
          case TERMINATION -> {
            neg = hypo = other = ref = pseudo = topic = null;
          }
          case CLAUSE_SUBJECT -> {
            if (it.effective) {
              neg = hypo = other = ref = pseudo = topic = null;
            }
          }
          case NEGATION_PRE -> neg = it;
          case HYPOTHETICAL -> hypo = it;
          case OTHER_ACTOR_PRE -> other = it;
          case REFERRAL -> ref = it;
          case PSEUDO -> pseudo = it;
          case TOPIC -> topic = it;
          default -> {
            // backward triggers are read in the backward pass
          }
        }
      }
      if (!it.isTarget()) {
        continue;
      }
      if (neg != null && neg != it && idx.inForwardScope(neg, it)) {
        it.set(ContextFlag.NEGATED);
      }
      if (hypo != null && hypo != it && idx.inForwardScope(hypo, it)) {
        it.set(ContextFlag.HYPOTHETICAL);
      }
      if (other != null && other != it && idx.inForwardScope(other, it)) {
        it.set(ContextFlag.OTHER_ACTOR);
      }
      if (ref != null && idx.inForwardScope(ref, it)) {
        it.set(ContextFlag.REFERRAL);
      }
      if (topic != null && idx.inForwardScope(topic, it)) {
        it.topic = true;
      }
      if (pseudo != null && it.start >= pseudo.end && Index.near(pseudo, it, 15)) {
        it.set(ContextFlag.PSEUDO_NEGATION);
      }
    }
  }

  private static void backward(List<Item> items, Index idx) {
    Item neg = null;
    Item other = null;
    for (int i = items.size() - 1; i >= 0; i--) {
      Item it = items.get(i);
      if (it.trigger != null) {
        switch (it.trigger.type()) {
          case TERMINATION -> neg = other = null;
          case CLAUSE_SUBJECT -> {
            if (it.effective) {
              neg = other = null;
            }
          }
          case NEGATION_POST -> neg = it;
          case OTHER_ACTOR_POST -> other = it;
          default -> {
            // forward triggers were read in the forward pass
          }
        }
      }
      if (!it.isTarget()) {
        continue;
      }
      if (neg != null && neg != it && idx.inBackwardScope(neg, it)) {
        it.set(ContextFlag.NEGATED);
      }
      if (other != null && other != it && idx.inBackwardScope(other, it)) {
        it.set(ContextFlag.OTHER_ACTOR);
      }
    }
  }

  /**
   * Where the words, sentence ends, commas, colons, "and"s and full stops of the normalised text are:
   * one list of the positions where any of them occurs, in text order, each with a snapshot of all six
   * counts so far. The counts before an offset are one binary search away; each item records them at
   * its start, end and last part once ({@link #annotate}), so scope checks need no search at all.
   */
  static final class Index {
    static final int WORDS = 0;
    static final int SENTENCES = 1;
    static final int COMMAS = 2;
    static final int ANDS = 3;
    static final int STOPS = 4;
    static final int COLONS = 5;
    private static final int K = 6;
    private static final int START = 0;
    private static final int END = K;
    private static final int LAST_PART = 2 * K;
    /** Words a negation followed by a colon reaches: "Does NOT: diagnose; prescribe; ...". */
    static final int LIST_SCOPE = 40;

    private final NormalizedText text;
    private final Scratch scratch;
    private int size;

    Index(NormalizedText nt, CharSequence source, Scratch scratch) {
      this.text = nt;
      this.scratch = scratch;
      int n = nt.length();
      boolean[] word = nt.wordChars();
      char[] chars = nt.chars();
      int[] c = new int[K];
      boolean prevWord = false;
      for (int i = 0; i < n; i++) {
        char ch = chars[i];
        boolean w = word[i];
        boolean event = false;
        if (w && !prevWord) {
          c[WORDS]++;
          event = true;
          if (ch == 'a' && i + 2 < n && chars[i + 1] == 'n' && chars[i + 2] == 'd' && (i + 3 >= n || !word[i + 3])) {
            c[ANDS]++;
          }
        }
        prevWord = w;
        if (!w && ch != ' ') {
          switch (ch) {
            case '.' -> {
              if (sentenceDot(nt, source, i)) {
                c[SENTENCES]++;
                c[STOPS]++;
                event = true;
              }
            }
            case '!', '?' -> {
              c[SENTENCES]++;
              c[STOPS]++;
              event = true;
            }
            case ';' -> {
              c[SENTENCES]++;
              event = true;
            }
            case ',' -> {
              c[COMMAS]++;
              event = true;
            }
            case '-' -> {
              if ((i == 0 || chars[i - 1] == ' ') && (i + 1 >= n || chars[i + 1] == ' ')) {
                c[COMMAS]++;
                event = true;
              }
            }
            case ':' -> {
              c[COLONS]++;
              event = true;
            }
            default -> {
              // nothing to count
            }
          }
        }
        if (event) {
          scratch.snapshot(size++, i, c);
        }
      }
    }

    /** The index of the last event before {@code pos}, or -1. */
    private int last(int pos) {
      int[] at = scratch.eventPos;
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (at[mid] < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo - 1;
    }

    /** Copies the six counts before {@code pos} into {@code out[base..base+6)}. */
    private void counts(int pos, int[] out, int base) {
      int e = last(pos);
      if (e < 0) {
        Arrays.fill(out, base, base + K, 0);
      } else {
        System.arraycopy(scratch.eventCounts, e * K, out, base, K);
      }
    }

    /** A full stop that ends a sentence: followed by a space or the end, not after an abbreviation, not before a lower-case word. */
    private static boolean sentenceDot(NormalizedText nt, CharSequence source, int i) {
      int n = nt.length();
      if (i + 1 < n && nt.charAt(i + 1) != ' ') {
        return false;
      }
      int j = i - 1;
      while (j >= 0 && (nt.isWordChar(j) || nt.charAt(j) == '.')) {
        j--;
      }
      int len = i - 1 - j;
      if (len <= 0) {
        return true;
      }
      if (len == 1 || (len <= 6 && abbreviation(nt.chars(), j + 1, len))) {
        return false;
      }
      for (int k = j + 1; k < i; k++) {
        if (nt.charAt(k) == '.') {
          return false; // "e.g", "a.m"
        }
      }
      if (i + 2 < n) {
        char next = source.charAt(nt.originalStart(i + 2));
        if (Character.isLowerCase(next)) {
          return false;
        }
      }
      return true;
    }

    private static boolean abbreviation(char[] chars, int from, int len) {
      for (String a : ABBREVIATIONS) {
        if (a.length() == len) {
          boolean same = true;
          for (int k = 0; k < len && same; k++) {
            same = chars[from + k] == a.charAt(k);
          }
          if (same) {
            return true;
          }
        }
      }
      return false;
    }

    private static final List<String> ABBREVIATIONS = List.of(
        "eg", "ie", "etc", "vs", "dr", "mr", "mrs", "ms", "st", "no", "incl", "approx", "esp", "dept", "min", "max", "hr", "hrs",
        "wk", "mo", "jr", "sr", "inc", "co");

    /**
     * For positions {@code starts[order[0]], starts[order[1]], ...} in increasing order: the words
     * before each, and its clause (sentence and colon counts), in one walk over the events.
     */
    void walk(int[] order, int[] starts, int[] words, long[] clause) {
      int[] at = scratch.eventPos;
      int[] c = scratch.eventCounts;
      int e = -1;
      for (int oi = 0; oi < order.length; oi++) {
        int pos = starts[order[oi]];
        while (e + 1 < size && at[e + 1] < pos) {
          e++;
        }
        words[oi] = e < 0 ? 0 : c[e * K + WORDS];
        clause[oi] = e < 0 ? 0 : ((long) c[e * K + SENTENCES] << 32) | c[e * K + COLONS];
      }
    }

    boolean afterClauseBreak(int start) {
      int j = start - 1;
      while (j >= 0 && text.charAt(j) == ' ') {
        j--;
      }
      if (j < 0) {
        return false;
      }
      char c = text.charAt(j);
      return c == ',' || c == '-' || c == '(' || c == ':';
    }

    /** True when a colon follows {@code pos}, perhaps after spaces. */
    boolean colonFollows(int pos) {
      int i = pos;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      return i < text.length() && text.charAt(i) == ':';
    }

    /** Records the counts at the item's start, end and last part, so scope checks need no search. */
    void annotate(Item it) {
      counts(it.start, it.at, START);
      counts(it.end, it.at, END);
      if (it.parts != null) {
        counts(it.parts[it.parts.length - 2], it.at, LAST_PART);
      }
    }

    boolean inForwardScope(Item trigger, Item target) {
      if (inForwardScope(trigger, target.start, target.at, START)) {
        return true;
      }
      return target.parts != null && inForwardScope(trigger, target.parts[target.parts.length - 2], target.at, LAST_PART);
    }

    private static boolean inForwardScope(Item trigger, int to, int[] t, int base) {
      if (to < trigger.end) {
        return false;
      }
      int[] f = trigger.at;
      if (trigger.list) {
        return f[END + STOPS] == t[base + STOPS] && t[base + WORDS] - f[END + WORDS] <= LIST_SCOPE;
      }
      if (f[END + SENTENCES] != t[base + SENTENCES]) {
        return false;
      }
      if (t[base + WORDS] - f[END + WORDS] > trigger.trigger.scope()) {
        return false;
      }
      if (trigger.trigger.stopAtAnd() && f[END + ANDS] != t[base + ANDS]) {
        return false;
      }
      return !trigger.trigger.clause() || f[END + COMMAS] == t[base + COMMAS];
    }

    boolean inBackwardScope(Item trigger, Item target) {
      if (trigger.start < target.end) {
        return false;
      }
      int[] f = target.at;
      int[] t = trigger.at;
      if (f[END + SENTENCES] != t[START + SENTENCES]) {
        return false;
      }
      if (t[START + WORDS] - f[END + WORDS] > trigger.trigger.scope()) {
        return false;
      }
      return !trigger.trigger.clause() || f[END + COMMAS] == t[START + COMMAS];
    }

    /** True when the two items lie in one sentence and {@code b} starts at most {@code maxWords} words after {@code a} ends. */
    static boolean near(Item a, Item b, int maxWords) {
      return a.at[END + SENTENCES] == b.at[START + SENTENCES] && b.at[START + WORDS] - a.at[END + WORDS] <= maxWords;
    }
  }

  /**
   * Working arrays of one reading, reused from one region to the next so that reading a posting's
   * statements does not allocate them again for each. Made by whoever reads (one per call, never
   * shared between threads or kept between calls). Arrays that grew past {@link #KEEP} entries (a
   * very long text) are not kept for the next region.
   */
  static final class Scratch {
    final HitList targets = new HitList();
    final HitList facts = new HitList();
    final HitList triggers = new HitList();
    final HitList parts = new HitList();
    final HitList forward = new HitList();
    final HitList backward = new HitList();
    private static final int KEEP = 1 << 16;
    private static final int FIRST = 64;
    int[] eventPos = new int[FIRST];
    int[] eventCounts = new int[FIRST * 6];

    /** Stores event {@code k} at position {@code pos} with a copy of the six counts. */
    void snapshot(int k, int pos, int[] counts) {
      if (k == 0 && eventPos.length > KEEP) {
        eventPos = new int[FIRST];
        eventCounts = new int[FIRST * 6];
      }
      if (k == eventPos.length) {
        eventPos = Arrays.copyOf(eventPos, k * 2);
        eventCounts = Arrays.copyOf(eventCounts, k * 12);
      }
      eventPos[k] = pos;
      System.arraycopy(counts, 0, eventCounts, k * 6, 6);
    }
  }

  /** A growable list of raw hits. */
  private static final class HitList {
    private static final int KEEP = 1 << 14;
    int[] pattern = new int[16];
    int[] start = new int[16];
    int[] end = new int[16];
    int size;

    HitList clear() {
      size = 0;
      if (pattern.length > KEEP) {
        pattern = new int[16];
        start = new int[16];
        end = new int[16];
      }
      return this;
    }

    void add(int p, int s, int e) {
      if (size == pattern.length) {
        int n = size * 2;
        pattern = Arrays.copyOf(pattern, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
      }
      pattern[size] = p;
      start[size] = s;
      end[size] = e;
      size++;
    }

    /** Hit indices by start, longest first at the same start (one primitive sort of packed keys). */
    int[] byStartThenLongest() {
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        long len = Math.min(4095, end[i] - start[i]);
        keys[i] = ((long) start[i] << 38) | ((4095 - len) << 26) | i;
      }
      Arrays.sort(keys);
      int[] out = new int[size];
      for (int i = 0; i < size; i++) {
        out[i] = (int) (keys[i] & ((1L << 26) - 1));
      }
      return out;
    }
  }
}
