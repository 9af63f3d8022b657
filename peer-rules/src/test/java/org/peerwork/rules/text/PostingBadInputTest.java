package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;

/**
 * The bad-input catalog of plain-text postings ({@link PeerChecks#checkPosting(String)}) and of the
 * duty classifier: whatever the text, the answer is a report whose spans lie inside the text and
 * quote it, or, for a bad id or a region outside the text, a typed error naming what is allowed.
 * {@code TextProperties} covers arbitrary strings; these are the named cases of
 * {@code docs/reliability.md}.
 */
class PostingBadInputTest {

  private static final PeerChecks CHECKS = PeerChecks.standard();
  private static final String POSTING = String.join("\n",
      "Peer Support Specialist",
      "Duties:",
      "- Share lived experience of recovery to inspire hope",
      "- Complete intake assessments and diagnose co-occurring disorders",
      "- Feed the service user's cat",
      "Qualifications: two years of sobriety",
      "");

  /** The report on {@code text}, with every span checked against the text the job description kept. */
  static Report checked(String text) {
    JobDescription jd = CHECKS.parsePosting(text);
    Report r = CHECKS.check(jd);
    assertThat(r.subjectType()).isEqualTo(DocumentType.JOB_DESCRIPTION);
    assertThat(r.subjectId()).isEqualTo(PostingParser.deriveId(text));
    String src = jd.getSourceText().orElseThrow();
    for (Duty d : jd.getDuties()) {
      assertThat(d.getSpan().orElseThrow().quote(src)).isEqualTo(d.getText());
    }
    for (Finding f : r.findings()) {
      f.getLocation().getSpan().ifPresent(s -> {
        assertThat(s.fitsIn(src.length())).isTrue();
        f.getEvidence().getQuote().ifPresent(q -> assertThat(q).contains(s.quote(src)));
      });
    }
    return r;
  }

  @Test
  void theFixtureFindsWhatItShould() {
    assertThat(checked(POSTING).findings()).extracting(Finding::getRuleId).contains("ClinicalDutyInPeerRole", "DutyOutsideAnyRole");
  }

