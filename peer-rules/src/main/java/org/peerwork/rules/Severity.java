package org.peerwork.rules;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
  /** A boundary the role must not cross: a clinical task to a peer, prohibited conduct. */
  ERROR("error"),
  /** Something to change: work outside the role, days off, missing training or supervision. */
  WARNING("warning"),
  /** Worth knowing, no change required: e.g. a peer activity clinical norms would flag. */
  INFO("note");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /** The SARIF 2.1.0 {@code level}: error, warning or note. */
  public String sarifLevel() {
    return sarifLevel;
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
