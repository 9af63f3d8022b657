package org.peerwork.rules.supervision;

import java.util.EnumSet;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.supervision.SupervisorTrait;

/** Builders of the supervision arrangements the supervision rules' examples use. */
final class Examples {

  private Examples() {}

  /**
   * An arrangement that follows the study: a clinical supervisor trained on working with peers,
   * weekly, with the six traits in the supervisor's expectations, regular access and debriefing.
   */
  static SupervisionArrangement studyArrangement(String id) {
    return SupervisionArrangement.builder()
        .id(id)
        .supervisorId("sup-clin-1")
        .supervisorKind(SupervisorKind.CLINICAL)
        .supervisorPeerRoleTrained(true)
        .addSuperviseeIds("peer-1", "peer-2")
        .frequency(SupervisionFrequency.WEEKLY)
        .expectedTraits(EnumSet.allOf(SupervisorTrait.class))
        .regularAccess(true)
        .debriefingAvailable(true)
        .build();
  }
}
