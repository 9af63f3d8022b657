package org.peerwork.rules.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.json.NdjsonReader;
import org.peerwork.model.json.NdjsonRecord;
import org.peerwork.model.json.PeerJson;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;

/**
 * Memory while streaming: reads {@code lines} NDJSON assignments (10 million by default) from a
 * generator stream that is never held whole, checks each with every assignment rule through
 * {@link PeerChecks#checkEach}, and at intervals forces a full GC and records the heap in use. Run
 * with a small heap ({@code -Xmx256m}); memory is flat when the heap after GC does not grow with the
 * count. Writes a JSON summary for {@code docs/bench/make-performance-md}.
 *
 * <p>Usage: {@code StreamingMemory <lines> <samples> <out.json>}.
 */
public final class StreamingMemory {

  private StreamingMemory() {}

  /** Runs the stream and writes the summary. */
  public static void main(String[] args) throws IOException {
    long lines = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path out = Path.of(args.length > 2 ? args[2] : "target/streaming-memory.json");
    long every = Math.max(1, lines / samples);

    Runtime memory = Runtime.getRuntime();
    PeerChecks checks = PeerChecks.standard();
    List<long[]> points = new ArrayList<>();
    long[] findings = {0};
    long[] bad = {0};
    points.add(new long[] {0, usedAfterGc(memory)});
    long start = System.nanoTime();
    try (Reader in = BenchData.ndjsonStream(lines, BenchData.SEED);
         NdjsonReader<TaskAssignment> records = PeerJson.standard().readLines(in, TaskAssignment.class)) {
      Iterator<TaskAssignment> assignments = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return records.hasNext();
        }

        @Override
        public TaskAssignment next() {
          NdjsonRecord<TaskAssignment> r = records.next();
          if (!r.isOk()) {
            bad[0]++;
            throw new IllegalStateException("generated line " + r.lineNumber() + " did not read: " + r.error().orElseThrow().getMessage());
          }
          return r.value().orElseThrow();
        }
      };
      long[] n = {0};
      checks.checkEach(assignments, (Report report) -> {
        findings[0] += report.findings().size();
        if (++n[0] % every == 0) {
          points.add(new long[] {n[0], usedAfterGc(memory)});
        }
      });
      if (n[0] != lines) {
        throw new IllegalStateException("read " + n[0] + " of " + lines + " lines");
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    long maxHeap = Runtime.getRuntime().maxMemory();
    StringBuilder json = new StringBuilder();
    json.append("{\n  \"lines\": ").append(lines)
        .append(",\n  \"findings\": ").append(findings[0])
        .append(",\n  \"badLines\": ").append(bad[0])
        .append(",\n  \"seconds\": ").append(String.format(java.util.Locale.ROOT, "%.1f", seconds))
        .append(",\n  \"maxHeapBytes\": ").append(maxHeap)
        .append(",\n  \"jvm\": \"").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append('"')
        .append(",\n  \"samples\": [");
    for (int i = 0; i < points.size(); i++) {
      json.append(i == 0 ? "\n" : ",\n").append("    {\"assignments\": ").append(points.get(i)[0]).append(", \"usedHeapAfterGcBytes\": ").append(points.get(i)[1]).append('}');
    }
    json.append("\n  ]\n}\n");
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, json, StandardCharsets.UTF_8);
    System.out.println("streamed " + lines + " assignments in " + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " s, "
        + findings[0] + " findings; heap after GC: first " + points.get(1 < points.size() ? 1 : 0)[1] / 1024 + " KiB, last "
        + points.get(points.size() - 1)[1] / 1024 + " KiB of " + maxHeap / (1024 * 1024) + " MiB; written to " + out);
  }

  private static long usedAfterGc(Runtime memory) {
    System.gc();
    System.gc();
    return memory.totalMemory() - memory.freeMemory();
  }
}
