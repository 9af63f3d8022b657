package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word forms made when the lexicon is built. */
class WordFormsTest {

  @Test
  void verbsNounsAndSpellings() {
    assertThat(WordForms.verbForms("diagnose")).contains("diagnoses", "diagnosing", "diagnosed");
    assertThat(WordForms.verbForms("plan")).contains("plans", "planning", "planned");
    assertThat(WordForms.verbForms("accompany")).contains("accompanies", "accompanying", "accompanied");
    assertThat(WordForms.verbForms("teach")).contains("teaches", "teaching", "taught");
    assertThat(WordForms.nounForms("diagnosis")).contains("diagnoses");
    assertThat(WordForms.nounForms("therapy")).contains("therapies");
    assertThat(WordForms.expand("facilitate group", true)).contains("facilitates groups", "facilitating group", "facilitated groups");
    assertThat(WordForms.expand("counseling", false)).contains("counselling");
    assertThat(WordForms.expand("behavior", false)).contains("behaviour");
    assertThat(WordForms.expand("drug screen", false)).containsExactly("drug screen");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "diagnosis  | diagnosis, diagnoses",
      "therapy    | therapy, therapies",
      "day        | day, days",
      "class      | class, classes",
      "box        | box, boxes",
      "quiz       | quiz, quizes",
      "match      | match, matches",
      "wish       | wish, wishes",
      "plan       | plan, plans",
      "child      | child, children",
      "a          | a",
      "x1         | x1"})
  void nounFormsOfEachWordShape(String word, String forms) {
    assertThat(WordForms.nounForms(word)).containsExactly(forms.split(", "));
  }

  @Test
  void exactFormsOfShortAndOddWords() {
    assertThat(WordForms.verbForms("tie")).containsExactly("tie", "ties", "tying", "tied");
    assertThat(WordForms.verbForms("agree")).containsExactly("agree", "agrees", "agreeing", "agreed");
    assertThat(WordForms.verbForms("carry")).containsExactly("carry", "carries", "carrying", "carried");
    assertThat(WordForms.verbForms("stay")).containsExactly("stay", "stays", "staying", "stayed");
    assertThat(WordForms.verbForms("plan")).as("the regular forms too, harmless").containsExactly("plan", "plans", "planing", "planed", "planning", "planned");
    assertThat(WordForms.verbForms("help")).containsExactly("help", "helps", "helping", "helped");
    assertThat(WordForms.verbForms("fix")).containsExactly("fix", "fixes", "fixing", "fixed");
    assertThat(WordForms.verbForms("wash")).containsExactly("wash", "washes", "washing", "washed");
    assertThat(WordForms.verbForms("dye")).containsExactly("dye", "dyes", "dyeing", "dyed");
    assertThat(WordForms.verbForms("teach")).startsWith("teach").contains("taught", "teaches", "teaching");
    assertThat(WordForms.verbForms("pass")).containsExactly("pass", "passes", "passing", "passed");
    assertThat(WordForms.verbForms("picnic")).startsWith("picnic", "picnics", "picnicing", "picniced").endsWith("picnicking", "picnicked");
    assertThat(WordForms.verbForms("view")).as("no doubled w").containsExactly("view", "views", "viewing", "viewed");
    assertThat(WordForms.verbForms("a")).containsExactly("a");
    assertThat(WordForms.verbForms("x-ray")).containsExactly("x-ray");
    assertThat(WordForms.spellings("organize")).containsExactly("organise");
    assertThat(WordForms.spellings("organise")).containsExactly("organize");
    assertThat(WordForms.spellings("peer")).isEmpty();
    assertThat(WordForms.expand("diagnose", true)).startsWith("diagnose").contains("diagnoses", "diagnosing", "diagnosed");
    assertThat(WordForms.expand("lead group", true)).contains("leads groups", "led group", "leading groups");
    assertThat(WordForms.expand("lead group", false)).containsExactly("lead group");
  }
}
