package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.json.PeerJsonException;
import org.peerwork.rules.report.CsvExport;
import org.peerwork.rules.report.JsonReport;
import org.peerwork.rules.report.SarifReport;
import org.peerwork.rules.report.TextReport;

/**
 * Fuzz target for the whole path a vendor runs: bytes, read as a document, checked, rendered. The
 * first byte picks the {@link DocumentType}, the rest is the JSON. Invariants: only a
 * {@link PeerJsonException} escapes (a document that reads is always checked: the rules are total,
 * even on values that fail Bean Validation); every finding names the checked document and a
 * rule of its type, in catalog order; text spans are well formed; the report renders as text, JSON,
 * SARIF and CSV, and its JSON reads back equal.
 * Seeds: {@code src/test/resources/org/peerwork/rules/CheckFuzzTestInputs/readAndCheck/}.
 */
class CheckFuzzTest {

  private static final PeerChecks CHECKS = PeerChecks.standard();
  private static final PeerChecks EXPLAINING = CHECKS.explainingOutcomes();

  @FuzzTest(maxDuration = "30s")
  void readAndCheck(byte[] input) {
    if (input.length == 0) {
      return;
    }
    DocumentType type = DocumentType.values()[(input[0] & 0xFF) % DocumentType.values().length];
    byte[] json = Arrays.copyOfRange(input, 1, input.length);
    PeerDocument document;
    try {
      document = PeerJson.standard().read(json, type.modelType());
    } catch (PeerJsonException e) {
      assertThat(e.path()).startsWith("$");
      return;
    }
    Report report = CHECKS.check(document);
    assertThat(report.subjectType()).isEqualTo(type);
    assertThat(report.subjectId()).isEqualTo(document.getId());
    List<String> ids = CHECKS.catalog().rulesFor(type).stream().map(r -> r.metadata().getId()).toList();
    int last = -1;
    for (Finding f : report.findings()) {
      assertThat(f.getSubjectId()).isEqualTo(document.getId());
      assertThat(f.getSubjectType()).isEqualTo(type);
      int at = ids.indexOf(f.getRuleId());
      assertThat(at).as("a rule of this document type, in catalog order").isGreaterThanOrEqualTo(last);
      last = at;
      f.getLocation().getSpan().ifPresent(s -> assertThat(s.getStart()).isBetween(0, s.getEnd()));
    }
    assertThat(EXPLAINING.check(document).findings()).isEqualTo(report.findings());
    assertThat(JsonReport.compact().read(JsonReport.compact().write(report))).isEqualTo(report);
    assertThat(TextReport.full().render(report)).isNotBlank();
    assertThat(SarifReport.standard().write(report)).contains("2.1.0");
    assertThat(CsvExport.toCsv(List.of(report))).startsWith(CsvExport.header());
  }
}
