package org.peerwork.rules.policy;

import java.util.List;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.json.PeerJsonException;

/** Reads and writes {@link Policy} documents as JSON, with errors that name the place. */
public final class Policies {

  private Policies() {}

  /**
   * Reads a policy. Any problem (malformed JSON, an unknown threshold, a value out of range) raises a
   * {@link PolicyException} with the JSON path and, for closed choices, the allowed values. Rule ids
   * are checked when the policy is applied, against the catalog in use.
   */
  public static Policy fromJson(String json) {
    try {
      return PeerJson.standard().read(json, Policy.class);
    } catch (PeerJsonException e) {
      if (e.getCause() != null && findPolicyException(e.getCause()) != null) {
        throw findPolicyException(e.getCause());
      }
      throw new PolicyException(e.path(), detail(e), e.allowedValues(), e);
    }
  }

  /** Writes a policy as indented JSON. */
  public static String toJson(Policy policy) {
    return PeerJson.standard().writePretty(policy);
  }

  /** The reader's message without the path and the allowed values, which the policy error states itself. */
  private static String detail(PeerJsonException e) {
    String m = e.getMessage();
    int allowed = m.lastIndexOf("; allowed values: ");
    if (!e.allowedValues().isEmpty() && allowed >= 0) {
      m = m.substring(0, allowed);
    }
    String at = " at " + e.path();
    int i = m.indexOf(at);
    return i < 0 ? m : m.substring(0, i) + m.substring(i + at.length());
  }

  private static PolicyException findPolicyException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof PolicyException pe) {
        return pe;
      }
    }
    return null;
  }

}
