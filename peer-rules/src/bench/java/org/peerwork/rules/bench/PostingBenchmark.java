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
 * <p>Nothing is cached between calls: a check of a parsed posting reuses the parser's reading of
 * its text within that one check ({@link #checkParsed}), while a check of the job description alone
 * reads the text again ({@link #checkJobDescription}). Each parsing benchmark still passes a new
 * {@code String}, as a caller with a new posting would.
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
  private ParsedPosting parsed;
  private JobDescription parsedJd;

  /** Builds the lexicon, the parser and the checks, and parses the posting once. */
  @Setup
  public void setUp() {
    checks = PeerChecks.standard();
    parser = PostingParser.standard();
    classifier = DutyClassifier.standard();
    parsed = parser.parse(posting);
    parsedJd = parsed.getJobDescription();
    if (checks.check(parsed).findings().isEmpty() || !checks.check(parsedJd).equals(checks.check(parsed))) {
      throw new IllegalStateException("the benchmark posting should raise findings");
    }
  }

  /** Parses the 2 KB posting. */
  @Benchmark
  public ParsedPosting parse() {
    return parser.parse(new String(posting.toCharArray()));
  }

  /** Checks a parsed posting against the fifteen job description rules, reusing the parser's reading of its text. */
  @Benchmark
  public Report checkParsed() {
    return checks.check(parsed);
  }

  /** Checks the job description of a parsed posting on its own: its duties and facts are read again, once for all rules. */
  @Benchmark
  public Report checkJobDescription() {
    return checks.check(parsedJd);
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
