package org.peerwork.rules.assignment;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.role.Role;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;

/**
 * A task the assignee's job description does not cover, when the job description is given: the
 * study's clinicians expected activities that were not in the peers' job descriptions.
 */
public final class TaskNotInJobDescription extends BaseRule<TaskAssignment> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("TaskNotInJobDescription")
      .title("Task not in the assignee's job description")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.TASK_ASSIGNMENT)
      .rationale("The study's peers worked with clinicians who were often not familiar with the peer role and who expected "
          + "activities that were not in the job description. SAMHSA's core competencies are meant to shape job "
          + "descriptions, so a job description is the agreed statement of the role. When the assignee's job description is "
          + "given, the rule fires if the task's activity category is listed as something the role does not do, or if no "
          + "coded duty covers it. Limits, by peerwork's choice: only duties with a coded activity are compared (a duty given "
          + "only as text cannot be judged by this rule yet, so a job description with no coded duty at all is never "
          + "flagged, and a task an uncoded duty covers may be reported); supporting work every role does (notes, team "
          + "meetings, training) is never flagged.")
      .suggestion("Assign the task to a role whose job description covers it, or agree a change to the job description with "
          + "the assignee and their supervisor before assigning it.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2015, "Intended uses: job descriptions and performance evaluations"))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "Only coded duties are compared; supporting work is exempt"))
      .build();

  /** The rule; stateless. */
  public TaskNotInJobDescription() {
    super(METADATA);
  }

  @Override
  public void check(TaskAssignment a, RuleContext ctx, Consumer<Finding> findings) {
    if (a.getAssignee().getJobDescription().isEmpty()) {
      return;
    }
    ActivityCategory category = a.getActivity().getCategory();
    if (category.group() == ActivityGroup.SUPPORTING) {
      return;
    }
    JobDescription jd = a.getAssignee().getJobDescription().get();
    List<Duty> duties = jd.getDuties();
    int coded = 0;
    int uncoded = 0;
    int excludedAt = -1;
    for (int i = 0; i < duties.size(); i++) {
      Duty d = duties.get(i);
      if (d.getActivity().isEmpty()) {
        if (!d.isExcluded()) {
          uncoded++;
        }
        continue;
      }
      boolean same = d.getActivity().get().getCategory() == category;
      if (d.isExcluded()) {
        if (same && excludedAt < 0) {
          excludedAt = i;
        }
      } else {
        if (same) {
          return;
        }
        coded++;
      }
    }
    if (excludedAt >= 0) {
      findings.accept(finding(ctx, a, Location.at("assignee.jobDescription.duties[" + excludedAt + "]"),
              Message.of("{activity} is listed in job description {jd} as something the role does not do",
                  "activity", category.label(), "jd", jd.getId()))
          .evidence(Evidence.builder().quote(duties.get(excludedAt).getText())
              .putFact("category", category.name()).putFact("jobDescription", jd.getId()).putFact("excluded", "true").build())
          .build());
    } else if (coded > 0) {
      findings.accept(finding(ctx, a, Location.at("activity.category"),
              Message.of("{activity} is not among the {coded} coded duties of job description {jd}",
                  "activity", category.label(), "coded", Integer.toString(coded), "jd", jd.getId()))
          .evidence(Evidence.facts("category", category.name(), "jobDescription", jd.getId(),
              "codedDuties", Integer.toString(coded), "uncodedDuties", Integer.toString(uncoded)))
          .build());
    }
  }

  private static JobDescription peerJob(String id) {
    return JobDescription.builder().id(id).role(Role.PEER_SUPPORT_SPECIALIST)
        .addDuty(Duty.of("Provide one-to-one peer support", Activity.of(ActivityCategory.MUTUAL_SUPPORT)))
        .addDuty(Duty.of("Share lived experience to inspire hope", Activity.of(ActivityCategory.SHARING_LIVED_EXPERIENCE)))
        .addDuty(Duty.of("Link people to community resources", Activity.of(ActivityCategory.RESOURCE_LINKAGE)))
        .build();
  }

  private static TaskAssignment withJob(String id, ActivityCategory category, JobDescription jd) {
    return Examples.assignment(id, Activity.of(category),
        Examples.staff("s-" + id, Role.PEER_SUPPORT_SPECIALIST).withJobDescription(jd));
  }

  @Override
  public List<RuleExample<TaskAssignment>> examples() {
    JobDescription excluding = JobDescription.builder().from(peerJob("jd-excl"))
        .addDuty(Duty.builder().text("Does not provide transportation").activity(Activity.of(ActivityCategory.TRANSPORTATION)).excluded(true).build())
        .build();
    JobDescription textOnly = JobDescription.builder().id("jd-text").role(Role.PEER_SUPPORT_SPECIALIST)
        .addDuty(Duty.of("Drive members to appointments")).build();
    return List.of(
        RuleExample.fires("Care coordination asked of a peer whose job description lists only peer support duties",
            withJob("coordination", ActivityCategory.CARE_COORDINATION, peerJob("jd-1"))),
        RuleExample.fires("Transportation asked of a peer whose job description says the role does not drive people",
            withJob("drive", ActivityCategory.TRANSPORTATION, excluding)),
        RuleExample.silent("Resource linkage, a listed duty", withJob("linkage", ActivityCategory.RESOURCE_LINKAGE, peerJob("jd-2"))),
        RuleExample.silent("A job description with no coded duty cannot be judged yet",
            withJob("text-only", ActivityCategory.TRANSPORTATION, textOnly)),
        RuleExample.silent("Writing notes is supporting work every role does", withJob("notes", ActivityCategory.DOCUMENTATION, peerJob("jd-3"))),
        RuleExample.silent("No job description given", Examples.peerSession("no-jd")));
  }
}
