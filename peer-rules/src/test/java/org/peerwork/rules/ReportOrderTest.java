package org.peerwork.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;

/** Findings come in catalog order of their rules and, within a rule, by path, then span start, then message. */
class ReportOrderTest {

  @Test
  void withinARuleFindingsAreOrderedBySpanStartBeforeTheirWords() {
    String posting = "Peer Support Specialist\n\nResponsibilities:\n- Share lived experience\n\nBoundaries:\n"
        + "Never disclose your recovery history to anyone.\nThere is to be no contact with clients outside the office.\n";
    List<Finding> bans = PeerChecks.standard().checkPosting(posting).findingsOf("ClinicalBoundaryNormsImposed");
    assertThat(bans).hasSize(2);
    assertThat(bans).extracting(f -> f.getLocation().getPath()).containsOnly("sourceText");
    assertThat(bans.get(0).getLocation().getSpan().orElseThrow().getStart())
        .isLessThan(bans.get(1).getLocation().getSpan().orElseThrow().getStart());
    assertThat(bans.get(0).getMessage().getText()).as("in text order, not alphabetical").contains("bans self-disclosure");
    assertThat(bans.get(1).getMessage().getText()).startsWith("\"contact with clients");
  }

  @Test
  void findingsOfOneRuleComeInRuleOrderAndPathOrder() {
    TaskAssignment a = TaskAssignment.builder().id("t").activity(Activity.of(ActivityCategory.PERSONAL_ERRAND))
        .assignee(StaffMember.of("s", Role.PEER_SUPPORT_SPECIALIST)).build();
    Report r = PeerChecks.standard().check(a);
    List<String> rules = r.findings().stream().map(Finding::getRuleId).toList();
    List<String> catalogOrder = RuleCatalog.standard().rulesFor(DocumentType.TASK_ASSIGNMENT).stream().map(x -> x.metadata().getId())
        .filter(rules::contains).toList();
    assertThat(rules.stream().distinct().toList()).isEqualTo(catalogOrder);
  }

  @Test
  void checkEachCountsWhatItChecked() {
    TaskAssignment a = TaskAssignment.builder().id("t").activity(Activity.of(ActivityCategory.MUTUAL_SUPPORT))
        .assignee(StaffMember.of("s", Role.PEER_SUPPORT_SPECIALIST)).build();
    List<Report> got = new java.util.ArrayList<>();
    assertThat(PeerChecks.standard().checkEach(List.of(a, a.withId("u"), a.withId("v")).iterator(), got::add)).isEqualTo(3);
    assertThat(got).extracting(Report::subjectId).containsExactly("t", "u", "v");
    assertThat(PeerChecks.standard().checkEach(List.<TaskAssignment>of().iterator(), got::add)).isZero();
    assertThat(PeerChecks.standard().toString()).isEqualTo("PeerChecks(RuleCatalog(56 rules), policy standard)");
  }
}
