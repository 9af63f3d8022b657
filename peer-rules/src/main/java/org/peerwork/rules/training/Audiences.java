package org.peerwork.rules.training;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingOffering;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.training.TrainingTopic;

/** Who a plan's offerings reach: an all-staff offering reaches every audience. */
final class Audiences {

  private Audiences() {}

  /** True when the offering reaches this audience, directly or as all staff. */
  static boolean reaches(TrainingOffering o, TrainingAudience audience) {
    return o.getAudiences().contains(audience) || o.getAudiences().contains(TrainingAudience.ALL_STAFF);
  }

  /** True when some offering of this topic reaches this audience. */
  static boolean offered(TrainingPlan plan, TrainingTopic topic, TrainingAudience audience) {
    return first(plan, o -> o.getTopic() == topic && reaches(o, audience)).isPresent();
  }

  /** True when some offering of this topic exists, for any audience. */
  static boolean offeredToAnyone(TrainingPlan plan, TrainingTopic topic) {
    return first(plan, o -> o.getTopic() == topic).isPresent();
  }

  /** The index of the first offering that matches. */
  static Optional<Integer> first(TrainingPlan plan, Predicate<TrainingOffering> test) {
    List<TrainingOffering> offerings = plan.getOfferings();
    return IntStream.range(0, offerings.size()).filter(i -> test.test(offerings.get(i))).boxed().findFirst();
  }
}
