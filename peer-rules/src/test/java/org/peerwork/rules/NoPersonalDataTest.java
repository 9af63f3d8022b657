package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.json.JsonLimits;
import org.peerwork.model.json.NdjsonRecord;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.rules.policy.Policies;
import org.peerwork.rules.policy.Policy;
import org.peerwork.rules.policy.PolicyException;
import org.peerwork.rules.policy.Threshold;
import org.peerwork.rules.report.CsvExport;
import org.peerwork.rules.report.JsonReport;
import org.peerwork.rules.report.SarifReport;
import org.peerwork.rules.report.TextReport;

/**
 * No personal data out. Every id and free-text field of generated documents of every type is
 * filled with a unique marker; whatever the checks produce (findings, messages, evidence,
 * suggestions, the rendered text, JSON, SARIF and CSV reports) may contain only the markers of ids
 * (documents and staff are named by their opaque ids) and of the duty text of job descriptions
 * (the one text a finding may quote). A service user's reference, an activity's description, an
 * interview question, a title, a name, an education never come out. Bad input gets exception
 * messages that repeat no value of the document either. And the library prints nothing while it
 * reads, checks and renders.
 */
class NoPersonalDataTest {

  /** Opaque ids of documents, staff, assignments, teams and interviewers: may be named. */
  static final String ID = "PII-MARKER-ID-";
  /** Duty text of a job description: may be quoted as evidence. */
  static final String DUTY = "PII-MARKER-DUTY-";
  /** A service user's reference: never out. */
  static final String USER = "PII-MARKER-USER-";
  /** Any other free text: never out. */
  static final String TEXT = "PII-MARKER-TEXT-";

  private static final Pattern FORBIDDEN = Pattern.compile("PII-MARKER-(USER|TEXT)-\\d+");
  private static final Set<String> ID_KEYS = Set.of("id", "staffId", "supervisorId", "askedBy");
  private static final Set<String> ID_LIST_KEYS = Set.of("superviseeIds", "memberIds");
  private static final Set<String> TEXT_KEYS = Set.of("text", "title", "name", "education", "sourceText");

  private static final PeerJson JSON = PeerJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final int TRIES = 120;

  /** The document with every id replaced by a marker (the same id by the same marker) and every free text by a fresh one. */
  static PeerDocument marked(PeerDocument doc) {
    try {
      JsonNode tree = TREE.readTree(JSON.write(doc));
      mark(tree, false, new HashMap<>(), new int[1]);
      @SuppressWarnings("unchecked")
      Class<? extends PeerDocument> type = (Class<? extends PeerDocument>) DocumentType.of(doc).modelType();
      return JSON.read(TREE.writeValueAsString(tree), type);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void mark(JsonNode node, boolean duty, Map<String, String> ids, int[] n) {
    if (node instanceof ObjectNode o) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        JsonNode v = o.get(key);
        if (v.isTextual() && ID_KEYS.contains(key)) {
          o.set(key, TextNode.valueOf(ids.computeIfAbsent(v.asText(), x -> ID + n[0]++)));
        } else if (v instanceof ArrayNode a && ID_LIST_KEYS.contains(key)) {
          for (int i = 0; i < a.size(); i++) {
            a.set(i, TextNode.valueOf(ids.computeIfAbsent(a.get(i).asText(), x -> ID + n[0]++)));
          }
        } else if (v.isTextual() && key.equals("serviceUserRef")) {
          o.set(key, TextNode.valueOf(ids.computeIfAbsent("user:" + v.asText(), x -> USER + n[0]++)));
        } else if (v.isTextual() && TEXT_KEYS.contains(key)) {
          boolean dutyText = duty && key.equals("text") || key.equals("sourceText");
          o.set(key, TextNode.valueOf((dutyText ? DUTY : TEXT) + n[0]++));
        } else if (v instanceof ArrayNode a && key.equals("duties")) {
          a.elements().forEachRemaining(d -> mark(d, true, ids, n));
        } else {
          mark(v, false, ids, n);
        }
      }
    } else if (node instanceof ArrayNode a) {
      a.elements().forEachRemaining(c -> mark(c, false, ids, n));
    }
  }

