package org.peerwork.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.text.TextSpan;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Report;
import org.peerwork.rules.Rule;
import org.peerwork.rules.RuleCatalog;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.RuleOutcome;

/**
 * Writes reports as a SARIF 2.1.0 log, the format CI pipelines and code-scanning dashboards read.
 *
 * <p>One log holds one run of the tool {@code peerwork}: every rule of the catalog as a
 * {@code reportingDescriptor} (id, title as short description, rationale as full description, help
 * with the suggestion and sources, a help URI pointing at the rule's page under {@code docs/rules/},
 * the default level, and the theme as a tag), and every finding of every report as a {@code result}
 * (rule id and index, level {@code error}, {@code warning} or {@code note}, the message, where, and
 * in {@code properties} the theme, both norm sets' verdicts, the evidence, the suggestion and the
 * sources). A finding points at its document through a {@code physicalLocation} (the document's URI,
 * and for free text the character region with the quoted words as snippet) and a
 * {@code logicalLocation} (the document id and the field path). When a report explains its outcomes,
 * each rule that checked the document and found nothing becomes a result of kind {@code pass}.
 *
 * <pre>{@code
 * String sarif = SarifReport.standard().write(reports);
 * }</pre>
 *
 * <p>Writing is pure and deterministic. Instances are immutable and thread-safe.
 */
public final class SarifReport {

  /** The peerwork version written as the tool's version; kept equal to the Maven project version by a test. */
  public static final String TOOL_VERSION = "0.1.0";
  /** Where people learn about the tool. */
  public static final String INFORMATION_URI = "https://github.com/peerwork/peerwork";
  /** The default base of the rules' help pages: the rule id and {@code .md} are appended. */
  public static final String DEFAULT_HELP_URI_BASE = "https://github.com/peerwork/peerwork/blob/main/docs/rules/";
  /** The JSON schema a SARIF 2.1.0 log names in {@code $schema}. */
  public static final String SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final SarifReport STANDARD = new SarifReport(RuleCatalog.standard(), DEFAULT_HELP_URI_BASE, SarifReport::defaultUri);

  private final RuleCatalog catalog;
  private final String helpUriBase;
  private final Function<Report, String> artifactUri;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private SarifReport(RuleCatalog catalog, String helpUriBase, Function<Report, String> artifactUri) {
    this.catalog = catalog;
    this.helpUriBase = helpUriBase;
    this.artifactUri = artifactUri;
    this.mapper = PeerJson.standard().copyOfMapper();
    this.writer = mapper.writer(Texts.prettyPrinter()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** The standard catalog, help pages on the project site, documents named {@code <type>/<id>}. */
  public static SarifReport standard() {
    return STANDARD;
  }

  /** These settings with the rules of {@code catalog} as the run's reporting descriptors. */
  public SarifReport withCatalog(RuleCatalog catalog) {
    return new SarifReport(Objects.requireNonNull(catalog, "catalog"), helpUriBase, artifactUri);
  }

  /**
   * These settings with help pages under {@code base}, an absolute URI ending in {@code /}; a rule's
   * page is {@code base + id + ".md"}.
   */
  public SarifReport withHelpUriBase(String base) {
    Objects.requireNonNull(base, "base");
    try {
      URI u = new URI(base);
      if (!u.isAbsolute() || !base.endsWith("/")) {
        throw new IllegalArgumentException("help URI base must be an absolute URI ending in '/': " + base);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("help URI base is not a URI: " + base, e);
    }
    return new SarifReport(catalog, base, artifactUri);
  }

  /**
   * These settings with the artifact URI of each checked document given by {@code uris}, e.g. the
   * file a job description was read from. The URI may be relative (a path in the repository). By
   * default a document is {@code <document-type>/<id>}, e.g. {@code task-assignment/t-17}.
   */
  public SarifReport withArtifactUris(Function<Report, String> uris) {
    return new SarifReport(catalog, helpUriBase, Objects.requireNonNull(uris, "uris"));
  }

  /** The log for these reports, as indented JSON with {@code \n} line ends. */
  public String write(List<Report> reports) {
    try {
      return writer.writeValueAsString(log(reports));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write SARIF: " + e.getOriginalMessage(), e);
    }
  }

  /** The log for one report. */
  public String write(Report report) {
    return write(List.of(Objects.requireNonNull(report, "report")));
  }

  /** Writes the log for these reports to {@code out}; the caller closes it. */
  public void write(List<Report> reports, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      writer.writeValue(out, log(reports));
    } catch (IOException e) {
      throw new UncheckedIOException("writing SARIF failed", e);
    }
  }

  /** The log as a Jackson tree, for callers who add to it (e.g. invocations or version control details). */
  public ObjectNode log(List<Report> reports) {
    Objects.requireNonNull(reports, "reports");
    reports.forEach(r -> Objects.requireNonNull(r, "reports contains null"));
    ObjectNode log = mapper.createObjectNode();
    log.put("$schema", SARIF_SCHEMA_URI);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "peerwork");
    driver.put("version", TOOL_VERSION);
    driver.put("semanticVersion", TOOL_VERSION);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (Rule<?> rule : catalog.all()) {
      RuleMetadata m = rule.metadata();
      index.put(m.getId(), rules.size());
      rules.add(descriptor(m));
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Report r : reports) {
      String uri = artifactUri.apply(r);
      if (uri == null || uri.isEmpty()) {
        throw new IllegalArgumentException("no artifact URI for " + r.subjectType().label() + " " + r.subjectId());
      }
      for (Finding f : r.findings()) {
        results.add(result(f, index.get(f.getRuleId()), uri));
      }
      for (RuleOutcome o : r.outcomes()) {
        if (o.result() == RuleOutcome.Result.PASS) {
          results.add(pass(r, o, index.get(o.ruleId()), uri));
        }
      }
    }
    return log;
  }

  private ObjectNode descriptor(RuleMetadata m) {
    ObjectNode d = mapper.createObjectNode();
    d.put("id", m.getId());
    d.put("name", m.getId());
    d.putObject("shortDescription").put("text", m.getTitle());
    d.putObject("fullDescription").put("text", m.getRationale());
    ObjectNode help = d.putObject("help");
    help.put("text", helpText(m, false));
    help.put("markdown", helpText(m, true));
    d.put("helpUri", helpUriBase + m.getId() + ".md");
    d.putObject("defaultConfiguration").put("level", m.getDefaultSeverity().sarifLevel());
    ObjectNode props = d.putObject("properties");
    ArrayNode tags = props.putArray("tags");
    tags.add("peerwork");
    tags.add("theme " + m.getTheme().number() + ": " + m.getTheme().label());
    tags.add(m.getAppliesTo().label());
    props.put("theme", m.getTheme().name());
    props.put("themeNumber", m.getTheme().number());
    props.put("appliesTo", m.getAppliesTo().name());
    props.put("defaultSeverity", m.getDefaultSeverity().name());
    props.set("citations", mapper.valueToTree(m.getCitations()));
    return d;
  }

  private static String helpText(RuleMetadata m, boolean markdown) {
    StringBuilder b = new StringBuilder();
    b.append(markdown ? "**Do instead:** " : "Do instead: ").append(m.getSuggestion()).append("\n\n");
    b.append(markdown ? "**Why:** " : "Why: ").append(m.getRationale()).append("\n\n");
    b.append(markdown ? "**Sources:**\n\n" : "Sources:\n");
    for (Citation c : m.getCitations()) {
      b.append("- ").append(Texts.citation(c)).append('\n');
    }
    return b.toString().stripTrailing();
  }

  private ObjectNode result(Finding f, Integer ruleIndex, String uri) {
    ObjectNode res = mapper.createObjectNode();
    res.put("ruleId", f.getRuleId());
    if (ruleIndex != null) {
      res.put("ruleIndex", ruleIndex);
    }
    res.put("kind", "fail");
    res.put("level", f.getSeverity().sarifLevel());
    res.putObject("message").put("text", f.getMessage().getText());
    ArrayNode locations = res.putArray("locations");
    ObjectNode loc = locations.addObject();
    ObjectNode physical = loc.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri);
    Location l = f.getLocation();
    Optional<TextSpan> span = l.getSpan();
    if (span.isPresent()) {
      ObjectNode region = physical.putObject("region");
      region.put("charOffset", span.get().getStart());
      region.put("charLength", span.get().length());
      f.getEvidence().getQuote().ifPresent(q -> region.putObject("snippet").put("text", q));
    }
    logical(loc, f.getSubjectType().name(), f.getSubjectId(), l.getPath());
    ObjectNode props = res.putObject("properties");
    props.put("severity", f.getSeverity().name());
    props.put("theme", f.getTheme().name());
    props.put("themeNumber", f.getTheme().number());
    props.put("subjectType", f.getSubjectType().name());
    props.put("subjectId", f.getSubjectId());
    props.put("path", l.getPath());
    props.set("message", mapper.valueToTree(f.getMessage()));
    props.set("evidence", mapper.valueToTree(f.getEvidence()));
    f.getVerdicts().ifPresent(v -> props.set("verdicts", mapper.valueToTree(v)));
    props.put("suggestion", f.getSuggestion());
    props.set("citations", mapper.valueToTree(f.getCitations()));
    return res;
  }

