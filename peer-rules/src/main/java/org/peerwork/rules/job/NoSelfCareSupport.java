package org.peerwork.rules.job;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.model.training.TrainingTopic;
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

/** A peer job that offers neither self-care training nor support for self-care. */
public final class NoSelfCareSupport extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("NoSelfCareSupport")
      .title("No self-care training or support")
      .defaultSeverity(Severity.INFO)
      .theme(StudyTheme.TRAINING_NEEDS)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("All the study's peers named self-care training as their top training need, and all valued an agency that "
          + "lets a peer go home for self-care when needed; peers checked in with one another and joined debriefings to "
          + "cope with vicarious trauma.")
      .suggestion("Offer self-care training tailored to peers and name the support: wellness time, peer check-ins, "
          + "debriefings after crises, permission to go home to rest.")
      .addCitation(StudySections.study(StudySections.TRAINING))
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .build();

  /** The rule; stateless. */
  public NoSelfCareSupport() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer() || jd.isSelfCareSupport() || jd.getTrainingOffered().contains(TrainingTopic.SELF_CARE)) {
      return;
    }
    findings.accept(finding(ctx, jd, Location.at("selfCareSupport"),
            Message.of("The {role} job offers no self-care training or support", "role", JobRuleSupport.role(jd)))
        .evidence(Evidence.facts("selfCareSupport", "false", "selfCareTraining", "false"))
        .build());
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("Nothing about self-care",
            Examples.sound("jd-noselfcare").withSelfCareSupport(false)),
        RuleExample.silent("Self-care training offered",
            Examples.sound("jd-selfcare-training").withSelfCareSupport(false).withTrainingOffered(TrainingTopic.SELF_CARE)),
        RuleExample.silent("Wellness time and check-ins",
            Examples.sound("jd-selfcare")));
  }
}
