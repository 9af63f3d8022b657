package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;

/**
 * Fuzz targets for the text pipeline: the posting parser with the job description rules, and the
 * duty classifier. Invariants: nothing escapes (neither reads nor checks throw on any text); every
 * span lies inside the text it points into and quotes it exactly. That the same text gives the same
 * result is checked by {@code TextProperties}; here each input is parsed and checked once, for speed.
 * The posting target reads the bytes as UTF-8; the classifier target reads them as UTF-16,
 * so it also meets lone surrogates and every control character.
 * Seeds: {@code src/test/resources/org/peerwork/rules/text/PostingFuzzTestInputs/<method>/}.
 */
class PostingFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void parseAndCheckPosting(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ParsedPosting parsed = PostingParser.standard().parse(text);
    JobDescription jd = parsed.getJobDescription();
    String src = jd.getSourceText().orElseThrow();
    assertThat(text).startsWith(src);
    for (Duty d : jd.getDuties()) {
      TextSpan s = d.getSpan().orElseThrow();
      assertThat(s.fitsIn(src.length())).isTrue();
      assertThat(s.quote(src)).isEqualTo(d.getText());
    }
    for (FactMention f : parsed.getFacts()) {
      assertThat(f.getSpan().fitsIn(src.length())).isTrue();
      assertThat(f.getSpan().quote(src)).isEqualTo(f.getQuote());
    }
    for (TextSpan s : parsed.getStatements()) {
      assertThat(s.fitsIn(src.length())).isTrue();
    }
    Report report = PeerChecks.standard().check(jd);
    assertThat(report.subjectType()).isEqualTo(DocumentType.JOB_DESCRIPTION);
    assertThat(report.subjectId()).isEqualTo(PostingParser.deriveId(text));
    for (Finding f : report.findings()) {
      f.getLocation().getSpan().ifPresent(s -> {
        assertThat(s.fitsIn(src.length())).as("%s span %s in a text of %d", f.getRuleId(), s, src.length()).isTrue();
        f.getEvidence().getQuote().ifPresent(q -> assertThat(q).contains(s.quote(src)));
      });
    }
  }

  @FuzzTest(maxDuration = "30s")
  void classifyDuty(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_16LE);
    for (boolean excluded : new boolean[] {false, true}) {
      DutyClassification c = DutyClassifier.standard().classify(text, excluded);
      assertThat(c.getConfidence()).isBetween(0.0, 1.0);
      assertThat(c.getLabel().isPresent()).isEqualTo(c.getCategory().isPresent());
      for (DutyEvidence e : c.getEvidence()) {
        assertThat(e.getSpan().fitsIn(text.length())).isTrue();
        assertThat(e.getSpan().quote(text)).isEqualTo(e.getQuote());
      }
      if (excluded) {
        assertThat(c.affirmed()).as("a duty under a 'does NOT do' heading affirms nothing").isEmpty();
      }
      assertThat(DutyClassifier.standard().classify(new String(text.toCharArray()), excluded)).isEqualTo(c);
    }
    int mid = text.length() / 2;
    DutyClassification region = DutyClassifier.standard().classify(text, mid / 2, mid, false);
    for (DutyEvidence e : region.getEvidence()) {
      assertThat(e.getSpan().getStart()).isGreaterThanOrEqualTo(mid / 2);
      assertThat(e.getSpan().getEnd()).isLessThanOrEqualTo(mid);
      assertThat(e.getSpan().quote(text)).isEqualTo(e.getQuote());
    }
  }
}
