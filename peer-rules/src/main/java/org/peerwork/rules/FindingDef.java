package org.peerwork.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.theme.StudyTheme;

/**
 * One way a document breaks peer norms: which rule, how serious, which study theme, which document
 * (by id), where in it, what and why (message and evidence), what both norm sets say where the
 * finding is about a boundary, what to do instead, and the sources.
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = Finding.class)
@JsonDeserialize(as = Finding.class)
abstract class FindingDef {

  /** The rule's stable id. */
  public abstract String getRuleId();

  /** The severity, after any policy override. */
  public abstract Severity getSeverity();

  /** The study theme of the rule. */
  public abstract StudyTheme getTheme();

  /** The kind of document checked. */
  public abstract DocumentType getSubjectType();

  /** The checked document's opaque id. */
  public abstract String getSubjectId();

  /** Where in the document. */
  public abstract Location getLocation();

  /** What is wrong, as template, arguments and text. */
  public abstract Message getMessage();

  /** What the finding rests on. */
  @Value.Default
  public Evidence getEvidence() {
    return Evidence.builder().build();
  }

  /** Both norm sets' verdicts, when the finding is about a boundary. */
  public abstract Optional<NormComparison> getVerdicts();

  /** What to do instead. */
  public abstract String getSuggestion();

  /** The sources. */
  public abstract List<Citation> getCitations();

  /**
   * A one-line rendering in the manner of ArchUnit's reports:
   * {@code ERROR ClinicalTaskAssignedToPeer t-1 activity: message}.
   */
  @Override
  public String toString() {
    String where = getLocation().getPath().isEmpty() ? "" : " " + getLocation();
    return getSeverity() + " " + getRuleId() + " " + getSubjectId() + where + ": " + getMessage().getText();
  }
}
