/**
 * The peerwork rule catalog and checkers: task assignments, rosters, job descriptions (free text
 * too), hiring plans, supervision, training, workplace policy and incident reviews, checked against
 * peer norms, with explained, sourced findings and reports.
 */
module org.peerwork.rules {
  requires static org.immutables.value.annotations;
  requires transitive org.peerwork.model;
  requires static jakarta.validation;

  exports org.peerwork.rules;
  exports org.peerwork.rules.policy;
  exports org.peerwork.rules.assignment;
  exports org.peerwork.rules.roster;
  exports org.peerwork.rules.job;
  exports org.peerwork.rules.hiring;
  exports org.peerwork.rules.supervision;
  exports org.peerwork.rules.training;
  exports org.peerwork.rules.workplace;
  exports org.peerwork.rules.incident;
  exports org.peerwork.rules.validation;
  exports org.peerwork.rules.text;

  opens org.peerwork.rules to com.fasterxml.jackson.databind;
  opens org.peerwork.rules.policy to com.fasterxml.jackson.databind;
}
