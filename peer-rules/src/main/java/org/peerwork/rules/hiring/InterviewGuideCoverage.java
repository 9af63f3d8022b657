package org.peerwork.rules.hiring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerwork.model.evidence.Vocabulary;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewQuestion;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Message;
import org.peerwork.rules.internal.Phrases;

/**
 * What an interview guide leaves out of a fixed set of areas (the study's readiness areas, its red
 * flags), where an area counts as covered when the plan lists it or asks a question on its topic.
 * Shared by {@link InterviewGuideMissingReadinessAreas} and {@link InterviewGuideMissingRedFlags}.
 */
final class InterviewGuideCoverage {

  private InterviewGuideCoverage() {}

  /**
   * The areas, in the map's order, that the plan neither lists nor asks about.
   *
   * @param areas each area and the interview topic that covers it
   * @param listed the areas the plan lists
   */
  static <K extends Enum<K> & Vocabulary> List<K> missing(HiringPlan plan, Map<K, InterviewTopic> areas, Set<K> listed) {
    Set<InterviewTopic> asked = EnumSet.noneOf(InterviewTopic.class);
    for (InterviewQuestion q : plan.getQuestions()) {
      asked.add(q.getTopic());
    }
    List<K> missing = new ArrayList<>(areas.size());
    for (Map.Entry<K, InterviewTopic> e : areas.entrySet()) {
      if (!listed.contains(e.getKey()) && !asked.contains(e.getValue())) {
        missing.add(e.getKey());
      }
    }
    return missing;
  }

  /** The finding's message: a template with {count}, {total} and {missing} (the areas' labels). */
  static Message message(String template, List<? extends Vocabulary> missing, int total) {
    return Message.of(template, "count", String.valueOf(missing.size()), "total", String.valueOf(total), "missing", Phrases.labels(missing));
  }

  /** The finding's evidence: the missing areas by name, and how many. */
  static <K extends Enum<K>> Evidence evidence(List<K> missing) {
    return Evidence.facts("missing", Phrases.names(missing), "count", String.valueOf(missing.size()));
  }
}
