package org.peerwork.rules.hiring;

import java.util.EnumSet;
import org.peerwork.model.hiring.DesiredTrait;
import org.peerwork.model.hiring.HiringInvolvement;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewQuestion;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.hiring.Interviewer;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.hiring.RedFlag;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.supervision.SupervisionFrequency;

/** Builders of the hiring plans the hiring rules' examples use. */
final class Examples {

  /** The id of the peer on the examples' panel. */
  static final String PEER_INTERVIEWER = "int-peer-1";
  /** The id of the non-peer on the examples' panel. */
  static final String NON_PEER_INTERVIEWER = "int-hr-1";

  private Examples() {}

  /** A question on a topic, asked by an interviewer. */
  static InterviewQuestion question(String text, InterviewTopic topic, String askedBy) {
    return InterviewQuestion.builder().text(text).topic(topic).askedBy(askedBy).build();
  }

  /**
   * A hiring plan that follows the study throughout: an agency-led center hiring certified or
   * in-progress peers, peers involved in all three ways, a mixed panel whose peer asks the personal
   * questions, an interview guide covering every readiness area and red flag, weekly supervision.
   */
  static HiringPlan studyPlan(String id) {
    return HiringPlan.builder()
        .id(id)
        .agencyType(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER)
        .certificationPolicy(CertificationPolicy.CERTIFIED_OR_IN_PROGRESS)
        .readinessCriteria(EnumSet.allOf(ReadinessIndicator.class))
        .redFlagsExplored(EnumSet.allOf(RedFlag.class))
        .desiredTraits(EnumSet.allOf(DesiredTrait.class))
        .addPanel(Interviewer.peer(PEER_INTERVIEWER), Interviewer.nonPeer(NON_PEER_INTERVIEWER))
        .addQuestion(question("What are you doing for your own recovery?", InterviewTopic.OWN_RECOVERY, PEER_INTERVIEWER))
        .addQuestion(question("How do you recognise and manage your own triggers?", InterviewTopic.TRIGGERS, PEER_INTERVIEWER))
        .addQuestion(question("What do you expect this job to ask of you?", InterviewTopic.ROLE_EXPECTATIONS, NON_PEER_INTERVIEWER))
        .peerInvolvement(EnumSet.allOf(HiringInvolvement.class))
        .weeklyHours(40.0)
        .caseload(12)
        .plannedSupervision(SupervisionFrequency.WEEKLY)
        .build();
  }
}
