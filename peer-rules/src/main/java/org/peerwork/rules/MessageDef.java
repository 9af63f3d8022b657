package org.peerwork.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
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
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put(namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
    }
    return Message.builder().template(template).arguments(args).build();
  }

  /** Replaces each {@code {name}} in the template by its argument; unknown names stay as written. */
  static String render(String template, Map<String, String> args) {
    if (args.isEmpty() || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder b = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String v = args.get(name);
        if (v != null) {
          b.append(v);
          i = close + 1;
          continue;
        }
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return getText();
  }
}
