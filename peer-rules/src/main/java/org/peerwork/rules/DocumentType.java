package org.peerwork.rules;

import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.workplace.WorkplacePolicy;

/** The kinds of document the rules check, each with its model type. */
public enum DocumentType {
  /** A single task assignment. */
  TASK_ASSIGNMENT("task assignment", TaskAssignment.class),
  /** A team's assignments over a period. */
  ROSTER("roster", Roster.class),
  /** A job description, structured or parsed from a posting. */
  JOB_DESCRIPTION("job description", JobDescription.class),
  /** A hiring plan. */
  HIRING_PLAN("hiring plan", HiringPlan.class),
  /** A supervision arrangement. */
  SUPERVISION_ARRANGEMENT("supervision arrangement", SupervisionArrangement.class),
  /** A training plan. */
  TRAINING_PLAN("training plan", TrainingPlan.class),
  /** A workplace policy. */
  WORKPLACE_POLICY("workplace policy", WorkplacePolicy.class),
  /** An incident or disciplinary review. */
  INCIDENT_REVIEW("incident review", IncidentReview.class);

  private final String label;
  private final Class<? extends PeerDocument> modelType;
  private static final DocumentType[] VALUES = values();

  DocumentType(String label, Class<? extends PeerDocument> modelType) {
    this.label = label;
    this.modelType = modelType;
  }

  /** A label for people, e.g. "task assignment". */
  public String label() {
    return label;
  }

  /** The model class of this document type. */
  public Class<? extends PeerDocument> modelType() {
    return modelType;
  }

  /** The document type of a model value. */
  public static DocumentType of(PeerDocument document) {
    for (DocumentType t : VALUES) {
      if (t.modelType.isInstance(document)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a document peerwork checks: " + document.getClass().getName());
  }
}
