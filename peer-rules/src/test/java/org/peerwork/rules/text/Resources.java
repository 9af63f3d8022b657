package org.peerwork.rules.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test resources of this package. */
final class Resources {

  private Resources() {}

  /** The whole text of a resource beside this class. */
  static String text(String name) {
    try (InputStream in = Resources.class.getResourceAsStream("/org/peerwork/rules/text/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The non-blank, non-comment lines of a resource. */
  static List<String> lines(String name) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Resources.class.getResourceAsStream("/org/peerwork/rules/text/" + name), StandardCharsets.UTF_8))) {
      List<String> out = new ArrayList<>();
      for (String l : r.lines().collect(Collectors.toList())) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l);
        }
      }
      return out;
    }
  }
}
