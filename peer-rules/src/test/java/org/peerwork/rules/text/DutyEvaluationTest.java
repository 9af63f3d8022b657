package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures the duty classifier on the two labelled evaluation sets and prints precision and recall
 * per label. The development set (used for tuning) must reach 0.85 on every label; the holdout set,
 * written independently and never used for tuning, must reach 0.75.
 */
class DutyEvaluationTest {

  record Row(int line, DutyLabel label, String category, String text) {}

  record Scores(Map<DutyLabel, double[]> byLabel, int total, int correct, List<String> errors) {
    double precision(DutyLabel l) {
      double[] s = byLabel.get(l);
      return s[0] + s[1] == 0 ? 1.0 : s[0] / (s[0] + s[1]);
    }

    double recall(DutyLabel l) {
      double[] s = byLabel.get(l);
      return s[0] + s[2] == 0 ? 1.0 : s[0] / (s[0] + s[2]);
    }
  }

  static List<Row> read(String name) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = DutyEvaluationTest.class.getResourceAsStream("/org/peerwork/rules/text/" + name)) {
      assertThat(in).as(name).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("label\t")) {
          continue;
        }
        String[] c = line.split("\t", 3);
        rows.add(new Row(n, DutyLabel.valueOf(c[0]), c[1], c[2]));
      }
    }
    return rows;
  }

  static Scores score(List<Row> rows) {
    DutyClassifier classifier = DutyClassifier.standard();
    Map<DutyLabel, double[]> m = new EnumMap<>(DutyLabel.class);
    for (DutyLabel l : DutyLabel.values()) {
      m.put(l, new double[3]); // tp, fp, fn
    }
    int correct = 0;
    List<String> errors = new ArrayList<>();
    for (Row row : rows) {
      DutyClassification c = classifier.classify(row.text());
      DutyLabel got = c.getLabel().orElse(null);
      if (got == row.label()) {
        m.get(got)[0]++;
        correct++;
      } else {
        m.get(row.label())[2]++;
        if (got != null) {
          m.get(got)[1]++;
        }
        errors.add(row.line() + "\t" + row.label() + "\t->\t" + got + "\t" + row.text() + "\t" + c.getEvidence());
      }
    }
    return new Scores(m, rows.size(), correct, errors);
  }

  static String table(String name, Scores s) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: %d statements, accuracy %.3f%n", name, s.total(), s.correct() / (double) s.total()));
    b.append(String.format(Locale.ROOT, "  %-17s %9s %9s %6s%n", "label", "precision", "recall", "n"));
    for (DutyLabel l : DutyLabel.values()) {
      double[] v = s.byLabel().get(l);
      b.append(String.format(Locale.ROOT, "  %-17s %9.3f %9.3f %6d%n", l, s.precision(l), s.recall(l), (int) (v[0] + v[2])));
    }
    return b.toString();
  }

  @Test
  void developmentSetReachesTheBar() throws IOException {
    Scores s = score(read("duty-eval-dev.tsv"));
    System.out.print(table("duty-eval-dev.tsv", s));
    if (Boolean.getBoolean("peerwork.eval.errors")) {
      s.errors().forEach(e -> System.out.println("  miss " + e));
    }
    for (DutyLabel l : DutyLabel.values()) {
      assertThat(s.precision(l)).as("dev precision of %s", l).isGreaterThanOrEqualTo(0.85);
      assertThat(s.recall(l)).as("dev recall of %s", l).isGreaterThanOrEqualTo(0.85);
    }
  }

  @Test
  void holdoutSetReachesItsBar() throws IOException {
    Scores s = score(read("duty-eval-holdout.tsv"));
    System.out.print(table("duty-eval-holdout.tsv", s));
    for (DutyLabel l : DutyLabel.values()) {
      assertThat(s.precision(l)).as("holdout precision of %s", l).isGreaterThanOrEqualTo(0.75);
      assertThat(s.recall(l)).as("holdout recall of %s", l).isGreaterThanOrEqualTo(0.75);
    }
  }
}
