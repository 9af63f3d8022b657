package org.peerwork.model.hiring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** An interview question: its words, its topic, and which panel member asks it. */
@Value.Immutable
@JsonSerialize(as = InterviewQuestion.class)
@JsonDeserialize(as = InterviewQuestion.class)
abstract class InterviewQuestionDef {

  /** The question as asked. */
  @NotBlank
  @Size(max = 2000)
  public abstract String getText();

  /** What it is about. */
  public abstract InterviewTopic getTopic();

  /**
   * The id of the interviewer who asks it, if assigned; never blank when present. (A pattern, not
   * {@code @NotBlank}: {@code @NotBlank} rejects the null a validator sees for an empty Optional.)
   */
  public abstract Optional<@Pattern(regexp = "[\\s\\S]*[^\\x00-\\x20][\\s\\S]*", message = "must not be blank") @Size(max = 200) String> getAskedBy();

  @Override
  public String toString() {
    return "[" + getTopic().label() + "] " + getText() + getAskedBy().map(a -> " (asked by " + a + ")").orElse("");
  }
}
