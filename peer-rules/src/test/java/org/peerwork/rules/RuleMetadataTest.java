package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.theme.StudyTheme;

/** A rule's catalog entry is refused unless it has a stable id, a title, a rationale, a suggestion and a source. */
class RuleMetadataTest {

  private static RuleMetadata.Builder valid() {
    return RuleMetadata.builder().id("SomeCheck2").title("A check").defaultSeverity(Severity.WARNING).theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
        .appliesTo(DocumentType.TASK_ASSIGNMENT).rationale("Because.").suggestion("Do this instead.")
        .addCitation(Citation.of(SourceCatalog.PEERWORK, "our choice"));
  }

  @Test
  void aCompleteEntryIsAccepted() {
    RuleMetadata m = valid().build();
    assertThat(m).hasToString("SomeCheck2 [WARNING, " + StudyTheme.WORK_ROLE_AND_BOUNDARIES.label() + "]: A check");
  }

  @Test
  void anIdThatIsNotUpperCamelCaseIsRefused() {
    for (String id : List.of("someCheck", "Some-Check", "Some Check", "S", "9Check", "")) {
      assertThatThrownBy(() -> valid().id(id).build()).as(id).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rule id must be UpperCamelCase: " + id);
    }
    assertThat(valid().id("Ab").build().getId()).isEqualTo("Ab");
  }

  @Test
  void aBlankTitleOrOneEndingWithAPeriodIsRefused() {
    assertThatThrownBy(() -> valid().title(" ").build()).hasMessage("rule title must be non-blank with no final period: SomeCheck2");
    assertThatThrownBy(() -> valid().title("A check.").build()).hasMessage("rule title must be non-blank with no final period: SomeCheck2");
  }

  @Test
  void noSourceNoRationaleOrNoSuggestionIsRefused() {
    assertThatThrownBy(() -> valid().citations(List.of()).build()).hasMessage("rule SomeCheck2 must cite at least one source");
    assertThatThrownBy(() -> valid().rationale("  ").build()).hasMessage("rule SomeCheck2 needs a rationale and a suggestion");
    assertThatThrownBy(() -> valid().suggestion("").build()).hasMessage("rule SomeCheck2 needs a rationale and a suggestion");
  }
}
