package org.peerwork.rules.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToLongFunction;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.json.NdjsonReader;
import org.peerwork.model.json.PeerJson;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.bench.drools.DroolsChecker;
import org.peerwork.rules.bench.easyrules.EasyRulesChecker;

/**
 * A cross-check of the JMH ratios that holds up on a busy machine: every engine and every NDJSON
 * reader runs in one JVM, in rounds, one case after another (so bursts of outside load hit all of
 * them alike), timed by the thread's own CPU time (so time the thread spends descheduled does not
 * count). After warm-up rounds, the median CPU time per operation over the measured rounds is kept.
 * Writes a JSON summary for {@code docs/bench/make-performance-md}.
 *
 * <p>Usage: {@code InterleavedComparison <warmupRounds> <rounds> <msPerCase> <out.json>}.
 */
public final class InterleavedComparison {

  private InterleavedComparison() {}

  /** Runs the rounds and writes the summary. */
  public static void main(String[] args) throws IOException {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int ms = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path out = Path.of(args.length > 3 ? args[3] : "target/interleaved.json");

    CpuClock threads = new CpuClock();
    PeerChecks five = FiveRules.peerwork();
    PeerChecks all = PeerChecks.standard();
    DroolsChecker drools = new DroolsChecker();
    EasyRulesChecker fluent = EasyRulesChecker.fluent();
    EasyRulesChecker annotated = EasyRulesChecker.annotated();
    TaskAssignment[] mixed = BenchData.assignments(4096, BenchData.SEED).toArray(TaskAssignment[]::new);
    TaskAssignment[] clean = BenchData.clean(4096, BenchData.SEED + 5).toArray(TaskAssignment[]::new);
    String ndjson = BenchData.ndjson(BenchData.assignments(2_000, BenchData.SEED + 11));
    PeerJson json = PeerJson.standard();
    ObjectReader jackson = json.copyOfMapper().readerFor(TaskAssignment.class);
    Object[] sink = new Object[1];

    // each case does n operations and returns how many it did
    Map<String, IntToLongFunction> cases = new LinkedHashMap<>();
    cases.put("peerworkOne", n -> loop(n, i -> sink[0] = five.check(mixed[i & 4095])));
    cases.put("peerworkOneClean", n -> loop(n, i -> sink[0] = five.check(clean[i & 4095])));
    cases.put("easyRulesFluentOne", n -> loop(n, i -> sink[0] = fluent.check(mixed[i & 4095])));
    cases.put("easyRulesFluentOneClean", n -> loop(n, i -> sink[0] = fluent.check(clean[i & 4095])));
    cases.put("easyRulesAnnotatedOne", n -> loop(n, i -> sink[0] = annotated.check(mixed[i & 4095])));
    cases.put("droolsOne", n -> loop(n, i -> sink[0] = drools.check(mixed[i & 4095])));
    cases.put("droolsOneClean", n -> loop(n, i -> sink[0] = drools.check(clean[i & 4095])));
    cases.put("ndjson.jacksonReadOnly", n -> lines(n, () -> {
      long k = 0;
      try (MappingIterator<TaskAssignment> it = jackson.readValues(new StringReader(ndjson))) {
        while (it.hasNext()) {
          sink[0] = it.next();
          k++;
        }
      }
      return k;
    }));
    cases.put("ndjson.peerJsonReadOnly", n -> lines(n, () -> read(json, ndjson, null, sink)));
    cases.put("ndjson.readAndCheckFive", n -> lines(n, () -> read(json, ndjson, five, sink)));
    cases.put("ndjson.readAndCheckAll", n -> lines(n, () -> read(json, ndjson, all, sink)));

    Map<String, Integer> opsPerRound = new LinkedHashMap<>();
    Map<String, List<Double>> measured = new LinkedHashMap<>();
    for (String name : cases.keySet()) {
      opsPerRound.put(name, 64);
      measured.put(name, new ArrayList<>());
    }
    for (int round = 0; round < warmup + rounds; round++) {
      for (Map.Entry<String, IntToLongFunction> c : cases.entrySet()) {
        int n = opsPerRound.get(c.getKey());
        long t0 = threads.getCurrentThreadCpuTime();
        long done = c.getValue().applyAsLong(n);
        long cpu = threads.getCurrentThreadCpuTime() - t0;
        double nsPerOp = (double) cpu / done;
        // aim each case at about ms milliseconds of CPU per round
        opsPerRound.put(c.getKey(), (int) Math.max(1, Math.min(50_000_000, ms * 1e6 / Math.max(1.0, nsPerOp))));
        if (round >= warmup) {
          measured.get(c.getKey()).add(nsPerOp);
        }
      }
    }

    StringBuilder b = new StringBuilder("{\n  \"warmupRounds\": ").append(warmup).append(",\n  \"rounds\": ").append(rounds)
        .append(",\n  \"msPerCase\": ").append(ms).append(",\n  \"jvm\": \"").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.version")).append("\",\n  \"cases\": {");
    int i = 0;
    for (Map.Entry<String, List<Double>> e : measured.entrySet()) {
      double[] xs = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      b.append(i++ == 0 ? "\n" : ",\n").append("    \"").append(e.getKey()).append("\": {\"medianCpuNsPerOp\": ")
          .append(fmt(median(xs))).append(", \"minCpuNsPerOp\": ").append(fmt(xs[0])).append(", \"maxCpuNsPerOp\": ")
          .append(fmt(xs[xs.length - 1])).append('}');
    }
    b.append("\n  }\n}\n");
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, b, StandardCharsets.UTF_8);
    System.out.println("interleaved comparison: " + measured.size() + " cases, " + rounds + " measured rounds; written to " + out);
  }

  /**
   * The current thread's CPU time, through {@code java.lang.management} by reflection: the bench
   * sources compile inside the rules module, which does not read {@code java.management}, and run
   * on the class path, where everything may be read.
   */
  private static final class CpuClock {
    private final Object bean;
    private final java.lang.reflect.Method cpuTime;

    CpuClock() {
      try {
        Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
        bean = factory.getMethod("getThreadMXBean").invoke(null);
        Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
        if (!(Boolean) type.getMethod("isCurrentThreadCpuTimeSupported").invoke(bean)) {
          throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        cpuTime = type.getMethod("getCurrentThreadCpuTime");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("thread CPU time is not available", e);
      }
    }

    long getCurrentThreadCpuTime() {
      try {
        return (Long) cpuTime.invoke(bean);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private interface Op {
    void run(int i);
  }

  private interface Pass {
    long run() throws IOException;
  }

  private static long loop(int n, Op op) {
    for (int i = 0; i < n; i++) {
      op.run(i);
    }
    return n;
  }

  /** Whole passes over the NDJSON text, at least one, about n lines; returns the lines read. */
  private static long lines(int n, Pass pass) {
    long done = 0;
    try {
      do {
        done += pass.run();
      } while (done < n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return done;
  }

  private static long read(PeerJson json, String ndjson, PeerChecks checks, Object[] sink) throws IOException {
    long k = 0;
    try (NdjsonReader<TaskAssignment> it = json.readLines(new StringReader(ndjson), TaskAssignment.class)) {
      while (it.hasNext()) {
        TaskAssignment a = it.next().value().orElseThrow();
        sink[0] = checks == null ? a : checks.check(a);
        k++;
      }
    }
    return k;
  }

  private static double median(double[] sorted) {
    int m = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

}
