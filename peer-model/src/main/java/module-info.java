/**
 * The peerwork domain model: immutable values of the peer support workforce, their bundled norm
 * tables and catalogs, JSON mapping and Bean Validation constraints.
 */
module org.peerwork.model {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive jakarta.validation;

  exports org.peerwork.model;
  exports org.peerwork.model.evidence;
  exports org.peerwork.model.theme;
  exports org.peerwork.model.role;
  exports org.peerwork.model.activity;
  exports org.peerwork.model.boundary;
  exports org.peerwork.model.population;
  exports org.peerwork.model.organization;
  exports org.peerwork.model.staff;
  exports org.peerwork.model.supervision;
  exports org.peerwork.model.training;
  exports org.peerwork.model.job;
  exports org.peerwork.model.assignment;
  exports org.peerwork.model.hiring;
  exports org.peerwork.model.workplace;
  exports org.peerwork.model.incident;
  exports org.peerwork.model.text;
  exports org.peerwork.model.json;
  exports org.peerwork.model.validation;
  exports org.peerwork.model.internal to org.peerwork.rules;

  opens org.peerwork.model.evidence;
  opens org.peerwork.model.role;
  opens org.peerwork.model.activity;
  opens org.peerwork.model.boundary;
  opens org.peerwork.model.organization;
  opens org.peerwork.model.staff;
  opens org.peerwork.model.supervision;
  opens org.peerwork.model.training;
  opens org.peerwork.model.job;
  opens org.peerwork.model.assignment;
  opens org.peerwork.model.hiring;
  opens org.peerwork.model.workplace;
  opens org.peerwork.model.incident;
  opens org.peerwork.model.text;
}
