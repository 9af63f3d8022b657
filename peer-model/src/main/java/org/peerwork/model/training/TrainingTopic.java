package org.peerwork.model.training;

import java.util.Set;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;
import org.peerwork.model.population.Population;

/**
 * Training topics: the needs the study's peers named, plus peer boundaries and cross-role training. Each says who it is for and which populations it prepares staff for.
 */
public enum TrainingTopic implements Vocabulary {
  /** Self-care: the top training need of all participants. */
  SELF_CARE("Self-care", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists", Set.of(TrainingAudience.PEER_STAFF), Set.of()),
  /** Coping with vicarious trauma. */
  VICARIOUS_TRAUMA("Coping with vicarious trauma", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists", Set.of(TrainingAudience.PEER_STAFF, TrainingAudience.CLINICAL_STAFF), Set.of(Population.OPIOID_CRISIS)),
  /** Updates on sex trafficking in the community. */
  SEX_TRAFFICKING("Sex trafficking in the community", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists", Set.of(TrainingAudience.PEER_STAFF), Set.of(Population.TRAFFICKING_SURVIVOR)),
  /** Working with the chronically homeless population. */
  CHRONIC_HOMELESSNESS("Working with the chronically homeless", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists", Set.of(TrainingAudience.PEER_STAFF), Set.of(Population.CHRONICALLY_HOMELESS)),
  /** Resources and strategies for working with perpetrators. */
  WORKING_WITH_PERPETRATORS("Working with perpetrators", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists", Set.of(TrainingAudience.PEER_STAFF), Set.of(Population.PERSON_WHO_HAS_PERPETRATED_HARM)),
  /** Providing trauma-informed care. */
  TRAUMA_INFORMED_CARE("Trauma-informed care", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists", Set.of(TrainingAudience.PEER_STAFF, TrainingAudience.CLINICAL_STAFF), Set.of(Population.TRAUMA_HISTORY)),
  /** How peers work with clinicians and their roles. */
  WORKING_WITH_CLINICIANS("Peers working with clinicians", "ALMEIDA2020", "Results: Training Needs of Peer Support Specialists", Set.of(TrainingAudience.PEER_STAFF), Set.of()),
  /** How clinicians and clinical supervisors work with peers; understanding the peer role. */
  WORKING_WITH_PEERS("Clinicians and supervisors working with peers", "ALMEIDA2020", "Results: Peer Work Role and Boundaries", Set.of(TrainingAudience.CLINICAL_STAFF, TrainingAudience.SUPERVISORS), Set.of()),
  /** Peer professional boundaries: participants were not trained specifically to keep clear boundaries. */
  PEER_BOUNDARIES("Peer boundaries", "ALMEIDA2020", "Results: Peer Work Role and Boundaries", Set.of(TrainingAudience.PEER_STAFF, TrainingAudience.SUPERVISORS), Set.of());

  private final String label;
  private final Citation citation;
  private final Set<TrainingAudience> audiences;
  private final Set<Population> populations;

  TrainingTopic(String label, String sourceId, String locator, Set<TrainingAudience> audiences, Set<Population> populations) {
    this.label = label;
    this.citation = Citation.of(sourceId, locator);
    this.audiences = audiences;
    this.populations = populations;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  /** Who the training is for. */
  public Set<TrainingAudience> audiences() {
    return audiences;
  }

  /** The populations it prepares staff to serve; empty when it is not population-specific. */
  public Set<Population> populations() {
    return populations;
  }
}
