package org.peerwork.examples.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.peerwork.rules.Finding;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.Severity;

/**
 * Checks the Tasks of a FHIR R4 Bundle against peer norms and answers with a FHIR
 * {@code OperationOutcome}, the way an EHR validates a worklist before it reaches a peer:
 *
 * <pre>{@code
 * FhirCheck check = new FhirCheck(PeerChecks.standard(), FhirTaskMapper.standard());
 * OperationOutcome outcome = check.check(bundle);
 * String json = FhirCheck.fhirContext().newJsonParser().setPrettyPrint(true).encodeResourceToString(outcome);
 * }</pre>
 *
 * <p>Each finding becomes an issue: severity {@code error}, {@code warning} or {@code information};
 * code {@code business-rule}; {@code diagnostics} the finding's message; {@code details} the rule id
 * (as text and as a coding in {@value #RULE_SYSTEM}) and the suggestion; {@code expression} the
 * FHIRPath of the Task element at fault. Each resource that cannot be mapped becomes an {@code error}
 * issue with code {@code not-supported} and details {@value #MAPPING_PROBLEM}, so nothing is dropped
 * silently. Immutable and thread-safe.
 */
public final class FhirCheck {

  /** The code system of the rule ids in {@code OperationOutcome.issue.details}. */
  public static final String RULE_SYSTEM = "https://peerwork.org/rules";
  /** The details text of an issue about a resource that could not be mapped. */
  public static final String MAPPING_PROBLEM = "FhirMappingProblem";

  private final PeerChecks checks;
  private final FhirTaskMapper mapper;

