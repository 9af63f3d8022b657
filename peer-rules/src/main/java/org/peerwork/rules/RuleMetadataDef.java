package org.peerwork.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.theme.StudyTheme;

/**
 * What a rule is, in the style of a compiler's check catalog: a stable id (public API, never
 * renamed silently), a title, a default severity, the study theme it belongs to, the document type
 * it applies to, why it exists, what to do instead, and its sources.
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = RuleMetadata.class)
@JsonDeserialize(as = RuleMetadata.class)
abstract class RuleMetadataDef {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Za-z0-9]+");

  /** The stable id, in UpperCamelCase; also the simple name of the class that implements the rule. */
  public abstract String getId();

  /** A one-line summary with no final period, e.g. "Clinical task assigned to a peer". */
  public abstract String getTitle();

  /** The severity unless a policy overrides it. */
  public abstract Severity getDefaultSeverity();

  /** The study theme it belongs to. */
  public abstract StudyTheme getTheme();

  /** The document type it checks. */
  public abstract DocumentType getAppliesTo();

  /** Why the rule exists, with the norm behind it; says so when a choice is peerwork's own. */
  public abstract String getRationale();

  /** What to do instead, in general terms; findings may give a more specific suggestion. */
  public abstract String getSuggestion();

  /** The sources; at least one. */
  public abstract List<Citation> getCitations();

  @Value.Check
  void check() {
    if (!ID.matcher(getId()).matches()) {
      throw new IllegalArgumentException("rule id must be UpperCamelCase: " + getId());
    }
    if (getTitle().isBlank() || getTitle().endsWith(".")) {
      throw new IllegalArgumentException("rule title must be non-blank with no final period: " + getId());
    }
    if (getCitations().isEmpty()) {
      throw new IllegalArgumentException("rule " + getId() + " must cite at least one source");
    }
    if (getRationale().isBlank() || getSuggestion().isBlank()) {
      throw new IllegalArgumentException("rule " + getId() + " needs a rationale and a suggestion");
    }
  }

  @Override
  public String toString() {
    return getId() + " [" + getDefaultSeverity() + ", " + getTheme().label() + "]: " + getTitle();
  }
}
