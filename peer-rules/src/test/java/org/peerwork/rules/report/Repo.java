package org.peerwork.rules.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's files are, seen from a test (Surefire runs tests in {@code peer-rules/}). */
final class Repo {

  private Repo() {}

  /** The repository root: the nearest directory, from the working directory up, holding {@code peer-rules/} and {@code pom.xml}. */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("peer-rules")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root (a directory with peer-rules/ and pom.xml) above " + dir);
  }

  /** A file under the root. */
  static Path path(String relative) {
    return root().resolve(relative);
  }
}
