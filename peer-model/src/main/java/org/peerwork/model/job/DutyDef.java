package org.peerwork.model.job;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.text.TextSpan;

/**
 * One duty of a job description: its words, optionally the coded activity it stands for, and, for
 * a duty parsed from a posting, where it sits in the posting's text.
 */
@Value.Immutable
@JsonSerialize(as = Duty.class)
@JsonDeserialize(as = Duty.class)
abstract class DutyDef {

  /** The duty as written. */
  @NotBlank
  @Size(max = 10_000)
  public abstract String getText();

  /** The activity, when the duty is coded; otherwise the rules read the text. */
  public abstract Optional<@Valid Activity> getActivity();

  /** Where the text sits in the original posting, for a parsed duty. */
  public abstract Optional<@Valid TextSpan> getSpan();

  /** True when the posting lists this duty as something the role does NOT do. */
  @Value.Default
  public boolean isExcluded() {
    return false;
  }

  /** A duty in words. */
  public static Duty of(String text) {
    return Duty.builder().text(text).build();
  }

  /** A duty in words with its coded activity. */
  public static Duty of(String text, Activity activity) {
    return Duty.builder().text(text).activity(activity).build();
  }

  @Override
  public String toString() {
    return (isExcluded() ? "NOT: " : "") + getText() + getActivity().map(a -> " [" + a.getCategory() + "]").orElse("");
  }
}
