package org.peerwork.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerwork.model.PeerDocument;
import org.peerwork.rules.assignment.AssignmentRules;
import org.peerwork.rules.hiring.HiringRules;
import org.peerwork.rules.incident.IncidentRules;
import org.peerwork.rules.job.JobDescriptionRules;
import org.peerwork.rules.roster.RosterRules;
import org.peerwork.rules.supervision.SupervisionRules;
import org.peerwork.rules.training.TrainingRules;
import org.peerwork.rules.workplace.WorkplaceRules;

/**
 * Every rule peerwork has, by stable id and by document type, in the order they run. A rule's id is
 * the simple name of its class, in the package of the document type it checks, so
 * {@code ClinicalTaskAssignedToPeer} lives in {@code org.peerwork.rules.assignment}.
 */
public final class RuleCatalog {

  private static final RuleCatalog STANDARD = new RuleCatalog();

  private final Map<DocumentType, List<Rule<?>>> byType = new EnumMap<>(DocumentType.class);
  private final Map<String, Rule<?>> byId = new LinkedHashMap<>();

  private RuleCatalog() {
    put(DocumentType.TASK_ASSIGNMENT, AssignmentRules.all());
    put(DocumentType.ROSTER, RosterRules.all());
    put(DocumentType.JOB_DESCRIPTION, JobDescriptionRules.all());
    put(DocumentType.HIRING_PLAN, HiringRules.all());
    put(DocumentType.SUPERVISION_ARRANGEMENT, SupervisionRules.all());
    put(DocumentType.TRAINING_PLAN, TrainingRules.all());
    put(DocumentType.WORKPLACE_POLICY, WorkplaceRules.all());
    put(DocumentType.INCIDENT_REVIEW, IncidentRules.all());
  }

  private void put(DocumentType type, List<? extends Rule<?>> rules) {
    List<Rule<?>> list = new ArrayList<>(rules);
    for (Rule<?> r : list) {
      RuleMetadata m = r.metadata();
      if (m.getAppliesTo() != type) {
        throw new IllegalStateException("rule " + m.getId() + " applies to " + m.getAppliesTo() + " but is registered for " + type);
      }
      if (byId.put(m.getId(), r) != null) {
        throw new IllegalStateException("duplicate rule id " + m.getId());
      }
    }
    byType.put(type, Collections.unmodifiableList(list));
  }

  /** The standard catalog. */
  public static RuleCatalog standard() {
    return STANDARD;
  }

  /** Every rule, in run order. */
  public List<Rule<?>> all() {
    return List.copyOf(byId.values());
  }

  /** The metadata of every rule, in run order. */
  public List<RuleMetadata> metadata() {
    return byId.values().stream().map(Rule::metadata).toList();
  }

  /** The rule with this id. */
  public Optional<Rule<?>> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** True when a rule has this id. */
  public boolean contains(String id) {
    return id != null && byId.containsKey(id);
  }

  /** Every rule id, in run order. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The rules of one document type, in run order. */
  @SuppressWarnings("unchecked")
  public <T extends PeerDocument> List<Rule<T>> rulesFor(DocumentType type) {
    return (List<Rule<T>>) (List<?>) byType.get(type);
  }

  @Override
  public String toString() {
    return "RuleCatalog(" + byId.size() + " rules)";
  }
}
