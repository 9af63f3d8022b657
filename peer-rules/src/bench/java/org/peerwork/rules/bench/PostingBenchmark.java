package org.peerwork.rules.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peerwork.model.job.JobDescription;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.text.DutyClassification;
import org.peerwork.rules.text.DutyClassifier;
import org.peerwork.rules.text.ParsedPosting;
import org.peerwork.rules.text.PostingParser;

/**
 * A 2 KB job posting: parsed, checked once parsed, and parsed and checked together; and one duty
 * statement classified. Average time per operation, in microseconds.
 *
 * <p>The text pipeline keeps a per-thread cache of the last text it read, so every benchmark that
 * parses gives it a fresh copy of the text (as a real caller would), and {@link #checkUncached}
 * alternates between two equal job descriptions so that no check finds its text cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PostingBenchmark {

  private final String posting = BenchTexts.POSTING_2KB;
  private final String duty = "May be asked to complete suicide risk assessments when the clinician is unavailable.";
  private PeerChecks checks;
  private PostingParser parser;
  private DutyClassifier classifier;
  private JobDescription parsed;
  private JobDescription parsedCopy;
  private int turn;

  /** Builds the lexicon, the parser and the checks, and parses the posting once. */
  @Setup
  public void setUp() {
    checks = PeerChecks.standard();
    parser = PostingParser.standard();
    classifier = DutyClassifier.standard();
    parsed = parser.parse(posting).getJobDescription();
    parsedCopy = parser.parse(new String(posting.toCharArray())).getJobDescription();
    if (checks.check(parsed).findings().isEmpty()) {
      throw new IllegalStateException("the benchmark posting should raise findings");
    }
  }

  /** Parses the 2 KB posting. */
  @Benchmark
  public ParsedPosting parse() {
    return parser.parse(new String(posting.toCharArray()));
  }

  /** Checks the parsed posting against the fifteen job description rules, right after parsing it (its text cached). */
  @Benchmark
  public Report checkParsed() {
    return checks.check(parsed);
  }

  /** Checks a parsed posting whose text this thread has not just read: every duty and fact read again. */
  @Benchmark
  public Report checkUncached() {
    turn ^= 1;
    return checks.check(turn == 0 ? parsed : parsedCopy);
  }

  /** Parses and checks the 2 KB posting: what {@code PeerChecks.checkPosting} does. */
  @Benchmark
  public Report parseAndCheck() {
    return checks.checkPosting(new String(posting.toCharArray()));
  }

  /** Classifies one duty statement. */
  @Benchmark
  public DutyClassification classifyDuty() {
    return classifier.classify(duty);
  }
}
