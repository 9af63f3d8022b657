package org.peerwork.rules.training;

import java.util.List;
import org.peerwork.rules.Rule;
import org.peerwork.model.training.TrainingPlan;

/** The training plan rules, in catalog order. */
public final class TrainingRules {

  private static final List<Rule<TrainingPlan>> ALL = List.of(
      new NoSelfCareTraining(),
      new PopulationTrainingGap(),
      new CliniciansNotTrainedOnPeers(),
      new PeersNotTrainedOnClinicians(),
      new NoPeerBoundaryTraining());

  private TrainingRules() {}

  /** Every training plan rule, in the order they run and are reported. */
  public static List<Rule<TrainingPlan>> all() {
    return ALL;
  }
}
