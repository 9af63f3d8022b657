package org.peerwork.model.evidence;

/**
 * A term of a closed vocabulary: an enum constant with a label a person can read and the citation
 * of the source that names it.
 */
public interface Vocabulary {

  /** A short label for people, e.g. "Peer support specialist". */
  String label();

  /** Where the term comes from. */
  Citation citation();
}
