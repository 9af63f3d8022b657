package org.peerwork.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.rules.Report;

/**
 * Fuzz targets for reading report JSON: any bytes, read as UTF-8 text, give a report (or a list of
 * reports) or a {@link PeerJsonException} with a JSON path; whatever reads writes back, compact and
 * pretty, to JSON that reads to an equal report, and renders as text, SARIF and CSV without an
 * exception. Seeds: {@code src/test/resources/org/peerwork/rules/report/JsonReportFuzzTestInputs/<method>/}.
 */
class JsonReportFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Report report;
    try {
      report = JsonReport.compact().read(text);
    } catch (PeerJsonException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.problem()).isNotNull();
      return;
    }
    assertThat(JsonReport.compact().read(JsonReport.compact().write(report))).isEqualTo(report);
    assertThat(JsonReport.pretty().read(JsonReport.pretty().write(report))).isEqualTo(report);
    renders(List.of(report));
  }

  @FuzzTest(maxDuration = "30s")
  void readAll(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    List<Report> reports;
    try {
      reports = JsonReport.compact().readAll(text);
    } catch (PeerJsonException e) {
      assertThat(e.path()).startsWith("$");
      assertThat(e.problem()).isNotNull();
      return;
    }
    assertThat(JsonReport.compact().readAll(JsonReport.compact().writeAll(reports))).isEqualTo(reports);
    renders(reports);
  }

  private static void renders(List<Report> reports) {
    assertThat(TextReport.full().render(reports)).isNotNull();
    assertThat(TextReport.compact().render(reports)).isNotNull();
    assertThat(SarifReport.standard().write(reports)).contains("2.1.0");
    assertThat(CsvExport.toCsv(reports)).startsWith(CsvExport.header());
  }
}
