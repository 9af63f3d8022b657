package org.peerwork.model.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;

/**
 * A public source the model and the rules cite: the study, a practice guideline, a competency set,
 * a code of ethics, a Medicaid letter, a code system.
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = Source.class)
@JsonDeserialize(as = Source.class)
abstract class SourceDef {

  /** The stable id citations use, e.g. {@code NAPS2013}. */
  @NotBlank
  public abstract String getId();

  /** The title of the work. */
  @NotBlank
  public abstract String getTitle();

  /** Who published or wrote it. */
  @NotBlank
  public abstract String getPublisher();

  /** The year of the edition cited, when it has one. */
  public abstract Optional<Integer> getYear();

  /** A public address of the work, when it has one. */
  public abstract Optional<String> getUrl();

  /** What the library takes from it, in one sentence. */
  @NotBlank
  public abstract String getUsedFor();

  @Override
  public String toString() {
    return getId() + ": " + getTitle() + " (" + getPublisher() + getYear().map(y -> ", " + y).orElse("") + ")";
  }
}
