package org.peerwork.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.role.Role;

/**
 * How the parser reads a posting's layout, one table per decision: the role a title names, the
 * section a heading names, which line starts are list markers, which lines are headings, the agency a
 * summary describes, and how an over-long statement is cut.
 */
class PostingLayoutTest {

  private final PostingParser parser = PostingParser.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Peer Supervisor                                  | PEER_SUPERVISOR",
      "Peer Support Supervisor                          | PEER_SUPERVISOR",
      "Supervisor of Peer Services                      | PEER_SUPERVISOR",
      "Peer Services Supervisor                         | PEER_SUPERVISOR",
      "Peer-Specialist Supervisor                       | PEER_SUPERVISOR",
      "Recovery Coach II                                | RECOVERY_COACH",
      "Recovery Support Worker (CRSW)                   | RECOVERY_SUPPORT_WORKER",
      "CRSW - Outpatient                                | RECOVERY_SUPPORT_WORKER",
      "Certified Peer Specialist                        | PEER_SUPPORT_SPECIALIST",
      "Recovery Specialist                              | PEER_SUPPORT_SPECIALIST",
      "Recovery Support Specialist                      | PEER_SUPPORT_SPECIALIST",
      "Navigator with Lived Experience                  | PEER_SUPPORT_SPECIALIST",
      "Case Manager                                     | CASE_MANAGER",
      "Care Coordinator                                 | CASE_MANAGER",
      "Community Health Worker                          | COMMUNITY_HEALTH_WORKER",
      "Clinical Supervisor                              | CLINICAL_SUPERVISOR",
      "Staff Psychiatrist                               | PRESCRIBER",
      "Psychiatric Nurse Practitioner                   | PRESCRIBER",
      "Prescriber                                       | PRESCRIBER",
      "Registered Nurse                                 | NURSE",
      "RN - Inpatient                                   | NURSE",
      "LPN, nights                                      | NURSE",
      "Addiction Counselor                              | ADDICTION_COUNSELOR",
      "Substance Abuse Counselor                        | ADDICTION_COUNSELOR",
      "Substance Use Counselor                          | ADDICTION_COUNSELOR",
      "LADC                                             | ADDICTION_COUNSELOR",
      "Drug and Alcohol Counselor                       | ADDICTION_COUNSELOR",
      "Therapist                                        | CLINICIAN",
      "Outpatient Clinician                             | CLINICIAN",
      "Mental Health Counselor                          | CLINICIAN",
      "Youth Counsellor                                 | CLINICIAN",
      "Social Worker                                    | CLINICIAN",
      "Psychologist                                     | CLINICIAN",
      "Warehouse Associate                              | PEER_SUPPORT_SPECIALIST"})
  void theRoleATitleNames(String title, Role role) {
    assertThat(PostingParser.roleOf(Optional.of(title), "")).isEqualTo(role);
  }

  @Test
  void withoutATitleTheRoleIsReadFromTheStartOfTheText() {
    assertThat(PostingParser.roleOf(Optional.empty(), "We are hiring a Recovery Coach to join us.")).isEqualTo(Role.RECOVERY_COACH);
    assertThat(PostingParser.roleOf(Optional.empty(), "We are hiring a therapist.")).as("no title: a peer role unless a peer role is named")
        .isEqualTo(Role.PEER_SUPPORT_SPECIALIST);
    assertThat(PostingParser.roleOf(Optional.empty(), "x".repeat(300) + " recovery coach")).as("only the first 300 characters")
        .isEqualTo(Role.PEER_SUPPORT_SPECIALIST);
    assertThat(PostingParser.roleOf(Optional.empty(), "x".repeat(280) + " recovery coach")).isEqualTo(Role.RECOVERY_COACH);
    assertThat(PostingParser.roleOf(Optional.empty(), "")).isEqualTo(Role.PEER_SUPPORT_SPECIALIST);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Compensation           | COMPENSATION",
      "Salary and Benefits    | COMPENSATION",
      "Pay rate               | COMPENSATION",
      "What We Offer          | COMPENSATION",
      "Schedule               | SCHEDULE",
      "Hours of Work          | SCHEDULE",
      "Working Conditions     | SCHEDULE",
      "On Call                | SCHEDULE",
      "Supervision            | SUPERVISION",
      "Reports To             | SUPERVISION",
      "Training               | TRAINING",
      "Professional Development | TRAINING",
      "How We Support You     | TRAINING",
      "Orientation            | TRAINING",
      "Qualifications         | QUALIFICATIONS",
      "Minimum Requirements   | QUALIFICATIONS",
      "Preferred Skills       | QUALIFICATIONS",
      "Education              | QUALIFICATIONS",
      "Who You Are            | QUALIFICATIONS",
      "Certification          | QUALIFICATIONS",
      "Duties                 | DUTIES",
      "Essential Functions    | DUTIES",
      "Key Responsibilities   | DUTIES",
      "What You'll Do         | DUTIES",
      "Day to Day             | DUTIES",
      "In This Role           | DUTIES",
      "What the Peer Specialist Does | DUTIES",
      "Summary                | SUMMARY",
      "About Us               | SUMMARY",
      "Position Overview      | SUMMARY",
      "Our Mission            | SUMMARY",
      "The Position           | SUMMARY",
      "How to Apply           | OTHER",
      "Equal Opportunity Employer | OTHER",
      "What the peer specialist does NOT do | EXCLUDED_DUTIES",
      "Duties not included    | EXCLUDED_DUTIES",
      "This role does not include | EXCLUDED_DUTIES",
      "Tasks outside the scope of the role | EXCLUDED_DUTIES",
      "What you won't be asked to do | EXCLUDED_DUTIES",
      "Never expected         | EXCLUDED_DUTIES",
      "Not sure yet           | null",
      "Fun Facts              | null",
      "---                    | null"})
  void theSectionAHeadingNames(String heading, SectionKind kind) {
    assertThat(PostingParser.Layout.kindOf(heading)).isEqualTo(kind);
  }

  private List<String> duties(String text) {
    return parser.parse(text).getJobDescription().getDuties().stream().map(Duty::getText).toList();
  }

  @Test
  void listMarkersAreStrippedAndOtherLineStartsKept() {
    String text = "Duties:\n"
        + "- dash item\n* star item\n+ plus item\n> quote item\n\u2013 en dash item\n\u2014 em dash item\no letter o item\n"
        + "\u2022 bullet item\n\u25AA square item\n\u2713 check item\n\uF0B7 symbol font item\n"
        + "1. number item\n12) paren number item\n(3) enclosed number item\na. letter item\nb) letter paren item\n"
        + "iv. roman item\n(ii) enclosed roman item\n## heading hash\n";
    assertThat(duties(text)).containsExactly("dash item", "star item", "plus item", "quote item", "en dash item", "em dash item",
        "letter o item", "bullet item", "square item", "check item", "symbol font item", "number item", "paren number item",
        "enclosed number item", "letter item", "letter paren item", "roman item", "enclosed roman item");
  }

  @Test
  void lineStartsThatAreNotMarkers() {
    String text = "Duties:\n-5 degrees is cold outside.\n1.5 hours a week of group work.\n1234. Too many digits to be a number.\n"
        + "#hashtag without a space.\nomit the letter o.\n(a item without its close.\n";
    assertThat(duties(text)).as("running text in a duties section is split into sentences").containsExactly(
        "-5 degrees is cold outside.", "1.5 hours a week of group work.", "1234.", "Too many digits to be a number.", "#hashtag without a space.", "omit the letter o.", "(a item without its close.");
  }

  private List<String> headings(String text) {
    return parser.parse(text).getSections().stream().map(s -> s.getKind() + ":" + s.getHeading().orElse("")).toList();
  }

  @Test
  void whichLinesAreHeadings() {
    assertThat(headings("Intro line.\nDuties:\n- a\n")).containsExactly("SUMMARY:", "DUTIES:Duties");
    assertThat(headings("Intro line.\nRESPONSIBILITIES\n- a\n")).containsExactly("SUMMARY:", "DUTIES:RESPONSIBILITIES");
    assertThat(headings("Intro line.\n## Duties\n- a\n")).containsExactly("SUMMARY:", "DUTIES:Duties");
    assertThat(headings("Intro line.\n1. Duties:\n- a\n")).containsExactly("SUMMARY:", "DUTIES:Duties");
    assertThat(headings("Intro line.\nII. RESPONSIBILITIES\n- a\n")).containsExactly("SUMMARY:", "DUTIES:RESPONSIBILITIES");
    assertThat(headings("Intro line.\nEssential Functions\n- a\n")).containsExactly("SUMMARY:", "DUTIES:Essential Functions");
    assertThat(headings("Intro line.\nResponsibilities -\n- a\n")).containsExactly("SUMMARY:", "DUTIES:Responsibilities");
    assertThat(headings("Intro line.\nSupervision: weekly, by a peer supervisor\n")).containsExactly("SUMMARY:", "SUPERVISION:Supervision");
    assertThat(headings("Intro line.\nFAQ\n- a\n")).as("a short line in capitals").containsExactly("SUMMARY:", "OTHER:FAQ");
    assertThat(headings("Intro line.\nThings we like:\n- a\n")).as("a line ending with a colon").containsExactly("SUMMARY:", "OTHER:Things we like");
    // not headings
    assertThat(headings("Intro line.\n1. Provide support to members.\n")).containsExactly("SUMMARY:");
    assertThat(headings("Intro line.\n- Duties:\n")).as("a bullet is an item").containsExactly("SUMMARY:");
    assertThat(headings("Intro line.\nDuties include many things and this line goes on. It is a sentence.\n")).containsExactly("SUMMARY:");
    assertThat(headings("Intro line.\n" + "Responsibilities ".repeat(8) + "\n")).as("too long for a heading").containsExactly("SUMMARY:");
    assertThat(headings("Intro line.\nTHE TEAM MEETS EVERY DAY AT NINE IN THE MORNING\n")).as("capitals, but nine words")
        .containsExactly("SUMMARY:");
    assertThat(headings("Intro line.\n1. A VERY LONG NUMBERED LINE OF WORDS IN CAPITALS\n")).containsExactly("SUMMARY:");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "We are a peer-run recovery community organization for people in recovery from substance use. | PEER_LED_SUBSTANCE_USE_RECOVERY",
      "We are a peer-run wellness center.                                                         | PEER_LED_MENTAL_HEALTH_WELLNESS",
      "We are a community mental health center.                                                   | AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER",
      "We are a busy hospital.                                                                    | null"})
  void theAgencyASummaryDescribes(String summary, AgencyType type) {
    JobDescription jd = parser.parse("Peer Support Specialist\n\n" + summary + "\n\nDuties:\n- Offer peer support\n").getJobDescription();
    assertThat(jd.getAgencyType()).isEqualTo(Optional.ofNullable(type));
  }

  @Test
  void agencyCuesOutsideTheSummaryDoNotCount() {
    JobDescription jd = parser.parse("Peer Support Specialist\n\nDuties:\n- Refer members to the peer-run wellness center\n")
        .getJobDescription();
    assertThat(jd.getAgencyType()).isEmpty();
  }

  @Test
  void anOverLongStatementIsCutAtASpaceIntoPiecesTheModelAllows() {
    String word = "support ";
    String longItem = word.repeat(2_600).strip(); // 20,799 characters, spaces every 8
    List<Duty> duties = parser.parse("Duties:\n- " + longItem + "\n").getJobDescription().getDuties();
    assertThat(duties).extracting(d -> d.getText().length()).containsExactly(9_999, 9_999, 799);
    assertThat(duties).allSatisfy(d -> assertThat(d.getText()).startsWith("support").endsWith("support"));
    assertThat(String.join(" ", duties.stream().map(Duty::getText).toList())).isEqualTo(longItem);
    // no space in the last half of the window: cut at the limit
    String noSpaces = "x".repeat(25_000);
    List<Duty> cut = parser.parse("Duties:\n- " + noSpaces + "\n").getJobDescription().getDuties();
    assertThat(cut).extracting(d -> d.getText().length()).containsExactly(10_000, 10_000, 5_000);
    // a surrogate pair is never split
    String pairs = "\uD83D\uDE00".repeat(6_000);
    List<Duty> emoji = parser.parse("Duties:\n- " + pairs + "\n").getJobDescription().getDuties();
    assertThat(emoji).allSatisfy(d -> assertThat(Character.isLowSurrogate(d.getText().charAt(0))).isFalse());
    assertThat(String.join("", emoji.stream().map(Duty::getText).toList())).isEqualTo(pairs);
    // exactly at the limit: one duty
    assertThat(parser.parse("Duties:\n- " + "y".repeat(10_000) + "\n").getJobDescription().getDuties()).hasSize(1);
  }

  private Optional<String> title(String text) {
    return parser.parse(text).getJobDescription().getTitle();
  }

  @Test
  void theTitle() {
    assertThat(title("Posted today.\nJob Title: Family Peer Advocate\n")).contains("Family Peer Advocate");
    assertThat(title("Posted today.\nPosition: Recovery Coach (part time)\n")).as("a role word after a title key")
        .contains("Recovery Coach (part time)");
    assertThat(title("Posted today.\nPosition: Full time, days\n")).as("no role word and no 'title' in the key").isEmpty();
    assertThat(title("Posted today.\nTitle: Anything at all\n")).contains("Anything at all");
    assertThat(title("Posted today.\nJob Title:\n")).as("an empty value").isEmpty();
    assertThat(title("Posted today.\nJob Title: " + "Peer ".repeat(50) + "\n")).as("too long a value").isEmpty();
    assertThat(title("- Job Title: Peer Advocate\n")).as("a list item is not a title line").isEmpty();
    // otherwise a short first line
    assertThat(title("\n\nPeer Support Specialist\nWe are hiring.\n")).contains("Peer Support Specialist");
    assertThat(title("# Peer Support Specialist\nWe are hiring.\n")).contains("Peer Support Specialist");
    assertThat(title("We are hiring a peer.\nMore text.\n")).as("a sentence").isEmpty();
    assertThat(title("Responsibilities\n- Support people\n")).as("a heading").isEmpty();
    assertThat(title("Peer Specialist: community team\nText.\n")).as("a key and value").isEmpty();
    assertThat(title("Join us as\nmore text\n")).contains("Join us as");
    assertThat(title("Join us as:\nmore text\n")).isEmpty();
    assertThat(title("word ".repeat(13) + "\nmore\n")).as("thirteen words").isEmpty();
    assertThat(title("word ".repeat(12) + "\nmore\n")).contains(("word ".repeat(12)).strip());
    assertThat(title("x".repeat(101) + "\nmore\n")).as("over 100 characters").isEmpty();
    assertThat(title("")).isEmpty();
  }

  @Test
  void wrappedLinesJoinTheItemAbove() {
    assertThat(duties("Duties:\n- Offer support to people\n  who ask for it\n- Run groups\n"))
        .containsExactly("Offer support to people\n  who ask for it", "Run groups");
    assertThat(duties("Duties:\n- Offer support to people\nwho ask for it\n- Run groups\n")).as("a lower-case start continues")
        .containsExactly("Offer support to people\nwho ask for it", "Run groups");
    assertThat(duties("Duties:\n- Offer support to people\nWho asks?\n- Run groups\n")).as("a capital at the margin does not")
        .containsExactly("Offer support to people", "Who asks?", "Run groups");
    assertThat(duties("Duties:\n- Offer support to people\n\n  who ask for it\n")).as("not after a blank line")
        .containsExactly("Offer support to people", "who ask for it");
  }
}
