package org.peerwork.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.workplace.WorkplacePolicy;

/** What {@code peerwork check} reads: a plain-text posting, one JSON document of a type, or an NDJSON stream of assignments. */
enum InputType {
  /** A plain-text job posting. */
  POSTING(null),
  /** One task assignment (JSON). */
  ASSIGNMENT(TaskAssignment.class),
  /** A roster: a team's assignments over a period (JSON). */
  ROSTER(Roster.class),
  /** A structured job description (JSON). */
  JOB(JobDescription.class),
  /** A hiring plan (JSON). */
  HIRING(HiringPlan.class),
  /** A supervision arrangement (JSON). */
  SUPERVISION(SupervisionArrangement.class),
  /** A training plan (JSON). */
  TRAINING(TrainingPlan.class),
  /** A workplace policy (JSON). */
  WORKPLACE(WorkplacePolicy.class),
  /** An incident review (JSON). */
  INCIDENT(IncidentReview.class),
  /** Newline-delimited JSON: one task assignment per line. */
  NDJSON(TaskAssignment.class);

  private final Class<? extends PeerDocument> modelType;

  InputType(Class<? extends PeerDocument> modelType) {
    this.modelType = modelType;
  }

  Class<? extends PeerDocument> modelType() {
    return modelType;
  }

  String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static String allNames() {
    return Arrays.stream(values()).map(InputType::cliName).collect(Collectors.joining(", "));
  }

  /** The type a file name implies: {@code .txt} a posting, {@code .ndjson} an assignment stream; otherwise none. */
  static InputType fromFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt")) {
      return POSTING;
    }
    if (n.endsWith(".ndjson")) {
      return NDJSON;
    }
    return null;
  }
}
