package org.peerwork.model.json;

/**
 * Limits that keep a hostile or broken document from costing unbounded time or memory. Defaults:
 * 16 MiB per document, nesting 64 deep, strings of at most 1 MiB characters. These are peerwork's
 * choices: a real roster is far smaller and far shallower.
 *
 * @param maxDocumentBytes the largest document read, in bytes (characters for text input)
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 */
public record JsonLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {

  /** The default limits. */
  public static final JsonLimits DEFAULT = new JsonLimits(16L * 1024 * 1024, 64, 1024 * 1024);

  /** Validates the limits. */
  public JsonLimits {
    if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1) {
      throw new IllegalArgumentException("JSON limits must be positive: " + maxDocumentBytes + ", " + maxNestingDepth + ", " + maxStringLength);
    }
  }
}