  /** A check with these rules and this mapping. */
  public FhirCheck(PeerChecks checks, FhirTaskMapper mapper) {
    this.checks = Objects.requireNonNull(checks, "checks");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  private static final class Holder {
    static final FhirContext R4 = FhirContext.forR4();
  }

  /** The shared HAPI FHIR R4 context (slow to build, so built once, on first use). */
  public static FhirContext fhirContext() {
    return Holder.R4;
  }

  /** The longest bundle {@link #readBundle} reads, in characters (16 MiB, the limit of peerwork's own JSON documents). */
  public static final int MAX_BUNDLE_CHARS = 16 * 1024 * 1024;
  /** The deepest nesting of objects and arrays {@link #readBundle} reads. */
  public static final int MAX_NESTING_DEPTH = 100;

  private static final JsonFactory STRICT_JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).maxDocumentLength(MAX_BUNDLE_CHARS).build())
      .build();

  /**
   * Reads a FHIR R4 Bundle from JSON, strictly: anything else (malformed JSON, a key twice in one
   * object, a bundle over {@value #MAX_BUNDLE_CHARS} characters or nested deeper than
   * {@value #MAX_NESTING_DEPTH} levels, another resource type, an element FHIR R4 does not define, an
   * invalid code or value) raises a {@link FhirMappingException} saying where and what was expected.
   * Nothing is dropped silently, and the message repeats no value from the bundle.
   */
  public static Bundle readBundle(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_BUNDLE_CHARS) {
      throw new FhirMappingException("Bundle", "a bundle of " + json.length() + " characters is over the limit of " + MAX_BUNDLE_CHARS, null);
    }
    requireWellFormed(json);
    IParser parser = fhirContext().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    try {
      return parser.parseResource(Bundle.class, json);
    } catch (DataFormatException e) {
      // HAPI's message quotes the offending value; keep its code and element names only
      throw new FhirMappingException("Bundle", "not a FHIR R4 Bundle in JSON: " + firstLine(withoutValues(String.valueOf(e.getMessage()))), null);
    } catch (RuntimeException e) {
      // HAPI fails on some inputs its checks do not foresee (found by fuzzing): still bad input, not a crash
      throw new FhirMappingException("Bundle", "not a FHIR R4 Bundle in JSON: the FHIR parser cannot read it (" + e.getClass().getSimpleName() + ")", null);
    }
  }

  /** Reads the JSON once with a strict streaming parser: HAPI keeps the last of two equal keys and has no size limit. */
  private static void requireWellFormed(String json) {
    try (JsonParser p = STRICT_JSON.createParser(json)) {
      try {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          // every token is read, so every key and the nesting are checked; HAPI would take a null member for an absent one
          if (t == JsonToken.FIELD_NAME && p.currentName().isEmpty()) {
            throw new FhirMappingException(fhirPath(p.getParsingContext().getParent()), "not a FHIR R4 Bundle in JSON: an element with an empty name", null);
          }
          if (t == JsonToken.VALUE_NULL && p.getParsingContext().inObject()) {
            throw new FhirMappingException(fhirPath(p.getParsingContext()), "not a FHIR R4 Bundle in JSON: null is not allowed here; leave the element out", null);
          }
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = p.currentLocation();
        String where = fhirPath(p.getParsingContext());
        String what;
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Duplicate field")) {
          what = "the same key appears twice in one object";
        } else if (e instanceof StreamConstraintsException) {
          what = m.contains("nesting depth") ? "nesting deeper than " + MAX_NESTING_DEPTH + " levels" : "over the size limits of a bundle";
        } else if (e instanceof JsonEOFException || m.contains("end-of-input")) {
          what = "the bundle ends in the middle of a value";
        } else {
          what = "not well-formed JSON";
        }
        throw new FhirMappingException(where, "not a FHIR R4 Bundle in JSON: " + what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")", null);
      }
    } catch (IOException e) {
      throw new FhirMappingException("Bundle", "unreadable", null);
    }
  }

  /** The parser's position as a FHIRPath into the bundle, e.g. {@code Bundle.entry[3].resource.status}. */
  private static String fhirPath(JsonStreamContext ctx) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        String name = c.getCurrentName();
        parts.push("." + (name.length() > 80 ? name.substring(0, 80) + "..." : name));
      } else if (c.inArray() && c.hasCurrentIndex()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      }
    }
    StringBuilder b = new StringBuilder("Bundle");
    parts.forEach(b::append);
    return b.toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) : line;
  }

  /** A HAPI message without the values it quotes ("..." and '...'), keeping {@code element="name"}. */
  static String withoutValues(String message) {
    StringBuilder b = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      int close = c == '"' || c == '\'' ? message.indexOf(c, i + 1) : -1;
      if ((c == '"' || c == '\'') && close < 0) {
        b.append(c).append('\u2026'); // a value cut off with the line: drop the rest
        break;
      }
      if (close > i) {
        boolean elementName = message.startsWith("element=", Math.max(0, i - 8)) && i >= 8;
        b.append(elementName ? message.substring(i, close + 1) : c + "\u2026" + c);
        i = close + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** The findings on each mapped Task, with the Task they belong to. */
  public record TaskReport(MappedTask task, Report report) {}

  /** Maps and checks the bundle's Tasks: one report per mapped Task, in bundle order, and the mapping's problems. */
  public Result checkTasks(Bundle bundle) {
    FhirMapping mapping = mapper.map(bundle);
    List<TaskReport> reports = new ArrayList<>(mapping.tasks().size());
    for (MappedTask t : mapping.tasks()) {
      reports.add(new TaskReport(t, checks.check(t.assignment())));
    }
    return new Result(mapping, reports);
  }

  /**
   * What {@link #checkTasks} found.
   *
   * @param mapping the mapping, with its problems
   * @param reports one report per mapped Task
   */
  public record Result(FhirMapping mapping, List<TaskReport> reports) {
    /** Validates and copies. */
    public Result {
      Objects.requireNonNull(mapping, "mapping");
      reports = List.copyOf(reports);
    }
  }

  /** Maps and checks the bundle's Tasks and writes every finding and mapping problem as an OperationOutcome. */
  public OperationOutcome check(Bundle bundle) {
    return toOperationOutcome(checkTasks(bundle));
  }

  /** Reads a Bundle from JSON, checks it and returns the OperationOutcome as JSON. */
  public String checkJson(String bundleJson) {
    OperationOutcome oo = check(readBundle(bundleJson));
    return fhirContext().newJsonParser().setPrettyPrint(true).encodeResourceToString(oo);
  }

  /** Writes a result as an OperationOutcome: mapping problems first, then findings in bundle order. */
  public static OperationOutcome toOperationOutcome(Result result) {
    OperationOutcome oo = new OperationOutcome();
    for (FhirMappingProblem p : result.mapping().problems()) {
      oo.addIssue()
          .setSeverity(IssueSeverity.ERROR)
          .setCode(IssueType.NOTSUPPORTED)
          .setDiagnostics(p.resource() + ": " + p.message())
          .setDetails(new CodeableConcept().setText(MAPPING_PROBLEM))
          .addExpression(p.expression());
    }
    for (TaskReport tr : result.reports()) {
      for (Finding f : tr.report().findings()) {
        OperationOutcomeIssueComponent issue = oo.addIssue()
            .setSeverity(severity(f.getSeverity()))
            .setCode(IssueType.BUSINESSRULE)
            .setDiagnostics(f.getMessage().getText());
        CodeableConcept details = new CodeableConcept().setText(f.getRuleId());
        details.addCoding().setSystem(RULE_SYSTEM).setCode(f.getRuleId()).setDisplay(f.getSuggestion());
        issue.setDetails(details);
        issue.addExpression(tr.task().expressionOf(f.getLocation().getPath()));
      }
    }
    if (oo.getIssue().isEmpty()) {
      oo.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
          .setDiagnostics("checked " + result.reports().size() + " task(s) against peer norms: no findings");
    }
    return oo;
  }

  private static IssueSeverity severity(Severity s) {
    switch (s) {
      case ERROR: return IssueSeverity.ERROR;
      case WARNING: return IssueSeverity.WARNING;
      default: return IssueSeverity.INFORMATION;
    }
  }
}
