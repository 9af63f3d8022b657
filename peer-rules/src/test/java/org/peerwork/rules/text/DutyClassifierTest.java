package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.job.Duty;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.policy.LexiconPhrase;

/** The duty classifier: labels, evidence spans, context flags, policy phrases. */
class DutyClassifierTest {

  private final DutyClassifier classifier = DutyClassifier.standard();

  @Test
  void ownSanitySentencesAreLabelledAsWritten() throws IOException {
    List<String> misses = new ArrayList<>();
    int n = 0;
    for (String line : Resources.lines("duty-sanity.tsv")) {
      String[] c = line.split("\t", 2);
      DutyLabel want = DutyLabel.valueOf(c[0]);
      DutyClassification got = classifier.classify(c[1]);
      n++;
      if (got.getLabel().orElse(null) != want) {
        misses.add(want + " -> " + got.getLabel().orElse(null) + ": " + c[1] + " " + got.getEvidence());
      }
    }
    assertThat(n).isGreaterThan(70);
    assertThat(misses).as("misclassified sentences").isEmpty();
  }
}
