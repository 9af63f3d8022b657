package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerwork.model.json.PeerJson;

/**
 * The library neither logs nor prints: no class of peer-model or peer-rules refers to a logging API
 * (java.util.logging, System.Logger, SLF4J, Log4j, Commons Logging, JBoss Logging) or to
 * {@code System.out}, {@code System.err} or {@code printStackTrace}. Read from the compiled class
 * files' constant pools, so it holds whatever the source looks like.
 */
class NoLoggingTest {

  /** Class name prefixes (internal form) no library class may refer to. */
  private static final List<String> LOGGING = List.of(
      "java/util/logging/", "java/lang/System$Logger", "java/lang/System$LoggerFinder", "org/slf4j/", "org/apache/logging/",
      "org/apache/log4j/", "org/apache/commons/logging/", "org/jboss/logging/", "ch/qos/logback/");

  /** Member references (owner.name) no library class may make. */
  private static final List<String> MEMBERS = List.of(
      "java/lang/System.out", "java/lang/System.err", "java/lang/System.getLogger", "java/lang/Throwable.printStackTrace",
      "java/lang/Thread.dumpStack", "java/lang/System.console");

  @Test
  void noLibraryClassRefersToALoggerOrTheStandardStreams() throws Exception {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    classes.putAll(classFiles(PeerJson.class));
    int model = classes.size();
    classes.putAll(classFiles(PeerChecks.class));
    assertThat(model).as("peer-model classes").isGreaterThan(50);
    assertThat(classes.size() - model).as("peer-rules classes").isGreaterThan(50);
    assertThat(classes).containsKey("org/peerwork/model/json/PeerJson.class").containsKey("org/peerwork/rules/PeerChecks.class");

    List<String> offences = new ArrayList<>();
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      ConstantPool pool = ConstantPool.read(c.getValue());
      for (String name : pool.classNames()) {
        for (String prefix : LOGGING) {
          if (name.startsWith(prefix) || name.startsWith("[L" + prefix)) {
            offences.add(c.getKey() + " refers to " + name);
          }
        }
      }
      for (String member : pool.memberRefs()) {
        if (MEMBERS.contains(member)) {
          offences.add(c.getKey() + " uses " + member);
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void theScanFindsWhatItLooksFor() throws Exception {
    // a class that prints and logs is seen as such
    ConstantPool printing = ConstantPool.read(bytesOf(Printing.class));
    assertThat(printing.memberRefs()).contains("java/lang/System.out");
    assertThat(printing.classNames()).contains("java/util/logging/Logger");
  }

  /** A class that does what the library must not. */
  static final class Printing {
    static void print() {
      System.out.println("x");
      java.util.logging.Logger.getLogger("x").info("x");
    }
  }

  private static byte[] bytesOf(Class<?> c) throws IOException {
    try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
      return in.readAllBytes();
    }
  }

  /** Every class file of the module, directory or jar, that holds {@code anchor}. */
  static Map<String, byte[]> classFiles(Class<?> anchor) throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        for (JarEntry e : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
          try (InputStream in = jar.getInputStream(e)) {
            out.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    out.remove("module-info.class");
    return out;
  }

  /** The class names and member references (owner.name) of a class file's constant pool. */
  record ConstantPool(List<String> classNames, List<String> memberRefs) {

    static ConstantPool read(byte[] classFile) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
        if (in.readInt() != 0xCAFEBABE) {
          throw new IllegalArgumentException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        int[][] ref = new int[count][];
        int[] nameOfNameAndType = new int[count];
        for (int i = 1; i < count; i++) {
          int tag = in.readUnsignedByte();
          switch (tag) {
            case 1 -> utf8[i] = in.readUTF();
            case 7 -> classIndex[i] = in.readUnsignedShort();
            case 9, 10, 11 -> ref[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
            case 12 -> {
              nameOfNameAndType[i] = in.readUnsignedShort();
              in.readUnsignedShort();
            }
            case 8, 16, 19, 20 -> in.readUnsignedShort();
            case 3, 4 -> in.readInt();
            case 5, 6 -> {
              in.readLong();
              i++;
            }
            case 15 -> {
              in.readUnsignedByte();
              in.readUnsignedShort();
            }
            case 17, 18 -> in.readInt();
            default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
          }
        }
        List<String> classes = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (int i = 1; i < count; i++) {
          if (classIndex[i] != 0) {
            classes.add(utf8[classIndex[i]]);
          }
          if (ref[i] != null) {
            members.add(utf8[classIndex[ref[i][0]]] + "." + utf8[nameOfNameAndType[ref[i][1]]]);
          }
        }
        return new ConstantPool(classes, members);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
