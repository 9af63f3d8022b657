package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peerwork.model.PeerDocument;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.Threshold;
import org.peerwork.model.testing.Generators;
import org.quicktheories.core.Gen;

/**
 * One {@link PeerChecks} shared by 16 threads over 100,000 generated documents of every checkable
 * type gives exactly the reports the same checks give on one thread, in the same positions; and the
 * same for plain-text postings, whose checks share the parser's reading within each check.
 */
class ConcurrencyTest {

  static final int INPUTS = 100_000;
  static final int THREADS = 16;
  /**
   * 100,000 documents of all eight checkable types, interleaved, each with a distinct id: 12,500 are
   * generated per type; should a generator give fewer, its documents are reused under new ids.
   */
  static List<PeerDocument> inputs() {
    List<List<PeerDocument>> byType = new ArrayList<>();
    long seed = 1000L;
    for (DocumentType type : DocumentType.values()) {
      Gen<? extends PeerDocument> gen = Generators.documents(type.modelType());
      List<PeerDocument> docs = new ArrayList<>();
      qt().withFixedSeed(seed++).withExamples(INPUTS / DocumentType.values().length).forAll(gen).checkAssert(docs::add);
      byType.add(docs);
    }
    List<PeerDocument> out = new ArrayList<>(INPUTS);
    for (int i = 0; i < INPUTS; i++) {
      List<PeerDocument> docs = byType.get(i % byType.size());
      PeerDocument d = docs.get((i / byType.size()) % docs.size());
      out.add(withId(d, d.getId() + "#" + i));
    }
    return out;
  }

  /** Every document type is an Immutables value with {@code withId(String)}. */
  static PeerDocument withId(PeerDocument d, String id) {
    try {
      Method m = d.getClass().getMethod("withId", String.class);
      return (PeerDocument) m.invoke(d, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(d.getClass() + " has no withId", e);
    }
  }

  @Test
  void sixteenThreadsSharingOneCheckerGiveTheSingleThreadedReports() throws Exception {
    List<PeerDocument> inputs = inputs();
    assertThat(inputs).hasSize(INPUTS);
    assertThat(inputs.stream().map(DocumentType::of).distinct()).hasSize(DocumentType.values().length);
    assertThat(inputs.stream().map(d -> withId(d, "same")).distinct().count())
        .as("documents that differ in more than their id (97,224 with these seeds)").isGreaterThan(INPUTS * 95L / 100);
    // a policy that moves thresholds and a severity, so the shared context is exercised too
    PeerChecks checks = PeerChecks.standard()
        .withPolicy(Policy.builder().putThreshold(Threshold.MAX_CASELOAD, 3).putThreshold(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF, 1)
            .putSeverityOverride("TaskOutsideAnyRole", Severity.ERROR).build())
        .explainingOutcomes();

    Report[] single = new Report[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      single[i] = checks.check(inputs.get(i));
    }

    assertThat(differingOnSixteenThreads(INPUTS, i -> checks.check(inputs.get(i)), single))
        .as("inputs whose report on 16 threads differs from the single-threaded one").isEmpty();
    int findings = 0;
    for (Report r : single) {
      findings += r.findings().size();
    }
    assertThat(findings).as("the inputs exercise the rules").isGreaterThan(INPUTS / 2);
  }

  /** The indices whose report, made on 16 threads at once, differs from {@code single}. */
  static java.util.Collection<Integer> differingOnSixteenThreads(int n, java.util.function.IntFunction<Report> check, Report[] single)
      throws Exception {
    java.util.Queue<Integer> different = new java.util.concurrent.ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          start.await();
          int mine = 0;
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            if (!check.apply(i).equals(single[i])) {
              different.add(i);
            }
            mine++;
          }
          return mine;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get(120, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(n);
    } finally {
      pool.shutdownNow();
    }
    return different;
  }

  /** Postings of 4 to 24 lines drawn from the evaluation statements and three realistic postings, under headings. */
  static List<String> postings(int n) throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    for (String name : List.of("posting-compliant.txt", "posting-junior-clinician.txt", "posting-chores-on-call.txt")) {
      try (var in = ConcurrencyTest.class.getResourceAsStream("/org/peerwork/rules/text/" + name)) {
        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(lines::add);
      }
    }
    try (var in = ConcurrencyTest.class.getResourceAsStream("/org/peerwork/rules/text/duty-eval-dev.tsv")) {
      new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("label\t"))
          .map(l -> "- " + l.substring(l.lastIndexOf('\t') + 1)).forEach(lines::add);
    }
    List<String> headings = List.of("Responsibilities:", "What the peer specialist does NOT do:", "Qualifications", "Supervision:", "SCHEDULE");
    java.util.Random random = new java.util.Random(42);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder("Peer Support Specialist\n\n");
      int k = 4 + random.nextInt(21);
      for (int j = 0; j < k; j++) {
        if (random.nextInt(6) == 0) {
          b.append('\n').append(headings.get(random.nextInt(headings.size()))).append('\n');
        }
        b.append(lines.get(random.nextInt(lines.size()))).append('\n');
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void sixteenThreadsCheckingPostingsGiveTheSingleThreadedReports() throws Exception {
    List<String> postings = postings(3_000);
    PeerChecks checks = PeerChecks.standard().explainingOutcomes();
    Report[] single = new Report[postings.size()];
    for (int i = 0; i < single.length; i++) {
      // every third posting is checked as a job description alone, so it is read again inside the check
      single[i] = i % 3 == 0 ? checks.check(checks.parsePosting(postings.get(i))) : checks.checkPosting(postings.get(i));
    }
    assertThat(differingOnSixteenThreads(single.length, i -> i % 3 == 0
        ? checks.check(checks.parsePosting(postings.get(i))) : checks.checkPosting(postings.get(i)), single))
        .as("postings whose report on 16 threads differs from the single-threaded one").isEmpty();
    assertThat(java.util.Arrays.stream(single).mapToInt(r -> r.findings().size()).sum()).as("the postings exercise the rules")
        .isGreaterThan(single.length);
    assertThat(java.util.Arrays.stream(single).map(Report::subjectId).distinct().count()).isGreaterThan(2_900L);
  }
}
