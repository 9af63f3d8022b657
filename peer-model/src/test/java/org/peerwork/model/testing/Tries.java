package org.peerwork.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Guidance;
import org.quicktheories.impl.Precursor;

/**
 * The project's entry point to QuickTheories: {@code import static org.peerwork.model.testing.Tries.qt}
 * instead of {@code QuickTheory.qt}. It is QuickTheories' own {@code qt()}, with a guidance that
 * guides nothing (it answers as QuickTheories' {@code NoGuidance} does, so the values generated are
 * the same) and counts what really runs: property runs, and the examples they execute, per test
 * method. QuickTheories skips a value it has already tried, so a run can execute fewer examples
 * than {@code withExamples} asks for; the counts are what docs/reliability.md quotes.
 *
 * <p>When the test JVM ends, the counts are written to {@code target/property-tries.tsv} (one row
 * per test method: class, method, runs, examples), if the working directory has a {@code target}.
 */
public final class Tries {

  private static final class Count {
    final LongAdder runs = new LongAdder();
    final LongAdder examples = new LongAdder();
  }

  private static final Map<String, Count> COUNTS = new TreeMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Tries::write, "property-tries"));
  }

  private Tries() {}

  /** QuickTheories' {@code qt()}, counted against the calling test method. */
  public static QuickTheory qt() {
    Count count = countFor(caller());
    return QuickTheory.qt().withGuidance(prng -> {
      count.runs.increment();
      return new Guidance() {
        @Override
        public void newExample(Precursor example) {}

        @Override
        public void exampleExecuted() {
          count.examples.increment();
        }

        @Override
        public Collection<long[]> suggestValues(int i, Precursor t) {
          return Collections.emptyList();
        }

        @Override
        public void exampleComplete() {}
      };
    });
  }

  /** The test method that asked: the outermost frame in a test class, else the direct caller. */
  private static String caller() {
    return StackWalker.getInstance().walk(frames -> {
      String direct = null;
      String test = null;
      for (StackWalker.StackFrame f : (Iterable<StackWalker.StackFrame>) frames::iterator) {
        String cls = f.getClassName();
        if (cls.equals(Tries.class.getName())) {
          continue;
        }
        String top = cls.contains("$") ? cls.substring(0, cls.indexOf('$')) : cls;
        String key = top + "\t" + f.getMethodName().replaceFirst("^lambda\\$(.*)\\$\\d+$", "$1");
        if (direct == null) {
          direct = key;
        }
        if (top.endsWith("Test") || top.endsWith("Tests") || top.endsWith("Properties")) {
          test = key; // keep walking: the outermost frame of the test class is the test method
        }
      }
      return test != null ? test : direct;
    });
  }

  private static Count countFor(String key) {
    synchronized (COUNTS) {
      return COUNTS.computeIfAbsent(key, k -> new Count());
    }
  }

  private static void write() {
    Path target = Path.of("target");
    StringBuilder out = new StringBuilder("class\tmethod\truns\texamples\n");
    synchronized (COUNTS) {
      if (COUNTS.isEmpty() || !Files.isDirectory(target)) {
        return;
      }
      COUNTS.forEach((k, c) -> out.append(k).append('\t').append(c.runs.sum()).append('\t').append(c.examples.sum()).append('\n'));
    }
    try {
      Files.writeString(target.resolve("property-tries.tsv"), out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
