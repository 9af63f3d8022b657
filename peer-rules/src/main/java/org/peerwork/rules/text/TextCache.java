package org.peerwork.rules.text;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What this thread last read of one text: its layout, its fact cues and the classification of its
 * statements. Parsing a posting and checking it read the same text several times (the parser, then
 * the job rules quoting facts and classifying duties); this cache makes each of those a lookup.
 *
 * <p>A pure cache: confined to its thread, keyed by the identity of the text and of the lexicon,
 * holding the text only weakly, and never changing a result. One entry per thread, for texts of at
 * most {@value #MAX_CACHED_CHARS} characters.
 */
final class TextCache {

  private static final ThreadLocal<TextCache> CURRENT = ThreadLocal.withInitial(TextCache::new);
  /** Longer texts get an entry of their own that is not kept, so a huge text is not retained. */
  static final int MAX_CACHED_CHARS = 200_000;

  private WeakReference<String> text = new WeakReference<>(null);
  PostingParser.Layout layout;
  DutyLexicon lexicon;
  List<FactMention> facts;
  final Map<Long, DutyClassification> classifications = new HashMap<>();

  private TextCache() {}

  /** The cache entry of this thread if it is for this very text, else a fresh entry for it. */
  static TextCache of(String text) {
    if (text.length() > MAX_CACHED_CHARS) {
      TextCache own = new TextCache();
      own.text = new WeakReference<>(text);
      return own;
    }
    TextCache c = CURRENT.get();
    if (c.text.get() != text) {
      c.text = new WeakReference<>(text);
      c.layout = null;
      c.lexicon = null;
      c.facts = null;
      c.classifications.clear();
    }
    return c;
  }

  /** The entry of this thread if it holds this text read with this lexicon, else null. */
  static TextCache lookup(CharSequence text, DutyLexicon lexicon) {
    TextCache c = CURRENT.get();
    return c.text.get() == text && c.lexicon == lexicon ? c : null;
  }

  /** A key for a region and the excluded flag. */
  static long key(int from, int to, boolean excluded) {
    return ((long) from << 32) | ((long) to << 1) | (excluded ? 1 : 0);
  }
}
