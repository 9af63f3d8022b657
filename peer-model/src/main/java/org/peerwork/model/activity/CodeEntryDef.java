package org.peerwork.model.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.peerwork.model.evidence.Citation;

/**
 * What peerwork knows about one procedure code: its display name, the activity category it stands
 * for, and whether only clinical staff may render it.
 */
@Value.Immutable
@JsonSerialize(as = CodeEntry.class)
@JsonDeserialize(as = CodeEntry.class)
abstract class CodeEntryDef {

  /** The code. */
  public abstract @Valid ActivityCode getCode();

  /** The code's display name. */
  @NotBlank
  public abstract String getDisplay();

  /** The activity category the code stands for. */
  public abstract ActivityCategory getCategory();

  /** True when a peer must never be the rendering performer (90791, H0031, ...). */
  public abstract boolean isClinicalOnly();

  /** True when the code is a peer service (H0038). */
  public abstract boolean isPeerService();

  /** Where the code's meaning comes from. */
  public abstract @Valid Citation getCitation();
}
