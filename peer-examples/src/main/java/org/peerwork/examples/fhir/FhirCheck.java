package org.peerwork.examples.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
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

  /**
   * Reads a FHIR R4 Bundle from JSON. Anything else (malformed JSON, another resource type) raises a
   * {@link FhirMappingException} saying what was expected.
   */
  public static Bundle readBundle(String json) {
    Objects.requireNonNull(json, "json");
    IParser parser = fhirContext().newJsonParser();
    try {
      return parser.parseResource(Bundle.class, json);
    } catch (DataFormatException e) {
      throw new FhirMappingException("Bundle", "not a FHIR R4 Bundle in JSON: " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) : line;
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
