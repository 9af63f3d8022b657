package org.peerwork.model.json;

/** What was wrong with a JSON document, as a {@link PeerJsonException} reports it. */
public enum JsonProblem {
  /** Not well-formed JSON. */
  MALFORMED,
  /** The document ends in the middle of a value. */
  TRUNCATED,
  /** Nothing to read: an empty or blank document. */
  EMPTY,
  /** Bytes that are not valid UTF-8 text. */
  INVALID_ENCODING,
  /** A property the document type does not have. */
  UNKNOWN_PROPERTY,
  /** A value outside a closed vocabulary; the exception lists the allowed values. */
  UNKNOWN_ENUM_VALUE,
  /** A required property is absent. */
  MISSING_FIELD,
  /** A null where a value is required. */
  NULL_VALUE,
  /** A value of the wrong JSON type, e.g. a string where a number belongs. */
  WRONG_TYPE,
  /** The same key twice in one object. */
  DUPLICATE_KEY,
  /** A number outside the range the field allows. */
  NUMBER_OUT_OF_RANGE,
  /** A value the model rejects, e.g. a time window that ends before it starts. */
  INVALID_VALUE,
  /** A Bean Validation constraint is violated, e.g. a blank id. */
  CONSTRAINT_VIOLATION,
  /** The document is larger than the reader's size limit. */
  TOO_LARGE,
  /** The document nests deeper than the reader's depth limit. */
  TOO_DEEP
}
