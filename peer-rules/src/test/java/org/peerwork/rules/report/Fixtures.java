package org.peerwork.rules.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.text.TextSpan;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.PeerChecks;
import org.peerwork.rules.Report;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleOutcome;
import org.peerwork.rules.Severity;
import org.peerwork.rules.assignment.ClinicalTaskAssignedToPeer;

/** Reports the renderer tests share: real ones from the checks, and hand-built ones that use every field. */
final class Fixtures {

  /** The words of a posting with commas, quotes, a line break and non-ASCII letters. */
  static final String TRICKY = "Diagnoses \"co-occurring\" disorders, writes the plan,\nand runs café groups — naïve façade 😀";

  private Fixtures() {}

  /** The example assignments of ClinicalTaskAssignedToPeer, in the rule's order. */
  static List<TaskAssignment> clinicalExamples() {
    List<TaskAssignment> out = new ArrayList<>();
    for (RuleExample<TaskAssignment> ex : new ClinicalTaskAssignedToPeer().examples()) {
      out.add(ex.document());
    }
    return out;
  }

  /** The examples checked by the standard checks: two with an ERROR, two clean. */
  static List<Report> checkedExamples() {
    return clinicalExamples().stream().map(PeerChecks.standard()::check).toList();
  }

  /** The same, with every rule's outcome explained. */
  static List<Report> explainedExamples() {
    PeerChecks checks = PeerChecks.standard().explainingOutcomes();
    return clinicalExamples().stream().map(checks::check).toList();
  }

  /** A finding from free text that uses every field: span, quote, phrase, flags, facts, verdicts. */
  static Finding textFinding() {
    return Finding.builder()
        .ruleId("ClinicalDutyLocalCheck")
        .severity(Severity.ERROR)
        .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
        .subjectType(DocumentType.JOB_DESCRIPTION)
        .subjectId("jd-7, \"night\" shift")
        .location(Location.at("duties[2]", TextSpan.of(14, 14 + TRICKY.length())))
        .message(Message.of("The duty \"{quote}\" is {category}, in a peer role", "quote", TRICKY, "category", "Diagnosis"))
        .evidence(Evidence.builder()
            .quote(TRICKY)
            .matchedPhrase("diagnose")
            .context(EnumSet.of(ContextFlag.HYPOTHETICAL, ContextFlag.OTHER_ACTOR))
            .putFact("category", "DIAGNOSIS")
            .putFact("line", "3")
            .build())
        .verdicts(NormComparison.builder().category(ActivityCategory.DIAGNOSIS)
            .peerVerdict(Verdict.OUT_OF_SCOPE).clinicalVerdict(Verdict.EXPECTED).build())
        .suggestion("Give diagnosis to a clinician; the peer \"links\", accompanies,\nand shares lived experience.")
        .addCitation(StudySections.study(StudySections.WORK_ROLE))
        .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer does not diagnose, assess or treat"))
        .build();
  }

  /** A social-activity INFO finding with both verdicts: permitted for peers, prohibited for clinicians. */
  static Finding socialFinding() {
    return Finding.builder()
        .ruleId("SocialActivityByPeer")
        .severity(Severity.INFO)
        .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
        .subjectType(DocumentType.TASK_ASSIGNMENT)
        .subjectId("fishing-1")
        .location(Location.at("activity.category"))
        .message(Message.of("{activity} with a service user: permitted under peer norms, would be flagged under clinical norms",
            "activity", "Social activity"))
        .evidence(Evidence.facts("category", "SOCIAL_ACTIVITY"))
        .verdicts(NormComparison.builder().category(ActivityCategory.SOCIAL_ACTIVITY)
            .peerVerdict(Verdict.PERMITTED).clinicalVerdict(Verdict.PROHIBITED).build())
        .suggestion("Do not reprimand: this is peer work.")
        .addCitation(StudySections.study(StudySections.WORK_ROLE))
        .build();
  }

  /** A WARNING about the whole document, in another theme, with no evidence and no verdicts. */
  static Finding documentFinding() {
    return Finding.builder()
        .ruleId("LocalSelfCareCheck")
        .severity(Severity.WARNING)
        .theme(StudyTheme.TRAINING_NEEDS)
        .subjectType(DocumentType.TRAINING_PLAN)
        .subjectId("plan-2026")
        .location(Location.document())
        .message(Message.of("The plan has no self-care training"))
        .suggestion("Add self-care training, the study's top training need.")
        .addCitation(StudySections.study(StudySections.TRAINING))
        .addCitation(Citation.of(SourceCatalog.PEERWORK, "Our choice: INFO unless the policy says otherwise"))
        .build();
  }

  /** Hand-built reports covering every field, outcomes of all three kinds, and a clean report. */
  static List<Report> handBuilt() {
    Finding text = textFinding();
    Finding social = socialFinding();
    Finding doc = documentFinding();
    return List.of(
        new Report(DocumentType.JOB_DESCRIPTION, text.getSubjectId(), List.of(text), List.of(
            new RuleOutcome("ClinicalDutyLocalCheck", RuleOutcome.Result.FINDING, 1),
            new RuleOutcome("LivedExperienceNotRequired", RuleOutcome.Result.PASS, 0),
            new RuleOutcome("WageBelowComparableRoles", RuleOutcome.Result.DISABLED, 0))),
        new Report(DocumentType.TASK_ASSIGNMENT, "fishing-1", List.of(social), List.of()),
        new Report(DocumentType.TRAINING_PLAN, "plan-2026", List.of(doc), List.of(
            new RuleOutcome("LocalSelfCareCheck", RuleOutcome.Result.FINDING, 1))),
        new Report(DocumentType.ROSTER, "team-a/2026-03", List.of(), List.of(
            new RuleOutcome("CaseloadOverThreshold", RuleOutcome.Result.PASS, 0))));
  }

  /** Everything: the checked examples, the explained ones and the hand-built ones. */
  static List<Report> all() {
    List<Report> all = new ArrayList<>(checkedExamples());
    all.addAll(explainedExamples());
    all.addAll(handBuilt());
    return all;
  }
}
