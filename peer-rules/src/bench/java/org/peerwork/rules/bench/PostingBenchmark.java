package org.peerwork.rules.bench;

import java.io.IOException;
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

/**
 * A 2 KB plain-text job posting (sections, duty bullets, a "does NOT do" list, negations, a
 * hypothetical, pay and schedule): parsed and classified into a job description, and parsed,
 * classified and checked by every job description rule. The design's bar: tens of microseconds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PostingBenchmark {

  String posting;
  PeerChecks checks;

  /** Loads the posting and makes sure checking it finds something (the work is real). */
  @Setup
  public void setUp() throws IOException {
    posting = LexiconBenchmark.posting();
    checks = PeerChecks.standard();
    if (posting.length() < 1900 || posting.length() > 2200) {
      throw new IllegalStateException("the sample posting should be about 2 KB, is " + posting.length());
    }
    if (checks.checkPosting(posting).isClean()) {
      throw new IllegalStateException("the sample posting has clinical duties and should not be clean");
    }
  }

  /** Parse and classify only: sections, duties, categories, context. */
  @Benchmark
  public JobDescription parsePosting2kb() {
    return checks.parsePosting(posting);
  }

  /** Parse, classify and check with every job description rule. */
  @Benchmark
  public Report checkPosting2kb() {
    return checks.checkPosting(posting);
  }
}