  private ObjectNode pass(Report r, RuleOutcome o, Integer ruleIndex, String uri) {
    ObjectNode res = mapper.createObjectNode();
    res.put("ruleId", o.ruleId());
    if (ruleIndex != null) {
      res.put("ruleIndex", ruleIndex);
    }
    res.put("kind", "pass");
    res.put("level", "none");
    String title = catalog.find(o.ruleId()).map(rule -> rule.metadata().getTitle() + ": ").orElse("");
    res.putObject("message").put("text", title + "checked " + r.subjectType().label() + " " + r.subjectId() + ", no finding");
    ObjectNode loc = res.putArray("locations").addObject();
    loc.putObject("physicalLocation").putObject("artifactLocation").put("uri", uri);
    logical(loc, r.subjectType().name(), r.subjectId(), "");
    ObjectNode props = res.putObject("properties");
    props.put("subjectType", r.subjectType().name());
    props.put("subjectId", r.subjectId());
    catalog.find(o.ruleId()).ifPresent(rule -> {
      props.put("theme", rule.metadata().getTheme().name());
      props.put("themeNumber", rule.metadata().getTheme().number());
    });
    return res;
  }

  /** The document and field as a logical location: name the path (or the id), qualified by the id. */
  private static void logical(ObjectNode loc, String subjectType, String subjectId, String path) {
    ObjectNode logical = loc.putArray("logicalLocations").addObject();
    logical.put("name", path.isEmpty() ? subjectId : path);
    logical.put("fullyQualifiedName", path.isEmpty() ? subjectId : subjectId + "#" + path);
    logical.put("kind", path.isEmpty() ? "object" : "property");
    ObjectNode props = logical.putObject("properties");
    props.put("subjectType", subjectType);
    props.put("subjectId", subjectId);
    props.put("path", path);
  }

  /** {@code task-assignment/t-17}: the document type in lower case with hyphens, then the id, percent-encoded. */
  static String defaultUri(Report r) {
    String type = r.subjectType().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return type + "/" + URLEncoder.encode(r.subjectId(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "SarifReport(" + catalog + ", help " + helpUriBase + ")";
  }
}
