package org.peerwork.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Source;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.policy.PolicyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code peerwork} command-line tool: checks job postings, JSON documents and NDJSON streams of
 * task assignments against peer norms, lists the rules and explains one.
 *
 * <pre>
 * java -jar peer-examples/target/peerwork-cli.jar check posting.txt
 * java -jar peer-examples/target/peerwork-cli.jar check --type hiring --format sarif plan.json
 * java -jar peer-examples/target/peerwork-cli.jar check --type ndjson --fail-on warning - &lt; tasks.ndjson
 * java -jar peer-examples/target/peerwork-cli.jar --explain ClinicalTaskAssignedToPeer
 * </pre>
 *
 * <p>Exit codes: 0 no finding at or above the {@code --fail-on} threshold; 1 findings at or above it;
 * 2 bad usage or bad input (the message, with its path or line, goes to standard error; never a
 * stack trace); 3 an internal error of peerwork.
 */
@Command(name = "peerwork", mixinStandardHelpOptions = true, versionProvider = PeerworkCli.Version.class,
    description = {"Checks peer support documents against peer (not clinical) norms.", ""},
    footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 bad usage or bad input, 3 internal error."},
    exitCodeListHeading = "", sortOptions = false)
public final class PeerworkCli implements Callable<Integer> {

  /** Exit code: no finding at or above the threshold. */
  public static final int CLEAN = 0;
  /** Exit code: findings at or above the threshold. */
  public static final int FINDINGS = 1;
  /** Exit code: bad usage or bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit code: an internal error of peerwork. */
  public static final int INTERNAL_ERROR = 3;

  /** Hibernate Validator logs its version at INFO through java.util.logging; the tool's standard error is for the user. */
  private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

  @CommandLine.Mixin
  RuleHelpOptions ruleHelp = new RuleHelpOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /** Runs the tool with these streams and returns its exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
    CommandLine cl = new CommandLine(new PeerworkCli())
        .addSubcommand("check", new CheckCommand(in, out))
        .addSubcommand("help", new CommandLine.HelpCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("peerwork: " + e.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      c.getErr().flush();
      return BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("peerwork: " + describe(e));
      commandLine.getErr().flush();
      return isBadInput(e) ? BAD_INPUT : INTERNAL_ERROR;
    });
    return cl.execute(args);
  }

  private static boolean isBadInput(Throwable e) {
    return e instanceof CliException || e instanceof PeerJsonException || e instanceof PolicyException;
  }

  private static String describe(Throwable e) {
    if (isBadInput(e)) {
      return e.getMessage();
    }
    return "internal error, please report it: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  @Override
  public Integer call() {
    if (ruleHelp.handle(spec.commandLine().getOut(), false)) {
      return CLEAN;
    }
    spec.commandLine().getErr().println("peerwork: a command is required");
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  /** The version, from the rule reports' tool version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"peerwork " + org.peerwork.rules.report.SarifReport.TOOL_VERSION};
    }
  }

  /** {@code --list-rules} and {@code --explain RULE}, on the top command and on {@code check}. */
  static final class RuleHelpOptions {
    @Option(names = "--list-rules", description = "List every rule: id, default severity, theme, document type, title.")
    boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE", description = "Explain one rule: title, severity, theme, rationale, suggestion, sources, examples.")
    String explain;

    /** Handles the options if given; true when it did. */
    boolean handle(PrintWriter out, boolean json) {
      if (listRules) {
        listRules(out, json);
        return true;
      }
      if (explain != null) {
        explain(out, explain, json);
        return true;
      }
      return false;
    }
  }

  static void listRules(PrintWriter out, boolean json) {
    RuleCatalog catalog = RuleCatalog.standard();
    if (json) {
      out.println(PeerJson.standard().writePretty(catalog.metadata()));
      out.flush();
      return;
    }
    int w = catalog.ids().stream().mapToInt(String::length).max().orElse(10);
    for (RuleMetadata m : catalog.metadata()) {
      out.printf("%-" + w + "s  %-7s  %d %-26s  %-23s  %s%n", m.getId(), m.getDefaultSeverity(), m.getTheme().number(), m.getTheme().label(),
          m.getAppliesTo().label(), m.getTitle());
    }
    out.printf("%d rules. Explain one with: peerwork --explain RULE%n", catalog.ids().size());
    out.flush();
  }

  static void explain(PrintWriter out, String id, boolean json) {
    RuleCatalog catalog = RuleCatalog.standard();
    Rule<?> rule = catalog.find(id).orElseThrow(() -> {
      List<String> like = catalog.ids().stream().filter(k -> k.toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT))).toList();
      return new CliException("unknown rule id '" + id + "'" + (like.isEmpty() ? "" : "; did you mean " + String.join(", ", like) + "?")
          + " List them with: peerwork --list-rules");
    });
    RuleMetadata m = rule.metadata();
    if (json) {
      out.println(PeerJson.standard().writePretty(m));
      out.flush();
      return;
    }
    out.println(m.getId() + ": " + m.getTitle());
    out.println();
    out.println("  severity    " + m.getDefaultSeverity() + " (a policy can override it)");
    out.println("  theme       " + m.getTheme().number() + ". " + m.getTheme().label());
    out.println("  applies to  " + m.getAppliesTo().label() + " (--type " + typeOf(m) + ")");
    out.println();
    out.println("Why");
    out.println(indent(m.getRationale()));
    out.println();
    out.println("What to do instead");
    out.println(indent(m.getSuggestion()));
    out.println();
    out.println("Sources");
    for (Citation c : m.getCitations()) {
      String title = SourceCatalog.standard().find(c.getSourceId()).map(Source::getTitle).orElse("");
      out.println("  - " + c.getSourceId() + ", " + c.getLocator() + (title.isEmpty() || c.isDesignChoice() ? "" : ". " + title));
    }
    out.println();
    out.println("Examples");
    for (RuleExample<?> e : rule.examples()) {
      out.println("  - " + (e.fires() ? "fires:  " : "silent: ") + e.description());
    }
    out.println();
    out.println("Page: docs/rules/" + m.getId() + ".md");
    out.flush();
  }

  private static String typeOf(RuleMetadata m) {
    switch (m.getAppliesTo()) {
      case TASK_ASSIGNMENT: return "assignment or ndjson";
      case ROSTER: return "roster";
      case JOB_DESCRIPTION: return "job or posting";
      case HIRING_PLAN: return "hiring";
      case SUPERVISION_ARRANGEMENT: return "supervision";
      case TRAINING_PLAN: return "training";
      case WORKPLACE_POLICY: return "workplace";
      case INCIDENT_REVIEW: return "incident";
      default: return m.getAppliesTo().name().toLowerCase(Locale.ROOT);
    }
  }

  private static String indent(String text) {
    StringBuilder b = new StringBuilder();
    int col = 0;
    b.append("  ");
    col = 2;
    for (String word : text.split("\\s+")) {
      if (col > 2 && col + 1 + word.length() > 100) {
        b.append("\n  ");
        col = 2;
      } else if (col > 2) {
        b.append(' ');
        col++;
      }
      b.append(word);
      col += word.length();
    }
    return b.toString();
  }
}
