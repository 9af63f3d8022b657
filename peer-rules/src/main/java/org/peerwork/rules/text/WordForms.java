package org.peerwork.rules.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word forms of lexicon phrases, made when the lexicon is built so the text is never stemmed and
 * evidence always quotes real words.
 *
 * <p>For a phrase, the first word gets its verb forms ({@code -s}, {@code -ing}, {@code -ed} and
 * irregular past forms: "diagnose" gives "diagnoses", "diagnosing", "diagnosed"), the last word its
 * plural ("assessment" gives "assessments", "diagnosis" gives "diagnoses"), and every word its
 * British or American spelling ("counseling" and "counselling", "behavior" and "behaviour",
 * "organize" and "organise"). Forms that are not English words are harmless: they never occur in
 * text. A phrase marked exact in the lexicon is not expanded.
 */
final class WordForms {

  private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
      Map.entry("be", new String[] {"is", "are", "was", "were", "been", "being"}),
      Map.entry("bring", new String[] {"brought"}),
      Map.entry("buy", new String[] {"bought"}),
      Map.entry("catch", new String[] {"caught"}),
      Map.entry("choose", new String[] {"chose", "chosen"}),
      Map.entry("do", new String[] {"does", "did", "done", "doing"}),
      Map.entry("draw", new String[] {"drew", "drawn"}),
      Map.entry("drive", new String[] {"drove", "driven"}),
      Map.entry("eat", new String[] {"ate", "eaten"}),
      Map.entry("feed", new String[] {"fed"}),
      Map.entry("find", new String[] {"found"}),
      Map.entry("get", new String[] {"got", "gotten"}),
      Map.entry("give", new String[] {"gave", "given"}),
      Map.entry("go", new String[] {"goes", "went", "gone"}),
      Map.entry("have", new String[] {"has", "had", "having"}),
      Map.entry("hold", new String[] {"held"}),
      Map.entry("keep", new String[] {"kept"}),
      Map.entry("lead", new String[] {"led"}),
      Map.entry("lend", new String[] {"lent"}),
      Map.entry("make", new String[] {"made"}),
      Map.entry("meet", new String[] {"met"}),
      Map.entry("pay", new String[] {"paid"}),
      Map.entry("run", new String[] {"ran"}),
      Map.entry("see", new String[] {"saw", "seen"}),
      Map.entry("sell", new String[] {"sold"}),
      Map.entry("send", new String[] {"sent"}),
      Map.entry("shake", new String[] {"shook", "shaken"}),
      Map.entry("sit", new String[] {"sat"}),
      Map.entry("sleep", new String[] {"slept"}),
      Map.entry("speak", new String[] {"spoke", "spoken"}),
      Map.entry("spend", new String[] {"spent"}),
      Map.entry("sweep", new String[] {"swept"}),
      Map.entry("take", new String[] {"took", "taken"}),
      Map.entry("teach", new String[] {"taught"}),
      Map.entry("tell", new String[] {"told"}),
      Map.entry("think", new String[] {"thought"}),
      Map.entry("write", new String[] {"wrote", "written"}));

  private static final Map<String, String> IRREGULAR_PLURAL = Map.ofEntries(
      Map.entry("child", "children"),
      Map.entry("person", "people"),
      Map.entry("man", "men"),
      Map.entry("woman", "women"),
      Map.entry("criterion", "criteria"),
      Map.entry("life", "lives"),
      Map.entry("shelf", "shelves"),
      Map.entry("wife", "wives"),
      Map.entry("staff", "staff"),
      Map.entry("knife", "knives"));

  /** British spelling fragments and their American forms, applied in both directions. */
  private static final String[][] SPELLING = {
      {"counsell", "counsel"},
      {"behaviour", "behavior"},
      {"centre", "center"},
      {"organis", "organiz"},
      {"recognis", "recogniz"},
      {"prioritis", "prioritiz"},
      {"hospitalis", "hospitaliz"},
      {"normalis", "normaliz"},
      {"summaris", "summariz"},
      {"minimis", "minimiz"},
      {"stabilis", "stabiliz"},
      {"emphasis", "emphasiz"},
      {"apologis", "apologiz"},
      {"socialis", "socializ"},
      {"mobilis", "mobiliz"},
      {"authoris", "authoriz"},
      {"utilis", "utiliz"},
      {"individualis", "individualiz"},
      {"personalis", "personaliz"},
      {"criminalis", "criminaliz"},
      {"stigmatis", "stigmatiz"},
      {"practise", "practice"},
      {"licence", "license"},
      {"programme", "program"},
      {"colour", "color"},
      {"favour", "favor"},
      {"honour", "honor"},
      {"labour", "labor"},
      {"neighbour", "neighbor"},
      {"rumour", "rumor"},
      {"travell", "travel"},
      {"cancell", "cancel"},
      {"modell", "model"},
      {"labell", "label"},
      {"signall", "signal"},
      {"enrol", "enroll"},
      {"fulfil", "fulfill"},
      {"defence", "defense"},
      {"offence", "offense"},
      {"judgement", "judgment"},
      {"paediatric", "pediatric"},
      {"anaesthe", "anesthe"},
      {"oestrogen", "estrogen"},
      {"tyre", "tire"},
      {"cheque", "check"},
      {"kerb", "curb"},
      {"catalogue", "catalog"},
      {"dialogue", "dialog"},
      {"grey", "gray"},
      {"mould", "mold"},
      {"storey", "story"},
  };

  private WordForms() {}

  /** Every form of a normalised phrase, the phrase itself first; with {@code inflect} false only spellings vary. */
  static List<String> expand(String phrase, boolean inflect) {
    String[] words = phrase.split(" ");
    Set<String> out = new LinkedHashSet<>();
    out.add(phrase);
    if (inflect && words.length > 0) {
      List<String> firsts = verbForms(words[0]);
      List<String> lasts = words.length == 1 ? nounForms(words[0]) : nounForms(words[words.length - 1]);
      if (words.length == 1) {
        out.addAll(firsts);
        out.addAll(lasts);
      } else {
        for (String f : firsts) {
          for (String l : lasts) {
            words[0] = f;
            words[words.length - 1] = l;
            out.add(String.join(" ", words));
          }
        }
      }
    }
    Set<String> withSpellings = new LinkedHashSet<>();
    for (String s : out) {
      withSpellings.add(s);
      withSpellings.addAll(spellings(s));
    }
    return new ArrayList<>(withSpellings);
  }

  /** The word and its verb forms. */
  static List<String> verbForms(String w) {
    List<String> out = new ArrayList<>();
    out.add(w);
    if (!isWord(w)) {
      return out;
    }
    String[] irregular = IRREGULAR.get(w);
    if (irregular != null) {
      out.addAll(List.of(irregular));
    }
    int n = w.length();
    char last = w.charAt(n - 1);
    if (w.endsWith("ie")) {
      out.add(w + "s");
      out.add(w.substring(0, n - 2) + "ying");
      out.add(w + "d");
    } else if (last == 'e' && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe")) {
      out.add(w + "s");
      out.add(w.substring(0, n - 1) + "ing");
      out.add(w + "d");
    } else if (last == 'e') {
      out.add(w + "s");
      out.add(w + "ing");
      out.add(w + "d");
    } else if (last == 'y' && n > 1 && !isVowel(w.charAt(n - 2))) {
      out.add(w.substring(0, n - 1) + "ies");
      out.add(w + "ing");
      out.add(w.substring(0, n - 1) + "ied");
    } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      out.add(w + "es");
      out.add(w + "ing");
      out.add(w + "ed");
    } else {
      out.add(w + "s");
      out.add(w + "ing");
      out.add(w + "ed");
      if (n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y'
          && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3))) {
        // consonant-vowel-consonant: "plan" also gives "planning", "planned"
        out.add(w + last + "ing");
        out.add(w + last + "ed");
      }
      if (last == 'c') {
        out.add(w + "king");
        out.add(w + "ked");
      }
    }
    return out;
  }

  /** The word and its plural. */
  static List<String> nounForms(String w) {
    List<String> out = new ArrayList<>();
    out.add(w);
    if (!isWord(w)) {
      return out;
    }
    String irregular = IRREGULAR_PLURAL.get(w);
    if (irregular != null) {
      out.add(irregular);
      return out;
    }
    int n = w.length();
    char last = w.charAt(n - 1);
    if (w.endsWith("sis")) {
      out.add(w.substring(0, n - 2) + "es");
    } else if (last == 'y' && n > 1 && !isVowel(w.charAt(n - 2))) {
      out.add(w.substring(0, n - 1) + "ies");
    } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      out.add(w + "es");
    } else {
      out.add(w + "s");
    }
    return out;
  }

  /** Other spellings of a phrase: British and American. */
  static List<String> spellings(String phrase) {
    List<String> out = new ArrayList<>();
    for (String[] pair : SPELLING) {
      for (int dir = 0; dir < 2; dir++) {
        String from = pair[dir];
        String to = pair[1 - dir];
        int at = phrase.indexOf(from);
        if (at >= 0 && !(dir == 1 && phrase.startsWith(pair[0], at))) {
          out.add(phrase.replace(from, to));
        }
      }
    }
    return out;
  }

  private static boolean isWord(String w) {
    if (w.length() < 2) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
