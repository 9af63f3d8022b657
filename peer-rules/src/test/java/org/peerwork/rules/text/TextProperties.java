package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.Role;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the text pipeline: the parser and the classifier never throw on any string, their
 * spans lie inside the text and quote it exactly, they are deterministic, and negating a clinical duty
 * removes the clinical finding.
 */
class TextProperties {

  private static final List<String> FRAGMENTS = List.of(
      "Duties:", "RESPONSIBILITIES", "What the peer specialist does NOT do:", "Qualifications", "Supervision: weekly",
      "- ", "* ", "\u2022 ", "1. ", "(2) ", "\n", "\r\n", "\r", "\t", "  ", ": ", "; ", ". ", ", ", "NOT ", "does not ", "never ",
      "diagnose", "complete intake assessments", "share lived experience", "feed the cat", "$15.50/hr", "caseload of 40",
      "on call 24/7", "calls on days off", "lived experience preferred", "two years of sobriety", "the only peer on the team",
      "Peer Support Specialist", "Recovery Coach", "\u2019s ", "\u2014", "w/", "&", "e\u0301", "\uD83D\uDE00", "\uD800", "\uDC00",
      "\u0000", "\u00AD", "\u200B", "\uFEFF", "\u2028", "\u0085", "caf\u00E9", "\u0130", "\uFB01", "#", "##", "...", "\u2026");

  /** Posting-like text: fragments in any order. */
  private static Gen<String> postings() {
    return lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(0, 60).map(l -> String.join("", l));
  }

  /** Any string at all, including control characters and lone surrogates. */
  private static Gen<String> anyStrings() {
    return strings().allPossible().ofLengthBetween(0, 200)
        .mix(strings().betweenCodePoints(0xD700, 0xE100).ofLengthBetween(0, 40))
        .mix(strings().ascii().ofLengthBetween(0, 300))
        .mix(postings());
  }

  private static void spansQuote(String text, DutyClassification c) {
    for (DutyEvidence e : c.getEvidence()) {
      assertThat(e.getSpan().fitsIn(text.length())).isTrue();
      assertThat(e.getSpan().quote(text)).isEqualTo(e.getQuote());
    }
  }

  private static void wellFormed(String text, ParsedPosting p) {
    JobDescription jd = p.getJobDescription();
    String src = jd.getSourceText().orElseThrow();
    assertThat(text).startsWith(src);
    for (Duty d : jd.getDuties()) {
      assertThat(d.getText()).isNotBlank();
      assertThat(d.getText().length()).isLessThanOrEqualTo(10_000);
      assertThat(d.getSpan().get().fitsIn(src.length())).isTrue();
      assertThat(d.getSpan().get().quote(src)).isEqualTo(d.getText());
    }
    for (FactMention f : p.getFacts()) {
      assertThat(f.getSpan().quote(src)).isEqualTo(f.getQuote());
      assertThat(f.getStatement().getStart()).isLessThanOrEqualTo(f.getSpan().getStart());
      assertThat(f.getStatement().getEnd()).isGreaterThanOrEqualTo(f.getSpan().getEnd());
    }
    for (PostingSection s : p.getSections()) {
      assertThat(s.getSpan().fitsIn(src.length())).isTrue();
    }
    assertThat(jd.getTitle().map(String::length).orElse(0)).isLessThanOrEqualTo(500);
  }

  @Test
  void theParserNeverThrowsAndItsSpansQuoteTheText() {
    qt().withExamples(400).forAll(anyStrings()).checkAssert(text -> wellFormed(text, PostingParser.standard().parse(text)));
  }

  @Test
  void theClassifierNeverThrowsAndItsEvidenceQuotesTheText() {
    qt().withExamples(600).forAll(anyStrings(), integers().between(0, 1)).checkAssert((text, excluded) -> {
      DutyClassification c = DutyClassifier.standard().classify(text, excluded == 1);
      spansQuote(text, c);
      assertThat(c.getConfidence()).isBetween(0.0, 1.0);
      assertThat(c.getLabel().isPresent()).isEqualTo(c.getCategory().isPresent());
    });
  }

  @Test
  void regionsOfATextAreClassifiedInItsOffsets() {
    qt().withExamples(300).forAll(postings(), integers().between(0, 1000), integers().between(0, 1000)).checkAssert((text, a, b) -> {
      int from = Math.min(a, b) % (text.length() + 1);
      int to = Math.max(from, Math.max(a, b) % (text.length() + 1));
      DutyClassification c = DutyClassifier.standard().classify(text, from, to, false);
      for (DutyEvidence e : c.getEvidence()) {
        assertThat(e.getSpan().getStart()).isGreaterThanOrEqualTo(from);
        assertThat(e.getSpan().getEnd()).isLessThanOrEqualTo(to);
        assertThat(e.getSpan().quote(text)).isEqualTo(e.getQuote());
      }
    });
  }

  @Test
  void classifyingIsDeterministic() {
    qt().withExamples(200).forAll(postings()).checkAssert(text -> {
      assertThat(DutyClassifier.standard().classify(text)).isEqualTo(DutyClassifier.standard().classify(new String(text.toCharArray())));
      assertThat(PostingParser.standard().parse(text)).isEqualTo(PostingParser.standard().parse(text));
    });
  }

