package org.peerwork.model.hiring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
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

  /** The id of the interviewer who asks it, if assigned. */
  public abstract Optional<@NotBlank String> getAskedBy();
}
