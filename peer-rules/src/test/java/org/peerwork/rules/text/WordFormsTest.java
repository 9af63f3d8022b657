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
}
