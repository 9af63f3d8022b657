package org.peerwork.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.json.JsonLimits;
import org.peerwork.model.json.NdjsonReader;
import org.peerwork.model.json.NdjsonRecord;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Policies;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.PolicyException;
import org.peerwork.rules.report.CsvExport;
import org.peerwork.rules.report.JsonReport;
import org.peerwork.rules.report.SarifReport;
import org.peerwork.rules.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peerwork check}: checks one input and prints the report; the exit code says whether findings reach the threshold. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Checks a plain-text job posting, one JSON document, or an NDJSON stream of task assignments against peer norms.",
        "A .txt file is a posting and a .ndjson file a stream of assignments; anything else needs --type."},
    footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage or bad input, 3 internal error."})
final class CheckCommand implements Callable<Integer> {

  /** How output is written. */
  enum Format { TEXT, JSON, SARIF, CSV }

  /** The least severity that makes the exit code 1. */
  enum FailOn { ERROR, WARNING, NEVER }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|-", description = "The input file; - or nothing for standard input (then --type is required).")
  String input;

  @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "What the input is: posting, assignment, roster, job, hiring, supervision, training, workplace, incident, or ndjson (one assignment per line).")
  InputType type;

  @Option(names = "--policy", paramLabel = "FILE", description = "An agency or state policy (JSON): thresholds, severities, disabled rules, codes.")
  Path policy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class, description = "text (default), json, sarif or csv.")
  Format format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = FailOnConverter.class,
      description = "Exit with 1 when a finding is at least this severe: error (default), warning, or never.")
  FailOn failOn;

  @CommandLine.Mixin
  PeerworkCli.RuleHelpOptions ruleHelp = new PeerworkCli.RuleHelpOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Reads a lower-case (or any-case) enum name, and names the allowed values in lower case when it is wrong. */
  abstract static class LowerCaseEnum<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
    private final Class<E> type;

    LowerCaseEnum(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value)) {
          return e;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not one of "
          + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    }
  }

  static final class TypeConverter extends LowerCaseEnum<InputType> {
    TypeConverter() {
      super(InputType.class);
    }
  }

  static final class FormatConverter extends LowerCaseEnum<Format> {
    FormatConverter() {
      super(Format.class);
    }
  }

  static final class FailOnConverter extends LowerCaseEnum<FailOn> {
    FailOnConverter() {
      super(FailOn.class);
    }
  }

  private final InputStream stdin;
  private final PrintStream out;

  CheckCommand(InputStream stdin, PrintStream out) {
    this.stdin = stdin;
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    if (ruleHelp.handle(spec.commandLine().getOut(), format == Format.JSON)) {
      return PeerworkCli.CLEAN;
    }
    boolean fromStdin = input == null || input.equals("-");
    InputType t = type;
    if (t == null && !fromStdin) {
      t = InputType.fromFileName(input);
    }
    if (t == null) {
      throw new CliException("--type is required for " + (fromStdin ? "standard input" : input) + ": one of " + InputType.allNames()
          + " (a .txt file is a posting, a .ndjson file a stream of assignments)");
    }
    PeerChecks checks = checks();
    String name = fromStdin ? "<stdin>" : input;
    if (t == InputType.NDJSON) {
      return stream(checks, name, fromStdin);
    }
    byte[] bytes = fromStdin ? readLimited(stdin, name) : readFile(Path.of(input));
    Report report;
    if (t == InputType.POSTING) {
      String text = utf8(bytes, name);
      if (text.isBlank()) {
        throw new CliException(name + ": the posting is empty");
      }
      // a file's posting is named after the file; one from standard input by a hash of its text
      report = fromStdin ? checks.checkPosting(text) : checks.checkPosting(postingId(Path.of(input)), text);
    } else {
      report = checks.check(read(bytes, t, name));
    }
    List<Report> reports = List.of(report);
    switch (format) {
      case TEXT: TextReport.full().render(reports, out); break;
      case JSON: out.println(JsonReport.pretty().write(report)); break;
      case SARIF: out.println(SarifReport.standard().withArtifactUris(r -> fromStdin ? defaultUri(r) : uri(input)).write(reports)); break;
      case CSV: CsvExport.write(reports, out); break;
      default: throw new IllegalStateException("format " + format);
    }
    out.flush();
    return exitCode(report.findings().stream().map(Finding::getSeverity).min(Enum::compareTo).orElse(null));
  }

  /** Checks a stream of assignments one line at a time, in constant memory (SARIF keeps the reports that have findings). */
  private int stream(PeerChecks checks, String name, boolean fromStdin) throws IOException {
    long read = 0;
    long checked = 0;
    List<Long> badLines = new ArrayList<>();
    Severity worst = null;
    int documents = 0;
    int[] bySeverity = new int[Severity.values().length];
    List<Report> kept = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.CSV) {
      out.print(CsvExport.header());
    }
    try (Reader in = reader(fromStdin);
         NdjsonReader<TaskAssignment> lines = PeerJson.standard().readLines(in, TaskAssignment.class)) {
      while (lines.hasNext()) {
        NdjsonRecord<TaskAssignment> rec = lines.next();
        read++;
        if (!rec.isOk()) {
          badLines.add(rec.lineNumber());
          err.println("peerwork: " + name + ":" + rec.lineNumber() + ": " + rec.error().orElseThrow().getMessage());
          continue;
        }
        Report r = checks.check(rec.value().orElseThrow());
        checked++;
        documents++;
        for (Finding f : r.findings()) {
          bySeverity[f.getSeverity().ordinal()]++;
          if (worst == null || f.getSeverity().isAtLeast(worst)) {
            worst = f.getSeverity();
          }
        }
        switch (format) {
          case TEXT: r.findings().forEach(f -> out.println(TextReport.compactLine(f))); break;
          case JSON: out.println(JsonReport.compact().write(r)); break;
          case CSV: r.findings().forEach(f -> out.print(CsvExport.row(f))); break;
          case SARIF:
            if (!r.isClean()) {
              kept.add(r);
            }
            break;
          default: throw new IllegalStateException("format " + format);
        }
      }
    } catch (UncheckedIOException e) {
      throw new CliException(name + ": " + e.getMessage() + (e.getCause() instanceof CharacterCodingException ? " (not UTF-8 text)" : ""));
    }
    if (format == Format.SARIF) {
      out.println(SarifReport.standard().write(kept));
    } else if (format == Format.TEXT) {
      out.println(documents + " assignments checked: " + bySeverity[0] + " errors, " + bySeverity[1] + " warnings, " + bySeverity[2] + " notes");
    }
    out.flush();
    err.println("peerwork: " + name + ": " + read + " records read = " + checked + " checked + " + badLines.size() + " rejected"
        + (badLines.isEmpty() ? "" : " (lines " + badLines.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")"));
    err.flush();
    if (!badLines.isEmpty()) {
      return PeerworkCli.BAD_INPUT;
    }
    return exitCode(worst);
  }

  private int exitCode(Severity worst) {
    if (worst == null || failOn == FailOn.NEVER) {
      return PeerworkCli.CLEAN;
    }
    Severity threshold = failOn == FailOn.ERROR ? Severity.ERROR : Severity.WARNING;
    return worst.isAtLeast(threshold) ? PeerworkCli.FINDINGS : PeerworkCli.CLEAN;
  }

  private PeerChecks checks() {
    if (policy == null) {
      return PeerChecks.standard();
    }
    String text = utf8(readFile(policy), policy.toString());
    try {
      Policy p = Policies.fromJson(text);
      return PeerChecks.standard().withPolicy(p);
    } catch (PolicyException e) {
      throw new CliException("policy " + policy + ": " + e.getMessage());
    }
  }

  private static PeerDocument read(byte[] bytes, InputType t, String name) {
    try {
      return PeerJson.standard().readValid(utf8(bytes, name), t.modelType());
    } catch (PeerJsonException e) {
      throw new CliException(name + ": " + e.getMessage());
    }
  }

  private Reader reader(boolean fromStdin) throws IOException {
    InputStream in = fromStdin ? stdin : open(Path.of(input));
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  private static InputStream open(Path p) {
    try {
      return Files.newInputStream(p);
    } catch (NoSuchFileException e) {
      throw new CliException("cannot read " + p + ": no such file");
    } catch (IOException e) {
      throw new CliException("cannot read " + p + ": " + e.getClass().getSimpleName());
    }
  }

  private static byte[] readFile(Path p) {
    if (Files.isDirectory(p)) {
      throw new CliException("cannot read " + p + ": it is a directory");
    }
    try (InputStream in = open(p)) {
      return readLimited(in, p.toString());
    } catch (IOException e) {
      throw new CliException("cannot read " + p + ": " + e.getClass().getSimpleName());
    }
  }

  private static byte[] readLimited(InputStream in, String name) throws IOException {
    long limit = JsonLimits.DEFAULT.maxDocumentBytes();
    byte[] bytes = in.readNBytes((int) limit + 1);
    if (bytes.length > limit) {
      throw new CliException(name + ": larger than the limit of " + limit + " bytes");
    }
    return bytes;
  }

  private static String utf8(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CliException(name + ": not UTF-8 text");
    }
  }

  private static String postingId(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String stem = dot > 0 ? n.substring(0, dot) : n;
    return stem.length() > 200 ? stem.substring(0, 200) : stem;
  }

  private static String uri(String file) {
    return file.replace('\\', '/');
  }

  private static String defaultUri(Report r) {
    return r.subjectType().name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + r.subjectId();
  }
}
