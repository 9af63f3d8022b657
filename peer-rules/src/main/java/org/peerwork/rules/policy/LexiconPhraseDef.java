package org.peerwork.rules.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;
import org.peerwork.model.activity.ActivityCategory;

/** A phrase an agency adds to the duty lexicon, with the activity category it signals. */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = LexiconPhrase.class)
@JsonDeserialize(as = LexiconPhrase.class)
abstract class LexiconPhraseDef {

  /** The phrase, e.g. "intake packet". */
  @Value.Parameter
  @NotBlank
  @Size(max = 200)
  public abstract String getPhrase();

  /** The category it signals. */
  @Value.Parameter
  public abstract ActivityCategory getCategory();
}