  @Test
  void theParsersReadingNeverChangesAResult() {
    qt().withExamples(200).forAll(postings()).checkAssert(text -> {
      ParsedPosting p = PostingParser.standard().parse(text);
      String source = p.getJobDescription().getSourceText().orElseThrow();
      String copy = new String(source.toCharArray());
      PostingReading reading = p.getReading();
      assertThat(reading.text()).isSameAs(source);
      assertThat(reading.statements()).isEqualTo(p.getStatements());
      assertThat(reading.facts()).isEqualTo(p.getFacts()).isEqualTo(PostingParser.standard().facts(copy));
      for (Duty d : p.getJobDescription().getDuties()) {
        int from = d.getSpan().get().getStart();
        int to = d.getSpan().get().getEnd();
        DutyClassification fresh = DutyClassifier.standard().classify(copy, from, to, d.isExcluded());
        assertThat(reading.classify(DutyClassifier.standard(), from, to, d.isExcluded())).isEqualTo(fresh);
        assertThat(DutyClassifier.standard().classify(d, Optional.of(source))).isEqualTo(fresh);
      }
      for (var st : p.getStatements()) {
        assertThat(reading.classify(DutyClassifier.standard(), st.getStart(), st.getEnd(), false))
            .isEqualTo(DutyClassifier.standard().classify(copy, st.getStart(), st.getEnd(), false));
      }
      // the check of a parsed posting (the reading handed on) and of its job description alone (read again) agree
      Report fromPosting = PeerChecks.standard().check(p);
      assertThat(PeerChecks.standard().check(p.getJobDescription())).isEqualTo(fromPosting);
      assertThat(PeerChecks.standard().checkPosting(text)).isEqualTo(fromPosting);
    });
  }

  private static final List<String> CLINICAL = List.of(
      "complete intake assessments", "diagnose mental health conditions", "provide individual therapy", "administer medications",
      "write individualized treatment plans", "conduct suicide risk assessments", "monitor medication adherence",
      "perform mental status exams", "deliver CBT sessions", "assign DSM-5 diagnoses", "complete biopsychosocial assessments",
      "provide counseling to clients", "dispense methadone doses", "fill pill organizers", "screen patients for depression",
      "administer the PHQ-9", "develop treatment plans with clients", "conduct lethality assessments");

  private static Report check(String duty) {
    JobDescription jd = JobDescription.builder().id("prop").role(Role.PEER_SUPPORT_SPECIALIST).addDuty(Duty.of(duty)).build();
    return PeerChecks.standard().check(jd);
  }

  @Test
  void addingANegationRemovesTheClinicalFinding() {
    Gen<String> subjects = Generate.pick(List.of("", "The peer specialist ", "Peer staff ", "This position "));
    Gen<String> suffixes = Generate.pick(List.of("", " for new clients", " at the clinic", " each week", "."));
    Gen<String> negations = Generate.pick(List.of("does not ", "will not ", "never ", "is not expected to ", "must not "));
    qt().withExamples(300).forAll(subjects, Generate.pick(CLINICAL), suffixes, negations).checkAssert((subject, clinical, suffix, negation) -> {
      String affirmed = subject + (subject.isEmpty() ? "" : "will ") + clinical + suffix;
      String negated = subject + negation + clinical + suffix;
      assertThat(check(affirmed).findingsOf("ClinicalDutyInPeerRole")).as("findings on \"%s\"", affirmed).isNotEmpty();
      assertThat(check(negated).findingsOf("ClinicalDutyInPeerRole")).as("findings on \"%s\"", negated).isEmpty();
      assertThat(DutyClassifier.standard().classify(negated).getLabel()).contains(DutyLabel.NEGATED_CLINICAL);
    });
  }

  @Test
  void emptyAndBlankTexts() {
    for (String t : new String[] {"", " ", "\n\r\n", "\u0000\u0001", "\uD800", "\uDC00\uD800"}) {
      assertThat(DutyClassifier.standard().classify(t).getEvidence()).isEmpty();
      ParsedPosting p = PostingParser.standard().parse(t);
      assertThat(p.getJobDescription().getDuties()).isEmpty();
      assertThat(PeerChecks.standard().checkPosting(t).findingsOf("ClinicalDutyInPeerRole")).isEmpty();
    }
  }

  @Test
  void aMegabyteOfAnythingIsReadWithoutFailing() {
    Random random = new Random(42);
    StringBuilder b = new StringBuilder(1 << 20);
    while (b.length() < (1 << 20)) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        b.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      } else if (kind == 1) {
        b.append((char) random.nextInt(0x10000));
      } else {
        b.append((char) (' ' + random.nextInt(95)));
      }
    }
    String text = b.toString();
    wellFormed(text, PostingParser.standard().parse(text));
    spansQuote(text, DutyClassifier.standard().classify(text));
    String quarter = text.substring(0, 1 << 18);
    Report r = PeerChecks.standard().checkPosting(quarter);
    assertThat(r.subjectId()).isEqualTo(PostingParser.deriveId(quarter));
    for (var f : r.findings()) {
      f.getLocation().getSpan().ifPresent(s -> assertThat(f.getEvidence().getQuote()).contains(s.quote(quarter)));
    }
    String oneLine = "Responsibilities: " + "complete intake assessments and do not diagnose, ".repeat(21_000);
    spansQuote(oneLine, DutyClassifier.standard().classify(oneLine));
    wellFormed(oneLine, PostingParser.standard().parse(oneLine));
  }
}
