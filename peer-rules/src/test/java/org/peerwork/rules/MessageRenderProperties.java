package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Message rendering copies literal runs in one go (a performance change); it must give exactly
 * what the plain character-by-character renderer gave, for any template: placeholders with and
 * without arguments, unbalanced and nested braces, empty names.
 */
class MessageRenderProperties {

  /** The renderer as first written, kept as the reference. */
  static String reference(String template, Map<String, String> args) {
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

  private static final Gen<String> PIECES = Generate.pick(java.util.List.of("{", "}", "a", "b", "{a}", "{b}", "{}", "{c}", " to ", "{{a}}", "é", "🐈", "{a"));

  private static Gen<String> templates() {
    return SourceDSL.lists().of(PIECES).ofSizeBetween(0, 12).map(l -> String.join("", l));
  }

  @Test
  void rendersExactlyAsTheReference() {
    Gen<Map<String, String>> args = SourceDSL.integers().between(0, 7).map(mask -> {
      Map<String, String> m = new LinkedHashMap<>();
      if ((mask & 1) != 0) {
        m.put("a", "X");
      }
      if ((mask & 2) != 0) {
        m.put("b", "{a}");
      }
      if ((mask & 4) != 0) {
        m.put("", "E");
      }
      return m;
    });
    qt().withExamples(5_000).forAll(templates(), args).checkAssert((t, m) ->
        assertThat(MessageDef.render(t, m)).as("template %s with %s", t, m).isEqualTo(reference(t, m)));
  }

  @Test
  void messageOfKeepsArgumentsInOrderAndRendersText() {
    Message m = Message.of("{activity} to a {role}", "role", "peer support specialist", "activity", "Clinical assessment");
    assertThat(m.getArguments()).containsExactly(Map.entry("role", "peer support specialist"), Map.entry("activity", "Clinical assessment"));
    assertThat(m.getText()).isEqualTo("Clinical assessment to a peer support specialist");
    assertThat(Message.of("no placeholders").getText()).isEqualTo("no placeholders");
  }
}
