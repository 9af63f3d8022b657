package org.peerwork.model;

/**
 * A document the rules can check: a task assignment, a roster, a job description, a hiring plan, a
 * supervision arrangement, a training plan, a workplace policy or an incident review.
 *
 * <p>Every document has an opaque id chosen by its owner. Findings name the document by this id
 * only, never by any data about a person.
 */
public interface PeerDocument {

  /** The document's opaque id, as given by its owner; never blank. */
  String getId();
}