  /** Checkers under which many rules fire: the standard one and one with low thresholds. */
  static List<PeerChecks> checkers() {
    Policy strict = Policy.builder().name(TEXT + "policy-name")
        .putThreshold(Threshold.MAX_CASELOAD, 1).putThreshold(Threshold.MAX_PEOPLE_PER_TEAM_PEER, 1)
        .putThreshold(Threshold.REPEATED_DAY_OFF_CONTACTS, 1).putThreshold(Threshold.CRISIS_ASSIGNMENTS_BEFORE_DEBRIEF, 1)
        .putThreshold(Threshold.MIN_WAGE_RATIO, 10).putThreshold(Threshold.MIN_SUPERVISION_SESSIONS_PER_MONTH, 31)
        .build();
    return List.of(PeerChecks.standard().explainingOutcomes(), PeerChecks.standard().withPolicy(strict));
  }

  /** Everything one report can become: its JSON, its compact text, each finding's parts. */
  static List<String> renderings(Report r) {
    List<String> out = new ArrayList<>();
    out.add(JsonReport.compact().write(r));
    out.add(TextReport.compact().render(r));
    out.add(r.toString());
    for (Finding f : r.findings()) {
      out.add(f.toString());
      out.add(f.getMessage().getText());
      out.add(f.getEvidence().toString());
      out.add(f.getSuggestion());
    }
    return out;
  }

  /** Everything a list of reports can become together: full text, a JSON report set, SARIF, CSV. */
  static List<String> renderings(List<Report> reports) {
    return List.of(TextReport.full().render(reports), JsonReport.compact().writeAll(reports), SarifReport.standard().write(reports),
        CsvExport.toCsv(reports));
  }

  private static void noForbiddenMarker(String where, String text) {
    Matcher m = FORBIDDEN.matcher(text);
    if (m.find()) {
      throw new AssertionError(where + " leaks " + m.group() + " in: " + text.substring(Math.max(0, m.start() - 120), Math.min(text.length(), m.end() + 40)));
    }
  }

  @Test
  void findingsAndRenderedReportsCarryNoPersonalData() {
    Set<String> seen = new LinkedHashSet<>();
    int[] findings = new int[1];
    List<PeerChecks> checkers = checkers();
    CheckProperties.checkable().forEach((type, gen) -> {
      List<List<Report>> reports = List.of(new ArrayList<>(), new ArrayList<>());
      qt().withExamples(TRIES).forAll(gen).checkAssert(original -> {
        PeerDocument doc = marked(original);
        assertThat(doc.getId()).startsWith(ID);
        for (int c = 0; c < checkers.size(); c++) {
          Report r = checkers.get(c).check(doc);
          reports.get(c).add(r);
          findings[0] += r.findings().size();
          for (String s : renderings(r)) {
            noForbiddenMarker(type + " " + doc.getId(), s);
          }
        }
      });
      for (List<Report> list : reports) {
        for (String s : renderings(list)) {
          noForbiddenMarker(type + " reports", s);
          Matcher allowed = Pattern.compile("PII-MARKER-(ID|DUTY)-\\d+").matcher(s);
          while (allowed.find()) {
            seen.add(type + ":" + allowed.group(1));
          }
        }
      }
    });
    // the test means something: the checks found things and named documents and staff by their ids
    assertThat(findings[0]).isGreaterThan(1000);
    assertThat(seen).contains("TASK_ASSIGNMENT:ID", "ROSTER:ID", "HIRING_PLAN:ID", "INCIDENT_REVIEW:ID");
  }

  @Test
  void findingsOnRosterMembersNameThemByIdOnly() {
    List<Report> reports = new ArrayList<>();
    qt().withExamples(TRIES * 2).forAll(RuleProperties.denseRosters()).checkAssert(roster -> {
      PeerDocument doc = marked(roster);
      for (PeerChecks checks : checkers()) {
        Report r = checks.check(doc);
        reports.add(r);
        for (String s : renderings(r)) {
          noForbiddenMarker("roster", s);
        }
      }
    });
    assertThat(reports.stream().mapToInt(r -> r.findings().size()).sum()).isGreaterThan(TRIES);
    for (String s : renderings(reports)) {
      noForbiddenMarker("roster reports", s);
    }
  }

