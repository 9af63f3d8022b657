package org.peerwork.rules.incident;

import java.util.List;
import org.peerwork.rules.Rule;
import org.peerwork.model.incident.IncidentReview;

/** The incident review rules, in catalog order. */
public final class IncidentRules {

  private static final List<Rule<IncidentReview>> ALL = List.of(
      new ClinicalNormAppliedToPeer(),
      new PeerBoundaryBreachConfirmed());

  private IncidentRules() {}

  /** Every incident review rule, in the order they run and are reported. */
  public static List<Rule<IncidentReview>> all() {
    return ALL;
  }
}
