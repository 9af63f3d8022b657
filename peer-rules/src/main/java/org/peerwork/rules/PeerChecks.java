package org.peerwork.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.workplace.WorkplacePolicy;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.PolicyException;
import org.peerwork.rules.text.ParsedPosting;
import org.peerwork.rules.text.PostingParser;
import org.peerwork.rules.text.PostingReading;

/**
 * The entry point: checks documents against peer norms and returns a {@link Report} of findings.
 *
 * <pre>{@code
 * PeerChecks checks = PeerChecks.standard();          // or .withPolicy(agencyPolicy)
 * Report report = checks.check(assignment);
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and share it. Checking is pure and
 * deterministic: the same document gives the same findings in the same order.
 */
public final class PeerChecks {

  private static final PeerChecks STANDARD = new PeerChecks(RuleCatalog.standard(), Policy.standard(), false);

  private static final Comparator<Finding> LOCATION_ORDER = Comparator
      .comparing((Finding f) -> f.getLocation().getPath())
      .thenComparingInt(f -> f.getLocation().getSpan().map(s -> s.getStart()).orElse(-1))
      .thenComparing(f -> f.getMessage().getText());

  private final RuleCatalog catalog;
  private final Policy policy;
  private final RuleContext context;
  private final boolean explain;
  /** Per document type, the rules the policy leaves on, in catalog order: worked out once, not per check. */
  private final Map<DocumentType, Rule<?>[]> enabled = new EnumMap<>(DocumentType.class);

  private PeerChecks(RuleCatalog catalog, Policy policy, boolean explain) {
    this.catalog = catalog;
    this.policy = policy;
    this.context = new RuleContext(policy);
    this.explain = explain;
    for (DocumentType type : DocumentType.values()) {
      List<Rule<?>> on = new ArrayList<>();
      for (Rule<?> rule : catalog.<PeerDocument>rulesFor(type)) {
        if (!policy.getDisabledRules().contains(rule.metadata().getId())) {
          on.add(rule);
        }
      }
      enabled.put(type, on.toArray(new Rule<?>[0]));
    }
  }

  /** The standard checks with the standard policy. */
  public static PeerChecks standard() {
    return STANDARD;
  }

  /**
   * These checks under an agency's or state's policy. The policy is applied whole or not at all: an
   * unknown rule id in it raises a {@link PolicyException} naming the place and the known ids.
   */
  public PeerChecks withPolicy(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    int i = 0;
    for (String id : policy.getDisabledRules()) {
      requireKnown("$.disabledRules[" + i++ + "]", id);
    }
    for (String id : policy.getSeverityOverrides().keySet()) {
      requireKnown("$.severityOverrides." + id, id);
    }
    return new PeerChecks(catalog, policy, explain);
  }

  /**
   * These checks, reporting for every rule whether it found something, passed, or was disabled, so a
   * user can ask why a rule did not fire.
   */
  public PeerChecks explainingOutcomes() {
    return new PeerChecks(catalog, policy, true);
  }