  @Test
  void emptyPosting() {
    Report r = checked("");
    assertThat(CHECKS.parsePosting("").getDuties()).isEmpty();
    assertThat(r.findingsOf("ClinicalDutyInPeerRole")).isEmpty();
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.getLocation().getSpan()).isEmpty());
  }

  @Test
  void blankPosting() {
    for (String blank : List.of(" ", "\n\n\n", "\t\r\n \u00A0\u3000", "\u200B\uFEFF")) {
      assertThat(CHECKS.parsePosting(blank).getDuties()).isEmpty();
      checked(blank);
    }
  }

  @Test
  void binaryPosting() {
    Random random = new Random(20261123L);
    for (int i = 0; i < 30; i++) {
      byte[] bytes = new byte[1 + random.nextInt(3000)];
      random.nextBytes(bytes);
      checked(new String(bytes, StandardCharsets.UTF_8));
      checked(new String(bytes, StandardCharsets.ISO_8859_1));
    }
    checked("\u0000".repeat(1000) + POSTING + "\u0000\u0001\u0002\u001B[31m");
  }

  @Test
  void invalidSurrogates() {
    for (String broken : List.of(
        "\uD800" + POSTING, POSTING + "\uDBFF", POSTING.replace("diagnose", "dia\uD800gnose"), POSTING.replace("cat", "c\uDC00at"),
        POSTING.replace("Duties:", "\uDC00\uD800Duties:"), "\uD83D".repeat(500), "\uDE00\uD83D".repeat(500))) {
      Report r = checked(broken);
      assertThat(r).isEqualTo(CHECKS.checkPosting(broken));
    }
    // an intact pair is text: the clinical duty is still found next to an emoji
    assertThat(checked(POSTING.replace("Complete", "\uD83D\uDE00 Complete")).findingsOf("ClinicalDutyInPeerRole")).isNotEmpty();
  }

  @Test
  void oneMegabytePosting() {
    StringBuilder b = new StringBuilder(PostingParser.MAX_CHARS);
    while (b.length() + POSTING.length() <= PostingParser.MAX_CHARS) {
      b.append(POSTING);
    }
    String megabyte = b.toString();
    assertThat(megabyte.length()).isGreaterThan(PostingParser.MAX_CHARS - POSTING.length());
    Report r = checked(megabyte);
    // every copy: one finding for "intake assessments", one for "diagnose"
    assertThat(r.findingsOf("ClinicalDutyInPeerRole")).hasSize(2 * (megabyte.length() / POSTING.length()));
    // beyond the documented limit the parser reads the first MAX_CHARS characters, never more
    String over = megabyte + "x".repeat(PostingParser.MAX_CHARS - megabyte.length() + 100);
    assertThat(CHECKS.parsePosting(over).getSourceText().orElseThrow()).hasSize(PostingParser.MAX_CHARS).isEqualTo(over.substring(0, PostingParser.MAX_CHARS));
  }

  @Test
  void tenThousandLines() {
    StringBuilder b = new StringBuilder("Peer Support Specialist\nDuties:\n");
    for (int i = 0; i < 10_000; i++) {
      b.append(i % 2 == 0 ? "- Facilitate peer support group number " : "- Complete intake assessments for client ").append(i).append('\n');
    }
    String text = b.toString();
    assertThat(CHECKS.parsePosting(text).getDuties()).hasSize(10_000);
    Report r = checked(text);
    assertThat(r.findingsOf("ClinicalDutyInPeerRole")).hasSize(5_000);
  }

  @Test
  void anyLineEndGivesTheSameDuties() {
    List<String> duties = CHECKS.parsePosting(POSTING).getDuties().stream().map(Duty::getText).toList();
    assertThat(duties).hasSize(3);
    for (String eol : List.of("\r\n", "\r", "\u2028", "\u0085")) {
      String text = POSTING.replace("\n", eol);
      assertThat(CHECKS.parsePosting(text).getDuties()).as("line end %s", eol.codePointAt(0)).extracting(Duty::getText).isEqualTo(duties);
      checked(text);
    }
  }

  @Test
  void oneVeryLongLine() {
    String line = "Duties: " + "share lived experience, complete intake assessments, feed the cat; ".repeat(7_000);
    Report r = checked(line);
    assertThat(r.findingsOf("ClinicalDutyInPeerRole")).isNotEmpty();
  }

  @Test
  void aBadPostingIdIsATypedErrorNamingTheRule() {
    for (String id : List.of("", "  ", "x".repeat(201))) {
      assertThatThrownBy(() -> CHECKS.checkPosting(id, POSTING)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1 to 200 characters and not blank");
    }
    assertThat(checked(POSTING).subjectId()).startsWith("posting-");
    assertThat(CHECKS.checkPosting("jd-42", POSTING).subjectId()).isEqualTo("jd-42");
  }

  @Test
  void nullTextIsAnApiMisuseNamedByItsParameter() {
    assertThatThrownBy(() -> CHECKS.checkPosting(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> DutyClassifier.standard().classify((String) null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void aClassifierRegionOutsideTheTextIsATypedError() {
    String text = "complete intake assessments";
    assertThatThrownBy(() -> DutyClassifier.standard().classify(text, 5, 100, false)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("outside a text of length " + text.length());
    assertThatThrownBy(() -> DutyClassifier.standard().classify(text, 10, 5, false)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> DutyClassifier.standard().classify(text, -1, 5, false)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aDutyWhoseSpanDoesNotQuoteItsSourceIsClassifiedOnItsOwnText() {
    Duty duty = Duty.builder().text("complete intake assessments").span(TextSpan.of(5000, 5027)).build();
    DutyClassification c = DutyClassifier.standard().classify(duty, Optional.of("a short source text"));
    assertThat(c.getLabel()).contains(DutyLabel.CLINICAL);
    assertThat(c.getEvidence()).allSatisfy(e -> assertThat(e.getSpan().quote(duty.getText())).isEqualTo(e.getQuote()));
    JobDescription jd = JobDescription.builder().id("jd-span").role(org.peerwork.model.role.Role.PEER_SUPPORT_SPECIALIST)
        .addDuty(duty).sourceText("a short source text").build();
    assertThat(CHECKS.check(jd).findingsOf("ClinicalDutyInPeerRole")).isNotEmpty();
  }
}
