package org.peerwork.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerwork.model.testing.Tries.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Report;

class CsvExportTest {

  /** A strict RFC 4180 reader: rows of fields; fails on a quote inside an unquoted field or an unclosed quote. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean fieldStart = true;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          char next = i < csv.length() ? csv.charAt(i) : '\n';
          if (next != ',' && next != '\n') {
            throw new AssertionError("text after a closing quote at " + i);
          }
          continue;
        }
        field.append(c);
        i++;
        continue;
      }
      if (c == '"') {
        if (!fieldStart) {
          throw new AssertionError("quote inside an unquoted field at " + i);
        }
        quoted = true;
        fieldStart = false;
        i++;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        i++;
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        throw new AssertionError("bare CR outside quotes at " + i);
      } else {
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (quoted) {
      throw new AssertionError("unclosed quote");
    }
    if (!fieldStart || field.length() > 0 || !row.isEmpty()) {
      throw new AssertionError("the last row has no line end");
    }
    return rows;
  }

  private static List<String> expected(Finding f) {
    return List.of(f.getRuleId(), f.getSeverity().name(), f.getTheme().name(), f.getSubjectType().name(), f.getSubjectId(),
        f.getLocation().getPath(),
        f.getLocation().getSpan().map(s -> String.valueOf(s.getStart())).orElse(""),
        f.getLocation().getSpan().map(s -> String.valueOf(s.getEnd())).orElse(""),
        f.getMessage().getText(), f.getSuggestion());
  }

  @Test
  void aHeaderThenOneRowPerFindingWithEveryColumn() {
    List<Report> reports = Fixtures.all();
    String csv = CsvExport.toCsv(reports);
    List<List<String>> rows = parse(csv);
    assertThat(rows.get(0)).containsExactly("rule", "severity", "theme", "subject_type", "subject", "path", "span_start", "span_end", "message",
        "suggestion");
    List<List<String>> want = new ArrayList<>();
    reports.forEach(r -> r.findings().forEach(f -> want.add(expected(f))));
    assertThat(rows.subList(1, rows.size())).isEqualTo(want);
    assertThat(csv).startsWith("rule,severity,").endsWith("\n").doesNotContain("\uFEFF");
  }

  @Test
  void trickyTextIsQuotedTheRfc4180Way() {
    Finding f = Fixtures.textFinding();
    String row = CsvExport.row(f);
    assertThat(row).startsWith("LocalClinicalDutyCheck,ERROR,WORK_ROLE_AND_BOUNDARIES,JOB_DESCRIPTION,\"jd-7, \"\"night\"\" shift\",duties[2],14,105,");
    assertThat(row).contains("\"The duty \"\"Diagnoses \"\"co-occurring\"\" disorders, writes the plan,\nand runs café groups — naïve façade 😀\"\" is Diagnosis, in a peer role\"");
    assertThat(row).endsWith(",\"Give diagnosis to a clinician; the peer \"\"links\"\", accompanies,\nand shares lived experience.\"\n");
    assertThat(parse(row)).containsExactly(expected(f));
    String doc = CsvExport.row(Fixtures.documentFinding());
    assertThat(doc).isEqualTo("LocalSelfCareCheck,WARNING,TRAINING_NEEDS,TRAINING_PLAN,plan-2026,,,,The plan has no self-care training,"
        + "\"Add self-care training, the study's top training need.\"\n");
  }

  @Test
  void utf8BytesDecodeToTheSameText() {
    String csv = CsvExport.toCsv(Fixtures.handBuilt());
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(csv).contains("naïve façade 😀");
  }

  @Test
  void writingToAnAppendableGivesTheSameTextAndNoFindingsGiveTheHeaderAlone() {
    StringBuilder out = new StringBuilder();
    CsvExport.write(Fixtures.all(), out);
    assertThat(out.toString()).isEqualTo(CsvExport.toCsv(Fixtures.all()));
    assertThat(CsvExport.toCsv(List.of())).isEqualTo(CsvExport.header()).isEqualTo(String.join(",", CsvExport.COLUMNS) + "\n");
    assertThat(CsvExport.toCsv(Fixtures.checkedExamples().subList(2, 4))).isEqualTo(CsvExport.header());
  }

  @Test
  void generatedFindingsReadBackFieldForField() {
    qt().withExamples(300).forAll(Gens.reports()).checkAssert(reports -> {
      String csv = CsvExport.toCsv(reports);
      List<List<String>> rows = parse(csv);
      List<List<String>> want = new ArrayList<>();
      want.add(CsvExport.COLUMNS);
      reports.forEach(r -> r.findings().forEach(f -> want.add(expected(f))));
      assertThat(rows).isEqualTo(want);
      assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvExport.COLUMNS.size()));
    });
  }
}