  private void requireKnown(String path, String id) {
    if (!catalog.contains(id)) {
      throw new PolicyException(path, "unknown rule id", catalog.ids(), null);
    }
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /** The rule catalog. */
  public RuleCatalog catalog() {
    return catalog;
  }

  /** The context rules see under this policy. */
  public RuleContext context() {
    return context;
  }

  /** Checks a task assignment before it reaches a worklist. */
  public Report check(TaskAssignment assignment) {
    return run(DocumentType.TASK_ASSIGNMENT, assignment);
  }

  /** Checks a team's roster: each assignment's own rules are not repeated here; see {@link #checkEach}. */
  public Report check(Roster roster) {
    return run(DocumentType.ROSTER, roster);
  }

  /** Checks a structured job description. */
  public Report check(JobDescription jobDescription) {
    return run(DocumentType.JOB_DESCRIPTION, jobDescription);
  }

  /**
   * Parses a plain-text job posting into a job description (see
   * {@link PostingParser}); its id is derived from the text, so the same text
   * always gets the same id. Never throws for a non-null text.
   */
  public JobDescription parsePosting(String text) {
    return PostingParser.standard().parse(text).getJobDescription();
  }

  /**
   * Parses a plain-text job posting and checks it. The report's subject id is derived from the text
   * ({@code posting-} and a hash), so the same text always gets the same id; duty findings point at
   * character spans of the text and quote its words.
   */
  public Report checkPosting(String text) {
    return check(PostingParser.standard().parse(text));
  }

  /** Parses a plain-text job posting under the given id and checks it. */
  public Report checkPosting(String id, String text) {
    return check(PostingParser.standard().parse(id, text));
  }

  /**
   * Checks the job description of a posting already parsed; the rules reuse the parser's reading of
   * the text instead of reading it again.
   */
  public Report check(ParsedPosting posting) {
    Objects.requireNonNull(posting, "posting");
    JobDescription jd = posting.getJobDescription();
    RuleContext ctx = context.forCheck();
    PostingReading reading = posting.getReading();
    ctx.share(PostingReading.KEY, reading.text(), reading);
    return run(DocumentType.JOB_DESCRIPTION, jd, ctx);
  }

  /** Checks a hiring plan (a process, never a candidate). */
  public Report check(HiringPlan plan) {
    return run(DocumentType.HIRING_PLAN, plan);
  }

  /** Checks a supervision arrangement. */
  public Report check(SupervisionArrangement arrangement) {
    return run(DocumentType.SUPERVISION_ARRANGEMENT, arrangement);
  }

  /** Checks a training plan. */
  public Report check(TrainingPlan plan) {
    return run(DocumentType.TRAINING_PLAN, plan);
  }

  /** Checks a workplace policy. */
  public Report check(WorkplacePolicy workplacePolicy) {
    return run(DocumentType.WORKPLACE_POLICY, workplacePolicy);
  }

  /** Checks an incident or disciplinary review. */
  public Report check(IncidentReview review) {
    return run(DocumentType.INCIDENT_REVIEW, review);
  }

  /** Checks any document peerwork knows, dispatching on its type. */
  public Report check(PeerDocument document) {
    Objects.requireNonNull(document, "document");
    return run(DocumentType.of(document), document);
  }

  /**
   * Checks a sequence of assignments of any length one at a time, in constant memory, passing each
   * report to {@code reports} as soon as it is made. Returns how many were checked.
   */
  public long checkEach(Iterator<TaskAssignment> assignments, Consumer<Report> reports) {
    Objects.requireNonNull(assignments, "assignments");
    Objects.requireNonNull(reports, "reports");
    long n = 0;
    while (assignments.hasNext()) {
      reports.accept(check(assignments.next()));
      n++;
    }
    return n;
  }

  private <T extends PeerDocument> Report run(DocumentType type, T document) {
    Objects.requireNonNull(document, "document");
    // The job description rules read the same duties and posting text: they share that reading
    // through a context made for this one check. The other types' rules derive nothing worth
    // sharing, so their checks use the shared context and allocate nothing for it.
    return run(type, document, type == DocumentType.JOB_DESCRIPTION ? context.forCheck() : context);
  }

  private <T extends PeerDocument> Report run(DocumentType type, T document, RuleContext checkContext) {
    if (explain) {
      return runExplaining(type, document, checkContext);
    }
    @SuppressWarnings("unchecked")
    Rule<T>[] rules = (Rule<T>[]) enabled.get(type);
    FindingCollector out = new FindingCollector();
    for (Rule<T> rule : rules) {
      int before = out.size();
      try {
        rule.check(document, checkContext, out);
      } catch (RuntimeException e) {
        throw new PeerCheckException(rule.metadata().getId(), type, document.getId(), e);
      }
      out.sortFrom(before);
    }
    return new Report(type, document.getId(), out.list(), List.of());
  }

  private <T extends PeerDocument> Report runExplaining(DocumentType type, T document, RuleContext checkContext) {
    List<Rule<T>> rules = catalog.rulesFor(type);
    FindingCollector out = new FindingCollector();
    List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
    for (Rule<T> rule : rules) {
      String id = rule.metadata().getId();
      if (policy.getDisabledRules().contains(id)) {
        outcomes.add(new RuleOutcome(id, RuleOutcome.Result.DISABLED, 0));
        continue;
      }
      int before = out.size();
      try {
        rule.check(document, checkContext, out);
      } catch (RuntimeException e) {
        throw new PeerCheckException(id, type, document.getId(), e);
      }
      out.sortFrom(before);
      int n = out.size() - before;
      outcomes.add(new RuleOutcome(id, n > 0 ? RuleOutcome.Result.FINDING : RuleOutcome.Result.PASS, n));
    }
    return new Report(type, document.getId(), out.list(), outcomes);
  }

  /** Collects findings without allocating until the first one arrives. */
  private static final class FindingCollector implements Consumer<Finding> {
    private ArrayList<Finding> list;

    @Override
    public void accept(Finding f) {
      if (list == null) {
        list = new ArrayList<>(4);
      }
      list.add(Objects.requireNonNull(f, "finding"));
    }

    int size() {
      return list == null ? 0 : list.size();
    }

    void sortFrom(int from) {
      if (list != null && list.size() - from > 1) {
        list.subList(from, list.size()).sort(LOCATION_ORDER);
      }
    }

    List<Finding> list() {
      return list == null ? List.of() : list;
    }
  }

  @Override
  public String toString() {
    return "PeerChecks(" + catalog + ", policy " + policy.getName().orElse("standard") + ")";
  }
}
