package org.peerwork.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.training.TrainingTopic;

/** The formatting helpers of the rules' messages and evidence. */
class PhrasesTest {

  @Test
  void numbersLoseAUselessFraction() {
    assertThat(Phrases.num(2.0)).isEqualTo("2");
    assertThat(Phrases.num(-3.0)).isEqualTo("-3");
    assertThat(Phrases.num(2.5)).isEqualTo("2.5");
    assertThat(Phrases.num(0.9)).isEqualTo("0.9");
    assertThat(Phrases.num(999_999_999_999_999.0)).isEqualTo("999999999999999");
    assertThat(Phrases.num(1e15)).isEqualTo("1000000000000000");
    assertThat(Phrases.num(1e20)).isEqualTo("100000000000000000000");
  }

  @Test
  void labelsNamesAndSentences() {
    List<TrainingTopic> two = List.of(TrainingTopic.SELF_CARE, TrainingTopic.VICARIOUS_TRAUMA);
    assertThat(Phrases.names(two)).isEqualTo("SELF_CARE,VICARIOUS_TRAUMA");
    assertThat(Phrases.names(List.of())).isEqualTo("none");
    assertThat(Phrases.sentence(List.of(TrainingTopic.SELF_CARE))).isEqualTo(Phrases.lower(TrainingTopic.SELF_CARE));
    assertThat(Phrases.sentence(two)).isEqualTo(Phrases.lower(TrainingTopic.SELF_CARE) + " and " + Phrases.lower(TrainingTopic.VICARIOUS_TRAUMA));
    assertThat(Phrases.sentence(List.of(TrainingTopic.SELF_CARE, TrainingTopic.VICARIOUS_TRAUMA, TrainingTopic.PEER_BOUNDARIES)))
        .contains(", ").contains(" and ");
    assertThat(Phrases.labels(two)).isEqualTo(Phrases.lower(TrainingTopic.SELF_CARE) + ", " + Phrases.lower(TrainingTopic.VICARIOUS_TRAUMA));
    assertThat(Phrases.withArticle("apple")).isEqualTo("an apple");
    assertThat(Phrases.withArticle("Orange")).isEqualTo("an Orange");
    assertThat(Phrases.withArticle("peer")).isEqualTo("a peer");
    assertThat(Phrases.withArticle("")).isEqualTo("a ");
  }
}
