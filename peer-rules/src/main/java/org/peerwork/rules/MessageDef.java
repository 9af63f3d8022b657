package org.peerwork.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.peerwork.model.PeerStyle;

/**
 * A finding's message as a template with named arguments and the rendered text, in the manner of
 * Bean Validation's message template and interpolated message. Templates name arguments in braces:
 * {@code "{activity} was assigned to a {role}"}.
 */
@Value.Immutable
@PeerStyle
@JsonSerialize(as = Message.class)
@JsonDeserialize(as = Message.class)
abstract class MessageDef {

  /** The template. */
  public abstract String getTemplate();

  /** The arguments, in the order given. */
  public abstract Map<String, String> getArguments();

  /** The rendered text. */
  @Value.Default
  public String getText() {
    return render(getTemplate(), getArguments());
  }

  /**
   * A message from a template and alternating argument names and values, e.g.
   * {@code Message.of("{a} to {b}", "a", "x", "b", "y")}.
   */
  public static Message of(String template, String... namesAndValues) {
    Objects.requireNonNull(template, "template");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs");
    }
    Message.Builder b = Message.builder().template(template);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.putArgument(namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
    }
    return b.build();
  }

  /** Replaces each {@code {name}} in the template by its argument; unknown names stay as written. */
  static String render(String template, Map<String, String> args) {
    if (args.isEmpty() || template.indexOf('{') < 0) {
      return template;
    }
    // copies the literal runs between placeholders in one go; a {name} with no argument stays as written
    StringBuilder b = null;
    int from = 0;
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String v = args.get(template.substring(open + 1, close));
      if (v != null) {
        if (b == null) {
          b = new StringBuilder(template.length() + 32);
        }
        b.append(template, from, open).append(v);
        from = close + 1;
        open = template.indexOf('{', from);
      } else {
        open = template.indexOf('{', open + 1);
      }
    }
    return b == null ? template : b.append(template, from, template.length()).toString();
  }

  @Override
  public String toString() {
    return getText();
  }
}