  // ---------------------------------------------------------------- bad input

  private static void noMarkerIn(Throwable e) {
    assertThat(e).as("an exception").isNotNull();
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).as("message of %s", t.getClass().getSimpleName()).doesNotContain("PII-MARKER");
      assertThat(t.toString()).doesNotContain("PII-MARKER");
    }
  }

  private static Throwable thrown(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  /** Breaks a marked document in ways that put a marker right where the reader fails. */
  static List<String> badVersions(String json) {
    String firstText = firstMarker(json);
    List<String> out = new ArrayList<>();
    out.add(json.replaceFirst("\"id\":\"", "\"nickname\":\"" + TEXT + "x\",\"id\":\""));               // unknown property
    out.add(json.replaceFirst(":\"([A-Z][A-Z_]+)\"", ":\"" + TEXT + "enum\""));                      // unknown enum value
    out.add(json.replace("\"" + firstText + "\"", "{\"value\":\"" + firstText + "\"}"));                 // wrong type
    out.add(json.replace("\"" + firstText + "\"", "\"" + firstText + "\" \"" + firstText + "\""));     // malformed after the value
    out.add(json.substring(0, json.indexOf(firstText) + firstText.length() - 2));                      // truncated inside the value
    out.add(json.replaceFirst("\\{", "{\"id\":\"" + TEXT + "dup\","));                                 // duplicate key
    out.add(json.replace("\"" + firstText + "\"", "\"" + firstText.repeat(40) + "\""));                // over the string limit (small limits)
    out.add(json.replace("\"" + firstText + "\"", "[\"" + firstText + "\"" + ",[".repeat(100) + "]".repeat(101)));  // too deep
    return out;
  }

  private static String firstMarker(String json) {
    Matcher m = Pattern.compile("PII-MARKER-[A-Z]+-\\d+").matcher(json);
    assertThat(m.find()).isTrue();
    return m.group();
  }

  @Test
  void badInputErrorsRepeatNoValueOfTheDocument() {
    PeerJson small = PeerJson.withLimits(new JsonLimits(1 << 20, 32, 400));
    int[] errors = new int[1];
    CheckProperties.checkable().forEach((type, gen) -> qt().withExamples(20).forAll(gen).checkAssert(original -> {
      String json = JSON.write(marked(original));
      for (String bad : badVersions(json)) {
        Throwable e = thrown(() -> small.read(bad, type.modelType()));
        if (e != null) {
          assertThat(e).isInstanceOf(PeerJsonException.class);
          noMarkerIn(e);
          errors[0]++;
        }
        byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
        int at = bad.indexOf("PII-MARKER") + 3;
        if (at > 3 && at < bytes.length) {
          bytes[at] = (byte) 0xC0; // invalid UTF-8 inside the value
          Throwable enc = thrown(() -> small.read(bytes, type.modelType()));
          assertThat(enc).isInstanceOf(PeerJsonException.class);
          noMarkerIn(enc);
        }
        List<NdjsonRecord<? extends PeerDocument>> records = new ArrayList<>();
        small.readLines(new ByteArrayInputStream((json + "\n" + bad.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8)), type.modelType())
            .forEachRemaining(records::add);
        records.forEach(r -> r.error().ifPresent(NoPersonalDataTest::noMarkerIn));
      }
    }));
    assertThat(errors[0]).isGreaterThan(8 * 20 * 5);
  }

  @Test
  void policyAndReportErrorsRepeatNoValue() {
    for (String bad : List.of(
        "{\"name\":\"" + TEXT + "1\",\"thresholds\":{\"MAX_CASELOAD\":\"" + TEXT + "2\"}}",
        "{\"name\":\"" + TEXT + "1\",\"thresholds\":{\"MAX_CASELOAD\":-1}}",
        "{\"name\":\"" + TEXT + "1\",\"severityOverrides\":{\"TaskOutsideAnyRole\":\"" + TEXT + "3\"}}",
        "{\"name\":\"" + TEXT + "1\",\"extraPhrases\":[{\"phrase\":\"" + TEXT + "4\",\"category\":\"" + TEXT + "5\"}]}",
        "{\"name\":\"" + TEXT + "1\" \"x\"}",
        "{\"name\":\"" + TEXT + "1")) {
      Throwable e = thrown(() -> Policies.fromJson(bad));
      assertThat(e).isInstanceOf(PolicyException.class);
      noMarkerIn(e);
    }
    Policy named = Policy.builder().name(TEXT + "6").addDisabledRule("NoSuchRule").build();
    noMarkerIn(thrown(() -> PeerChecks.standard().withPolicy(named)));

    Report report = PeerChecks.standard().check(marked(firstWithFindings()));
    assertThat(report.findings()).isNotEmpty();
    String json = JsonReport.compact().write(report);
    for (String bad : List.of(
        json.replaceFirst("\"total\":\\d+", "\"total\":99"),
        json.replaceFirst("\"severity\":\"[A-Z]+\"", "\"severity\":\"" + TEXT + "7\""),
        json.replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":\"" + TEXT + "8\""),
        json.substring(0, json.length() / 2))) {
      Throwable e = thrown(() -> JsonReport.compact().read(bad));
      assertThat(e).isInstanceOf(PeerJsonException.class);
      noMarkerIn(e);
      noMarkerIn(thrown(() -> JsonReport.compact().read(new StringReader(bad))));
    }
  }

  /** A marked task assignment with findings whose messages carry markers of ids. */
  private static PeerDocument firstWithFindings() {
    List<PeerDocument> found = new ArrayList<>();
    qt().withFixedSeed(5L).withExamples(200).forAll(org.peerwork.model.testing.Generators.taskAssignments()).checkAssert(a -> {
      if (found.isEmpty() && !PeerChecks.standard().check(a).isClean()) {
        found.add(a);
      }
    });
    return found.get(0);
  }

  // ---------------------------------------------------------------- no output

  @Test
  void nothingIsPrintedWhileReadingCheckingAndRendering() {
    List<PeerDocument> docs = new ArrayList<>();
    CheckProperties.checkable().forEach((type, gen) -> qt().withFixedSeed(11L).withExamples(40).forAll(gen).checkAssert(docs::add));
    List<String> bad = new ArrayList<>();
    for (PeerDocument d : docs) {
      bad.addAll(badVersions(JSON.write(marked(d))));
    }
    Supplier<Integer> work = () -> {
      int n = 0;
      List<Report> reports = new ArrayList<>();
      for (PeerDocument d : docs) {
        for (PeerChecks checks : checkers()) {
          Report r = checks.check(JSON.read(JSON.write(d), DocumentType.of(d).modelType()));
          reports.add(r);
          n += renderings(r).size();
        }
      }
      n += renderings(reports).size();
      for (int i = 0; i < bad.size(); i++) {
        PeerDocument d = docs.get(i / (bad.size() / docs.size()));
        String b = bad.get(i);
        n += thrown(() -> JSON.read(b, DocumentType.of(d).modelType())) == null ? 0 : 1;
      }
      n += thrown(() -> Policies.fromJson("{\"thresholds\":{\"MAX_CASELOAD\":-1}}")) == null ? 0 : 1;
      n += thrown(() -> JsonReport.compact().read("{\"format\":1}")) == null ? 0 : 1;
      return n;
    };
    int warm = work.get(); // loads every class the work needs before the streams are watched
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    int n;
    try {
      System.setOut(capture);
      System.setErr(capture);
      n = work.get();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(n).isEqualTo(warm).isGreaterThan(docs.size());
    assertThat(captured.toString(StandardCharsets.UTF_8)).as("written to System.out or System.err").isEmpty();
  }
}
