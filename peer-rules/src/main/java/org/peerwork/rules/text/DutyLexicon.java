package org.peerwork.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.rules.policy.LexiconPhrase;
import org.peerwork.rules.policy.PolicyException;

/**
 * The duty lexicon: phrases that signal each activity category, the context triggers that qualify
 * them (negation, pseudo-negation, termination, hypothetical, another actor, referral) and the cue
 * phrases of posting facts, compiled into one Aho-Corasick automaton over normalised text.
 *
 * <p>The phrases are data, bundled as {@code duty-lexicon.tsv}, {@code context-triggers.tsv} and
 * {@code posting-facts.tsv} beside this class and documented in {@code docs/lexicon.md}. Word forms
 * (plurals, {@code -s}, {@code -ing}, {@code -ed}, British and American spellings) are expanded when
 * the lexicon is built, never by stemming the text, so every match quotes real words. An agency adds
 * phrases through its policy ({@link #withExtraPhrases(Collection)}); a blank added phrase raises a
 * {@link PolicyException} naming it.
 *
 * <p>Immutable and thread-safe; build once and share. {@link #standard()} is built on first use.
 */
public final class DutyLexicon {

  private static final String DIR = "/org/peerwork/rules/text/";
  static final String DUTY_FILE = "duty-lexicon.tsv";
  static final String TRIGGER_FILE = "context-triggers.tsv";
  static final String FACT_FILE = "posting-facts.tsv";
  /** The default number of words allowed between the parts of a phrase written with "...". */
  static final int DEFAULT_GAP = 5;

  /** A duty phrase of the lexicon, normalised. {@code category} is null for a neutral, blocking phrase. */
  record Entry(ActivityCategory category, String phrase, boolean negatedOnly, boolean upperCase, boolean negation) {}

  /** A phrase written with gaps: its parts in order, each at most {@code gap} words after the last. */
  record Gapped(Entry entry, int[] parts, int gap) {}

  /**
   * A context trigger, normalised: its kind, scope in words, whether a comma ends the scope
   * ({@code clause}) and whether the word "and" ends it ({@code stopAtAnd}).
   */
  record Trigger(TriggerType type, String phrase, int scope, boolean clause, boolean stopAtAnd) {}

  /** A fact cue, normalised, with an optional argument (a training topic, a role). */
  record Fact(PostingFact fact, String phrase, String argument) {}

  /** One surface string of the automaton and everything it stands for. */
  static final class Surface {
    final String text;
    final int length;
    final boolean firstWord;
    final boolean lastWord;
    /** Word starts inside the surface after its first character: words before its end = words before its start + this. */
    final int words;
    Entry entry;
    Trigger trigger;
    Fact fact;
    int[] gappedRefs = new int[0];

