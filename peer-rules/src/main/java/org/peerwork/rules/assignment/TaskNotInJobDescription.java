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
import org.peerwork.rules.text.DutyClassification;
import org.peerwork.rules.text.DutyClassifier;
import org.peerwork.rules.text.DutyEvidence;

/**
 * A task the assignee's job description does not cover, when the job description is given: the
 * study's clinicians expected activities that were not in the peers' job descriptions.
 *
 * <p>Coded duties are compared first, so a job description with coded duties costs no text reading;
 * duties given only as text (a posting read by {@code PeerChecks.parsePosting}, say) are classified
 * on each check only when the coded ones do not already cover the task.
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
          + "duty covers it. A duty with a coded activity is compared by its code; a duty given only as text is read by "
          + "the duty classifier (the same reading the job description rules use), and covers the task when it asks the "
          + "role to do work of the task's category. Choices of peerwork's: a duty is covered when any duty covers it, "
          + "even if another excludes it; the rule stays silent when no duty can be read at all (a job description whose "
          + "text names no known activity cannot be judged); supporting work every role does (notes, team meetings, "
          + "training) is never flagged.")
      .suggestion("Assign the task to a role whose job description covers it, or agree a change to the job description with "
          + "the assignee and their supervisor before assigning it.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2015, "Intended uses: job descriptions and performance evaluations"))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "Coded duties by code, text duties by the duty classifier; supporting work is exempt"))
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
    // coded duties first: they settle most job descriptions without reading any text
    int coded = 0;
    boolean uncodedPresent = false;
    int excludedAt = -1;
    for (int i = 0; i < duties.size(); i++) {
      Duty d = duties.get(i);
      if (d.getActivity().isEmpty()) {
        uncodedPresent = true;
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
    // then duties given only as text, read by the context's duty classifier
    int read = 0;
    int unread = 0;
    DutyEvidence excludedBy = null;
    if (uncodedPresent) {
      DutyClassifier classifier = ctx.dutyClassifier();
      for (int i = 0; i < duties.size(); i++) {
        Duty d = duties.get(i);
        if (d.getActivity().isPresent()) {
          continue;
        }
        DutyClassification reading = classifier.classify(d, jd.getSourceText());
        if (reading.affirms(category) && !d.isExcluded()) {
          return;
        }
        if (excludedAt < 0) {
          for (DutyEvidence e : reading.getEvidence()) {
            if (e.getCategory() == category && e.isNegated()) {
              excludedAt = i;
              excludedBy = e;
              break;
            }
          }
        }
        if (!d.isExcluded()) {
          if (reading.affirmed().isEmpty()) {
            unread++;
          } else {
            read++;
          }
        }
      }
    }
    if (excludedAt >= 0) {
      Evidence.Builder evidence = Evidence.builder().quote(duties.get(excludedAt).getText())
          .putFact("category", category.name()).putFact("jobDescription", jd.getId()).putFact("excluded", "true");
      if (excludedBy != null) {
        evidence.matchedPhrase(excludedBy.getMatchedPhrase()).addAllContext(excludedBy.getContext());
      }
      findings.accept(finding(ctx, a, Location.at("assignee.jobDescription.duties[" + excludedAt + "]"),
              Message.of("{activity} is listed in job description {jd} as something the role does not do",
                  "activity", category.label(), "jd", jd.getId()))
          .evidence(evidence.build())
          .build());
    } else if (coded > 0 && read == 0) {
      findings.accept(finding(ctx, a, Location.at("activity.category"),
              Message.of("{activity} is not among the {coded} coded duties of job description {jd}",
                  "activity", category.label(), "coded", Integer.toString(coded), "jd", jd.getId()))
          .evidence(Evidence.facts("category", category.name(), "jobDescription", jd.getId(),
              "codedDuties", Integer.toString(coded), "uncodedDuties", Integer.toString(read + unread)))
          .build());
    } else if (coded + read > 0) {
      findings.accept(finding(ctx, a, Location.at("activity.category"),
              Message.of("{activity} is not among the {duties} duties peerwork could read in job description {jd}",
                  "activity", category.label(), "duties", Integer.toString(coded + read), "jd", jd.getId()))
          .evidence(Evidence.facts("category", category.name(), "jobDescription", jd.getId(),
              "codedDuties", Integer.toString(coded), "textDutiesRead", Integer.toString(read),
              "textDutiesNotRead", Integer.toString(unread)))
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
    JobDescription textPeer = JobDescription.builder().id("jd-text-peer").role(Role.PEER_SUPPORT_SPECIALIST)
        .addDuty(Duty.of("Provide one-to-one peer support and share lived experience"))
        .addDuty(Duty.of("Link members to community resources"))
        .addDuty(Duty.of("Does not drive members to appointments"))
        .build();
    JobDescription unreadable = JobDescription.builder().id("jd-vague").role(Role.PEER_SUPPORT_SPECIALIST)
        .addDuty(Duty.of("Other duties as assigned")).build();
    return List.of(
        RuleExample.fires("Care coordination asked of a peer whose job description lists only peer support duties",
            withJob("coordination", ActivityCategory.CARE_COORDINATION, peerJob("jd-1"))),
        RuleExample.fires("Transportation asked of a peer whose job description says the role does not drive people",
            withJob("drive", ActivityCategory.TRANSPORTATION, excluding)),
        RuleExample.silent("Resource linkage, a listed duty", withJob("linkage", ActivityCategory.RESOURCE_LINKAGE, peerJob("jd-2"))),
        RuleExample.fires("Care coordination asked of a peer whose job description, given as text, lists peer support duties",
            withJob("text-coordination", ActivityCategory.CARE_COORDINATION, textPeer)),
        RuleExample.fires("Transportation asked of a peer whose job description says in words the role does not drive members",
            withJob("text-drive", ActivityCategory.TRANSPORTATION, textPeer)),
        RuleExample.silent("Transportation, a duty given only as text", withJob("text-only", ActivityCategory.TRANSPORTATION, textOnly)),
        RuleExample.silent("A job description whose only duty names no known activity cannot be judged",
            withJob("vague", ActivityCategory.CARE_COORDINATION, unreadable)),
        RuleExample.silent("Writing notes is supporting work every role does", withJob("notes", ActivityCategory.DOCUMENTATION, peerJob("jd-3"))),
        RuleExample.silent("No job description given", Examples.peerSession("no-jd")));
  }
}
