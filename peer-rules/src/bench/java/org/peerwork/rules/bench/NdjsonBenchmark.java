package org.peerwork.rules.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.json.NdjsonReader;
import org.peerwork.model.json.NdjsonRecord;
import org.peerwork.model.json.PeerJson;
import org.peerwork.rules.PeerChecks;

/**
 * Streaming NDJSON task assignments (2,000 lines, about 0.4 KB each) against the cost of reading
 * them alone: Jackson's own MappingIterator over the stream with peerwork's mapper configuration
 * (the floor), peerwork's strict line reader alone, and the line reader plus checking, with the five
 * rules and with every assignment rule. Reported per assignment.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NdjsonBenchmark {

  static final int LINES = 2_000;

  String ndjson;
  PeerJson json;
  ObjectReader jackson;
  PeerChecks five;
  PeerChecks all;

  /** Makes the stream's text and the readers. */
  @Setup
  public void setUp() {
    ndjson = BenchData.ndjson(BenchData.assignments(LINES, BenchData.SEED + 11));
    json = PeerJson.standard();
    jackson = json.copyOfMapper().readerFor(TaskAssignment.class);
    five = FiveRules.peerwork();
    all = PeerChecks.standard();
  }

  /** Jackson alone: MappingIterator over the whole stream into the model. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long jacksonReadOnly(Blackhole bh) throws IOException {
    long n = 0;
    try (MappingIterator<TaskAssignment> it = jackson.readValues(new StringReader(ndjson))) {
      while (it.hasNext()) {
        bh.consume(it.next());
        n++;
      }
    }
    return n;
  }

  /** peerwork's line reader alone (strict, a bad line reported with its number, good ones kept). */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long peerJsonReadOnly(Blackhole bh) throws IOException {
    long n = 0;
    try (NdjsonReader<TaskAssignment> it = json.readLines(new StringReader(ndjson), TaskAssignment.class)) {
      while (it.hasNext()) {
        bh.consume(it.next().value().orElseThrow());
        n++;
      }
    }
    return n;
  }

  /** peerwork's line reader and the five rules on every assignment. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long readAndCheckFive(Blackhole bh) throws IOException {
    return readAndCheck(five, bh);
  }

  /** peerwork's line reader and every assignment rule on every assignment. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long readAndCheckAll(Blackhole bh) throws IOException {
    return readAndCheck(all, bh);
  }

  private long readAndCheck(PeerChecks checks, Blackhole bh) throws IOException {
    long n = 0;
    try (NdjsonReader<TaskAssignment> it = json.readLines(new StringReader(ndjson), TaskAssignment.class)) {
      while (it.hasNext()) {
        NdjsonRecord<TaskAssignment> r = it.next();
        bh.consume(checks.check(r.value().orElseThrow()));
        n++;
      }
    }
    return n;
  }
}
