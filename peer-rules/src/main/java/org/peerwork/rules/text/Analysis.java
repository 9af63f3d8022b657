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
    FACTS
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
    return run(lexicon, source, from, to, excluded, Mode.DUTIES);
  }

  /** Reads {@code source[from, to)} in the given mode. */
  static Analysis run(DutyLexicon lexicon, CharSequence source, int from, int to, boolean excluded, Mode mode) {
    NormalizedText nt = NormalizedText.of(source, from, to);
    int n = nt.length();
    if (n == 0) {
      return new Analysis(nt, List.of());
    }
    List<Surface> surfaces = lexicon.surfaces();
    AhoCorasick ac = lexicon.automaton();
    // 1. raw whole-word hits: targets (phrases or fact cues), triggers, parts of gapped phrases
    HitList targetsHits = new HitList();
    HitList triggerHits = new HitList();
    HitList parts = new HitList();
    ac.scan(nt.chars(), n, (p, end) -> {
      Surface s = surfaces.get(p);
      int start = end - ac.patternLength(p);
      if (s.firstIsWordChar() && nt.isWordChar(start - 1)) {
        return;
      }
      if (s.lastIsWordChar() && nt.isWordChar(end)) {
        return;
      }
      if (s.trigger != null) {
        triggerHits.add(p, start, end);
      }
      if (mode == Mode.DUTIES) {
        if (s.entry != null && (!s.entry.upperCase() || upper(source, nt, start, end))) {
          targetsHits.add(p, start, end);
        }
        if (s.gappedRefs.length > 0) {
          parts.add(p, start, end);
        }
      } else if (s.fact != null) {
        targetsHits.add(p, start, end);
      }
    });
    // 2. longest-leftmost, among phrases, among forward triggers and among backward triggers
    List<Item> triggers = new ArrayList<>();
    HitList forwardHits = new HitList();
    HitList backwardHits = new HitList();
    for (int k = 0; k < triggerHits.size; k++) {
      Trigger t = surfaces.get(triggerHits.pattern[k]).trigger;
      (t.type().forward() ? forwardHits : backwardHits).add(triggerHits.pattern[k], triggerHits.start[k], triggerHits.end[k]);
    }
    for (HitList hl : List.of(forwardHits, backwardHits)) {
      for (int k : longestLeftmost(hl)) {
        triggers.add(new Item(hl.start[k], hl.end[k], null, surfaces.get(hl.pattern[k]).trigger, null, false));
      }
    }
    List<Item> targets = new ArrayList<>();
    for (int k : longestLeftmost(targetsHits)) {
      Surface s = surfaces.get(targetsHits.pattern[k]);
      targets.add(new Item(targetsHits.start[k], targetsHits.end[k], mode == Mode.DUTIES ? s.entry : null, null, mode == Mode.FACTS ? s.fact : null, false));
    }
    Index idx = new Index(nt, source);
    // 3. phrases written with gaps compete with contiguous phrases through their parts
    if (mode == Mode.DUTIES && parts.size > 0) {
      targets = mergeGapped(targets, assembleGapped(lexicon, parts, triggers, idx));
    }
    List<Item> chosen = new ArrayList<>(targets.size() + triggers.size());
    chosen.addAll(triggers);
    chosen.addAll(targets);
    chosen.sort(Comparator.comparingInt((Item i) -> i.start).thenComparingInt(i -> i.end));
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
    forward(chosen, idx);
    backward(chosen, idx);
    List<Item> out = new ArrayList<>(targets.size());
    for (Item it : chosen) {
      if (it.isTarget() && !(it.topic && mode == Mode.DUTIES)) {
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
    List<Surface> surfaces = lexicon.surfaces();
    List<Gapped> gapped = lexicon.gapped();
    int[] order = parts.byStartThenLongest();
    // blockers: negation, termination and pseudo triggers break a gapped phrase (prefix counts)
    int[] blockers = new int[idx.length() + 1];
    for (Item it : triggers) {
      {
        TriggerType t = it.trigger.type();
        if (t == TriggerType.NEGATION_PRE || t == TriggerType.TERMINATION || t == TriggerType.NEGATION_POST || t == TriggerType.PSEUDO) {
          blockers[it.start + 1]++;
        }
      }
    }
    for (int i = 1; i < blockers.length; i++) {
      blockers[i] += blockers[i - 1];
    }
    List<Item> out = new ArrayList<>();
    for (int oi = 0; oi < order.length; oi++) {
      int k = order[oi];
      for (int ref : surfaces.get(parts.pattern[k]).gappedRefs) {
        if ((ref & 15) != 0) {
          continue;
        }
        Gapped g = gapped.get(ref >>> 4);
        int gi = ref >>> 4;
        int lastEnd = parts.end[k];
        int[] spans = new int[g.parts().length * 2];
        spans[0] = parts.start[k];
        spans[1] = lastEnd;
        boolean ok = true;
        int from = oi + 1;
        for (int want = 1; want < g.parts().length && ok; want++) {
          int found = -1;
          for (int oj = from; oj < order.length; oj++) {
            int kk = order[oj];
            int st = parts.start[kk];
            if (st < lastEnd) {
              continue;
            }
            if (idx.words(st) - idx.words(lastEnd) > g.gap() || !idx.sameClause(lastEnd, st)) {
              break;
            }
            if (hasRef(surfaces.get(parts.pattern[kk]).gappedRefs, gi * 16 + want) && blockers[st] == blockers[lastEnd]) {
              found = oj;
              break;
            }
          }
          if (found < 0) {
            ok = false;
          } else {
            spans[want * 2] = parts.start[order[found]];
            lastEnd = parts.end[order[found]];
            spans[want * 2 + 1] = lastEnd;
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

  private static boolean hasRef(int[] refs, int ref) {
    for (int r : refs) {
      if (r == ref) {
        return true;
      }
    }
    return false;
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
    gapped.sort(Comparator.comparingInt((Item i) -> i.start).thenComparing(Comparator.comparingInt(Item::length).reversed()));
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
      if (pseudo != null && idx.sameSentence(pseudo.end, it.start) && idx.words(it.start) - idx.words(pseudo.end) <= 15) {
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

  /** Cumulative counts over the normalised text: words, sentence ends, commas, colons. */
  static final class Index {
    private final int[] words;
    private final int[] sentences;
    private final int[] commas;
    private final int[] colons;
    private final int[] ands;
    private final int[] stops;
    private final NormalizedText text;
    /** Words a negation followed by a colon reaches: "Does NOT: diagnose; prescribe; ...". */
    static final int LIST_SCOPE = 40;

    Index(NormalizedText nt, CharSequence source) {
      this.text = nt;
      int n = nt.length();
      words = new int[n + 1];
      sentences = new int[n + 1];
      commas = new int[n + 1];
      colons = new int[n + 1];
      ands = new int[n + 1];
      stops = new int[n + 1];
      int st = 0;
      int a = 0;
      int w = 0;
      int s = 0;
      int c = 0;
      int col = 0;
      for (int i = 0; i < n; i++) {
        words[i] = w;
        sentences[i] = s;
        commas[i] = c;
        colons[i] = col;
        ands[i] = a;
        stops[i] = st;
        char ch = nt.charAt(i);
        if (nt.isWordChar(i) && !nt.isWordChar(i - 1)) {
          w++;
          if (ch == 'a' && i + 2 < n && nt.charAt(i + 1) == 'n' && nt.charAt(i + 2) == 'd' && !nt.isWordChar(i + 3)) {
            a++;
          }
        }
        switch (ch) {
          case '.' -> {
            if (sentenceDot(nt, source, i)) {
              s++;
              st++;
            }
          }
          case '!', '?' -> {
            s++;
            st++;
          }
          case ';' -> s++;
          case ',' -> c++;
          case '-' -> {
            if ((i == 0 || nt.charAt(i - 1) == ' ') && (i + 1 >= n || nt.charAt(i + 1) == ' ')) {
              c++;
            }
          }
          case ':' -> col++;
          default -> {
            // nothing to count
          }
        }
      }
      words[n] = w;
      sentences[n] = s;
      commas[n] = c;
      colons[n] = col;
      ands[n] = a;
      stops[n] = st;
    }

    /** True when a colon follows {@code pos}, perhaps after spaces. */
    boolean colonFollows(int pos) {
      int i = pos;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      return i < text.length() && text.charAt(i) == ':';
    }

    /** A full stop that ends a sentence: followed by a space or the end, not after an abbreviation, not before a lower-case word. */
    private static boolean sentenceDot(NormalizedText nt, CharSequence source, int i) {
      int n = nt.length();
      if (i + 1 < n && nt.charAt(i + 1) != ' ') {
        return false;
      }
      // the word before: "e.g", "i.e", "etc", single letters, titles
      int j = i - 1;
      while (j >= 0 && (nt.isWordChar(j) || nt.charAt(j) == '.')) {
        j--;
      }
      int len = i - 1 - j;
      if (len <= 0) {
        return true;
      }
      String word = new String(nt.chars(), j + 1, len);
      if (len == 1 || word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word)) {
        return false;
      }
      if (i + 2 < n) {
        char next = source.charAt(nt.originalStart(i + 2));
        if (Character.isLowerCase(next)) {
          return false;
        }
      }
      return true;
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
        "eg", "ie", "etc", "vs", "dr", "mr", "mrs", "ms", "st", "no", "incl", "approx", "esp", "dept", "min", "max", "hr", "hrs", "wk", "mo", "jr", "sr", "inc", "co");

    int words(int i) {
      return words[i];
    }

    int length() {
      return words.length - 1;
    }

    boolean sameSentence(int a, int b) {
      return sentences[Math.min(a, b)] == sentences[Math.max(a, b)];
    }

    boolean sameClause(int a, int b) {
      return sameSentence(a, b) && colons[Math.min(a, b)] == colons[Math.max(a, b)];
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

    boolean inForwardScope(Item trigger, Item target) {
      if (inForwardScope(trigger, target.start)) {
        return true;
      }
      return target.parts != null && inForwardScope(trigger, target.parts[target.parts.length - 2]);
    }

    private boolean inForwardScope(Item trigger, int to) {
      int from = trigger.end;
      if (to < from) {
        return false;
      }
      if (trigger.list) {
        return stops[from] == stops[to] && words[to] - words[from] <= LIST_SCOPE;
      }
      if (!sameSentence(from, to)) {
        return false;
      }
      if (words[to] - words[from] > trigger.trigger.scope()) {
        return false;
      }
      if (trigger.trigger.stopAtAnd() && ands[from] != ands[to]) {
        return false;
      }
      return !trigger.trigger.clause() || commas[from] == commas[to];
    }

    boolean inBackwardScope(Item trigger, Item target) {
      int from = target.end;
      int to = trigger.start;
      if (to < from) {
        return false;
      }
      if (!sameSentence(from, to)) {
        return false;
      }
      if (words[to] - words[from] > trigger.trigger.scope()) {
        return false;
      }
      return !trigger.trigger.clause() || commas[from] == commas[to];
    }
  }

  /** A growable list of raw hits. */
  private static final class HitList {
    int[] pattern = new int[16];
    int[] start = new int[16];
    int[] end = new int[16];
    int size;

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
