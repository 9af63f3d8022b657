package org.peerwork.model.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An activity someone is asked to do: its category, optionally the procedure codes it is billed
 * or logged under, and optionally the words used to describe it.
 */
@Value.Immutable
@JsonSerialize(as = Activity.class)
@JsonDeserialize(as = Activity.class)
abstract class ActivityDef {

  /** What the activity is. */
  public abstract ActivityCategory getCategory();

  /** Procedure codes for it, e.g. CPT 90791; may be empty. */
  public abstract List<@Valid ActivityCode> getCodes();

  /** A short description in the assigner's words; never data about a service user. */
  public abstract Optional<@Size(max = 2000) String> getText();

  /** An activity of this category, no codes, no text. */
  public static Activity of(ActivityCategory category) {
    return Activity.builder().category(category).build();
  }

  /** An activity of this category described in words. */
  public static Activity of(ActivityCategory category, String text) {
    return Activity.builder().category(category).text(text).build();
  }

  /** An activity of this category with one code. */
  public static Activity coded(ActivityCategory category, ActivityCode code) {
    return Activity.builder().category(category).addCode(code).build();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(getCategory().label());
    if (!getCodes().isEmpty()) {
      b.append(' ').append(getCodes());
    }
    getText().ifPresent(t -> b.append(" \"").append(t).append('"'));
    return b.toString();
  }
}