    Surface(String text) {
      this.text = text;
      this.length = text.length();
      this.firstWord = isWordChar(text.charAt(0));
      this.lastWord = isWordChar(text.charAt(text.length() - 1));
      int w = 0;
      for (int i = 0; i < text.length(); i++) {
        if (isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)) && text.charAt(i - 1) != '\'')) {
          w++;
        }
      }
      this.words = w;
    }

    private static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c);
    }
  }

  private static volatile DutyLexicon standard;

  private final List<Surface> surfaces;
  private final Surface[] surfaceArray;
  private final List<Gapped> gapped;
  private final AhoCorasick automaton;
  private final int phraseCount;

  private DutyLexicon(Builder b) {
    this.surfaces = List.copyOf(b.surfaces);
    this.surfaceArray = surfaces.toArray(new Surface[0]);
    this.gapped = List.copyOf(b.gapped);
    List<String> keys = new ArrayList<>(surfaces.size());
    for (Surface s : surfaces) {
      keys.add(s.text);
    }
    this.automaton = new AhoCorasick(keys);
    this.phraseCount = b.phraseCount;
  }

  /** The bundled lexicon, built on first use. */
  public static DutyLexicon standard() {
    DutyLexicon s = standard;
    if (s == null) {
      synchronized (DutyLexicon.class) {
        s = standard;
        if (s == null) {
          s = bundled();
          standard = s;
        }
      }
    }
    return s;
  }

  /** The bundled files, read and built anew: {@link #standard()} is this, built once. */
  static DutyLexicon bundled() {
    return read(DUTY_FILE, resource(DUTY_FILE), TRIGGER_FILE, resource(TRIGGER_FILE), FACT_FILE, resource(FACT_FILE));
  }

  /**
   * A lexicon read from the texts of its three files, each named for messages. A line the format
   * does not allow raises an {@link IllegalStateException} naming the file, the line and the problem.
   */
  static DutyLexicon read(String dutyName, String dutyText, String triggerName, String triggerText, String factName, String factText) {
    Builder b = new Builder();
    b.loadDuties(dutyName, dutyText);
    b.loadTriggers(triggerName, triggerText);
    b.loadFacts(factName, factText);
    return new DutyLexicon(b);
  }

  /** The text of a bundled lexicon file. */
  static String resource(String name) {
    try (InputStream in = DutyLexicon.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled lexicon resource missing: " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled lexicon " + DIR + name, e);
    }
  }

  /**
   * This lexicon with an agency's phrases added. Each phrase is normalised and expanded to its word
   * forms like the bundled ones; "..." between words allows up to five words in between. An added
   * phrase replaces a bundled phrase with the same words.
   */
  public DutyLexicon withExtraPhrases(Collection<LexiconPhrase> extra) {
    Objects.requireNonNull(extra, "extra");
    if (extra.isEmpty()) {
      return this;
    }
    Builder b = new Builder(this);
    int i = 0;
    for (LexiconPhrase p : extra) {
      Objects.requireNonNull(p, "extra phrase");
      b.addDuty(p.getCategory(), p.getPhrase(), true, false, false, false, DEFAULT_GAP, true, "$.extraPhrases[" + i++ + "].phrase");
    }
    return new DutyLexicon(b);
  }

  /** The number of duty phrases as written in the lexicon files and the policy, before word forms. */
  public int phraseCount() {
    return phraseCount;
  }

  /** Every surface form the automaton matches (duty phrases with their word forms, triggers, fact cues). */
  public int surfaceCount() {
    return surfaces.size();
  }

  /**
   * The contiguous duty phrases with all their word forms, normalised, in lexicon order: what a
   * regular-expression alternation of "the same phrases" would hold.
   */
  public List<String> dutyPhraseForms() {
    List<String> out = new ArrayList<>();
    for (Surface s : surfaces) {
      if (s.entry != null && s.entry.category() != null) {
        out.add(s.text);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Counts the duty phrases found in {@code text}: normalised, matched in one pass, whole words,
   * longest-leftmost. For throughput measurement and quick checks.
   */
  public int countMatches(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Analysis a = Analysis.run(this, text, 0, text.length(), false);
    int n = 0;
    for (Analysis.Item it : a.items()) {
      if (it.entry != null && it.entry.category() != null) {
        n++;
      }
    }
    return n;
  }

  List<Surface> surfaces() {
    return surfaces;
  }

  /** The surfaces by automaton pattern index; never modified. */
  Surface[] surfaceArray() {
    return surfaceArray;
  }

  List<Gapped> gapped() {
    return gapped;
  }

  AhoCorasick automaton() {
    return automaton;
  }

  @Override
  public String toString() {
    return "DutyLexicon(" + phraseCount + " phrases, " + surfaces.size() + " surface forms, " + automaton.states() + " states)";
  }

  /** Normalises a lexicon phrase exactly as text is normalised. */
  static String normalize(String phrase) {
    return NormalizedText.of(phrase).toString().trim();
  }

  /** Builds a lexicon from resources and extra phrases. */
  private static final class Builder {
    final List<Surface> surfaces = new ArrayList<>();
    final Map<String, Surface> byText = new HashMap<>();
    final List<Gapped> gapped = new ArrayList<>();
    int phraseCount;

    Builder() {}

    Builder(DutyLexicon base) {
      // copy surfaces so the base stays untouched
      for (Surface s : base.surfaces) {
        Surface c = new Surface(s.text);
        c.entry = s.entry;
        c.trigger = s.trigger;
        c.fact = s.fact;
        c.gappedRefs = s.gappedRefs.clone();
        surfaces.add(c);
        byText.put(c.text, c);
      }
      gapped.addAll(base.gapped);
      phraseCount = base.phraseCount;
    }

    Surface surface(String text) {
      return byText.computeIfAbsent(text, t -> {
        Surface s = new Surface(t);
        surfaces.add(s);
        return s;
      });
    }

    void loadDuties(String name, String text) {
      Map<String, List<String>> macros = new HashMap<>();
      forEachLine(name, text, (where, cols) -> {
        if (macro(where, cols, macros)) {
          return;
        }
        if (cols.length < 2) {
          throw bad(where, "expected category<TAB>phrase[<TAB>options]");
        }
        for (String phrase : expandMacros(where, cols[1], macros)) {
          String[] c = cols.clone();
          c[1] = phrase;
          dutyLine(where, c);
        }
      });
    }

    /** Reads a macro line "@name<TAB>alternative|alternative|..."; false for any other line. */
    private static boolean macro(String where, String[] cols, Map<String, List<String>> macros) {
      if (!cols[0].startsWith("@")) {
        return false;
      }
      if (cols.length < 2) {
        throw bad(where, "expected @name<TAB>alternative|alternative|...");
      }
      List<String> alts = new ArrayList<>();
      for (String a : cols[1].split("\\|")) {
        if (!a.isBlank()) {
          alts.add(a.strip());
        }
      }
      if (alts.isEmpty()) {
        throw bad(where, "macro " + cols[0] + " has no alternatives");
      }
      if (macros.put(cols[0].substring(1), alts) != null) {
        throw bad(where, "macro " + cols[0] + " is defined twice");
      }
      return true;
    }

    private static List<String> expandMacros(String where, String phrase, Map<String, List<String>> macros) {
      int open = phrase.indexOf('{');
      if (open < 0) {
        return List.of(phrase);
      }
      int close = phrase.indexOf('}', open);
      if (close < 0) {
        throw bad(where, "unclosed { in " + phrase);
      }
      List<String> alts = macros.get(phrase.substring(open + 1, close));
      if (alts == null) {
        throw bad(where, "unknown macro " + phrase.substring(open, close + 1));
      }
      List<String> out = new ArrayList<>();
      for (String a : alts) {
        out.addAll(expandMacros(where, phrase.substring(0, open) + a + phrase.substring(close + 1), macros));
      }
      return out;
    }

    private void dutyLine(String where, String[] cols) {
      ActivityCategory category = null;
      if (!cols[0].equals("NONE")) {
        try {
          category = ActivityCategory.valueOf(cols[0]);
        } catch (IllegalArgumentException e) {
          throw bad(where, "unknown category " + cols[0] + "; allowed: NONE, " + names(ActivityCategory.values()));
        }
      }
      Map<String, String> opts = options(where, cols.length > 2 ? cols[2] : "", DUTY_OPTIONS);
      boolean exact = opts.containsKey("exact");
      boolean neg = opts.containsKey("neg");
      boolean upper = opts.containsKey("upper");
      boolean negation = opts.containsKey("negated");
      int gap = opts.containsKey("gap") ? intOption(where, opts.get("gap")) : DEFAULT_GAP;
      addDuty(category, cols[1], !exact, neg, upper, negation, gap, false, where);
    }

    void addDuty(ActivityCategory category, String raw, boolean inflect, boolean neg, boolean upper, boolean negation, int gap,
        boolean override, String where) {
      if (raw == null || raw.isBlank()) {
        throw problem(override, where, "phrase is blank");
      }
      String[] rawParts = raw.replace("\u2026", "...").split("\\.\\.\\.", -1);
      if (rawParts.length > 16) {
        throw problem(override, where, "at most 16 parts separated by ...");
      }
      phraseCount++;
      if (rawParts.length == 1) {
        String phrase = normalize(raw);
        if (phrase.isEmpty()) {
          throw problem(override, where, "phrase is empty after normalisation");
        }
        Entry e = new Entry(category, phrase, neg, upper, negation);
        for (String form : WordForms.expand(phrase, inflect)) {
          Surface s = surface(form);
          if (s.entry == null || override) {
            s.entry = e;
          }
        }
        return;
      }
      int[] partIds = new int[rawParts.length];
      StringBuilder canonical = new StringBuilder();
      int gappedIndex = gapped.size();
      for (int k = 0; k < rawParts.length; k++) {
        String part = normalize(rawParts[k]);
        if (part.isEmpty()) {
          throw problem(override, where, "empty part in a phrase with gaps");
        }
        if (k > 0) {
          canonical.append(" ... ");
        }
        canonical.append(part);
        // word forms: the first part as a verb phrase, the last as a noun phrase
        List<String> forms;
        if (!inflect) {
          forms = WordForms.expand(part, false);
        } else if (k == 0) {
          forms = new ArrayList<>();
          for (String f : expandFirst(part)) {
            forms.addAll(WordForms.spellings(f));
            forms.add(f);
          }
        } else if (k < rawParts.length - 1) {
          forms = WordForms.expand(part, true);
        } else {
          forms = new ArrayList<>();
          for (String f : expandLast(part)) {
            forms.add(f);
            forms.addAll(WordForms.spellings(f));
          }
        }
        // all forms of one part share one id: the id of the canonical part surface; refs on each form
        partIds[k] = k;
        for (String form : forms) {
          Surface s = surface(form);
          s.gappedRefs = append(s.gappedRefs, gappedIndex * 16 + k);
        }
      }
      gapped.add(new Gapped(new Entry(category, canonical.toString(), neg, upper, negation), partIds, gap));
    }

    private static List<String> expandLast(String part) {
      String[] words = part.split(" ");
      List<String> out = new ArrayList<>();
      for (String f : WordForms.nounForms(words[words.length - 1])) {
        words[words.length - 1] = f;
        out.add(String.join(" ", words));
      }
      return out;
    }

    private static List<String> expandFirst(String part) {
      String[] words = part.split(" ");
      List<String> out = new ArrayList<>();
      for (String f : WordForms.verbForms(words[0])) {
        words[0] = f;
        out.add(String.join(" ", words));
      }
      if (words.length == 1) {
        out.addAll(WordForms.nounForms(part));
      }
      return out;
    }

    void loadTriggers(String name, String text) {
      Map<String, List<String>> macros = new HashMap<>();
      forEachLine(name, text, (where, cols) -> {
        if (macro(where, cols, macros)) {
          return;
        }
        if (cols.length < 2) {
          throw bad(where, "expected type<TAB>phrase[<TAB>options]");
        }
        TriggerType type;
        try {
          type = TriggerType.valueOf(cols[0]);
        } catch (IllegalArgumentException e) {
          throw bad(where, "unknown trigger type " + cols[0] + "; allowed: " + names(TriggerType.values()));
        }
        Map<String, String> opts = options(where, cols.length > 2 ? cols[2] : "", TRIGGER_OPTIONS);
        int scope = opts.containsKey("scope") ? intOption(where, opts.get("scope")) : type.defaultScope();
        boolean clause = opts.containsKey("clause");
        boolean forms = opts.containsKey("forms");
        boolean and = opts.containsKey("and");
        for (String raw : expandMacros(where, cols[1], macros)) {
          String phrase = normalize(raw);
          if (phrase.isEmpty()) {
            throw bad(where, "trigger is empty after normalisation");
          }
          Trigger t = new Trigger(type, phrase, scope, clause, and);
          List<String> surfacesOf = forms ? expandFirst(phrase) : List.of(phrase);
          for (String form : surfacesOf) {
            Surface s = surface(form);
            if (s.trigger == null) {
              s.trigger = t;
            }
          }
        }
      });
    }

    void loadFacts(String name, String text) {
      forEachLine(name, text, (where, cols) -> {
        if (cols.length < 2) {
          throw bad(where, "expected fact<TAB>phrase[<TAB>argument]");
        }
        PostingFact fact;
        try {
          fact = PostingFact.valueOf(cols[0]);
        } catch (IllegalArgumentException e) {
          throw bad(where, "unknown fact " + cols[0] + "; allowed: " + names(PostingFact.values()));
        }
        String phrase = normalize(cols[1]);
        if (phrase.isEmpty()) {
          throw bad(where, "cue is empty after normalisation");
        }
        String argument = cols.length > 2 && !cols[2].isBlank() ? cols[2] : null;
        if (argument != null) {
          if (fact != PostingFact.TRAINING_OFFERED) {
            throw bad(where, "only TRAINING_OFFERED takes an argument (a training topic), not " + fact);
          }
          try {
            TrainingTopic.valueOf(argument);
          } catch (IllegalArgumentException e) {
            throw bad(where, "unknown training topic " + argument + "; allowed: " + names(TrainingTopic.values()));
          }
        }
        Fact f = new Fact(fact, phrase, argument);
        for (String form : WordForms.expand(phrase, false)) {
          Surface s = surface(form);
          if (s.fact == null) {
            s.fact = f;
          }
        }
      });
    }

    /** Adds a reference, keeping the array sorted for binary search. */
    private static int[] append(int[] a, int v) {
      int at = java.util.Arrays.binarySearch(a, v);
      if (at >= 0) {
        return a;
      }
      int ins = -at - 1;
      int[] r = new int[a.length + 1];
      System.arraycopy(a, 0, r, 0, ins);
      r[ins] = v;
      System.arraycopy(a, ins, r, ins + 1, a.length - ins);
      return r;
    }

    private static Map<String, String> options(String where, String raw, List<String> allowed) {
      Map<String, String> m = new LinkedHashMap<>();
      for (String o : raw.split(",")) {
        String t = o.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
          continue;
        }
        int eq = t.indexOf('=');
        String k = eq < 0 ? t : t.substring(0, eq);
        if (!allowed.contains(k)) {
          throw bad(where, "unknown option " + k + "; allowed: " + String.join(", ", allowed));
        }
        m.put(k, eq < 0 ? "" : t.substring(eq + 1));
      }
      return m;
    }

    private static final List<String> DUTY_OPTIONS = List.of("exact", "neg", "upper", "negated", "gap");
    private static final List<String> TRIGGER_OPTIONS = List.of("scope", "clause", "forms", "and");

    private static String names(Enum<?>[] values) {
      StringBuilder b = new StringBuilder();
      for (Enum<?> v : values) {
        b.append(b.length() == 0 ? "" : ", ").append(v.name());
      }
      return b.toString();
    }

    private static int intOption(String where, String v) {
      try {
        int n = Integer.parseInt(v);
        if (n < 0 || n > 100) {
          throw bad(where, "option value out of range 0..100: " + v);
        }
        return n;
      } catch (NumberFormatException e) {
        throw bad(where, "not a number: " + v);
      }
    }

    private interface LineHandler {
      void line(String where, String[] cols);
    }

    /** Passes each line that is neither blank nor a comment, split at tabs and stripped, with "name:line" for messages. */
    private static void forEachLine(String name, String text, LineHandler handler) {
      int n = 0;
      for (String line : (Iterable<String>) text.lines()::iterator) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length > 3) {
          throw bad(name + ":" + n, "at most three columns separated by tabs, found " + cols.length);
        }
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        handler.line(name + ":" + n, cols);
      }
    }

    private static RuntimeException problem(boolean policy, String where, String what) {
      return policy ? new PolicyException(where, what, List.of(), null) : bad(where, what);
    }

    private static IllegalStateException bad(String where, String what) {
      return new IllegalStateException("lexicon " + where + ": " + what);
    }
  }
}
