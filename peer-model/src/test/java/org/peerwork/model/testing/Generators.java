package org.peerwork.model.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.activity.ActivityCodeCatalog;
import org.peerwork.model.activity.CodeEntry;
import org.peerwork.model.activity.CodeSystem;
import org.peerwork.model.assignment.DebriefRecord;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.hiring.DesiredTrait;
import org.peerwork.model.hiring.HiringInvolvement;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.InterviewQuestion;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.hiring.Interviewer;
import org.peerwork.model.hiring.PositionKind;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.hiring.RedFlag;
import org.peerwork.model.incident.IncidentReview;
import org.peerwork.model.incident.ReviewOutcome;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.Coverage;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.job.Qualifications;
import org.peerwork.model.job.ScheduleTerms;
import org.peerwork.model.job.SupervisionTerms;
import org.peerwork.model.organization.Agency;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.organization.Governance;
import org.peerwork.model.organization.Team;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.role.CredentialCatalog;
import org.peerwork.model.role.CredentialStatus;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.Role;
import org.peerwork.model.role.RoleProfile;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.supervision.SupervisorTrait;
import org.peerwork.model.text.TextSpan;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingOffering;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.model.workplace.Challenge;
import org.peerwork.model.workplace.WorkFromHome;
import org.peerwork.model.workplace.WorkplacePolicy;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every peerwork value and document type, shared with peer-rules'
 * tests through peer-model's test-jar.
 *
 * <p>Every generated value is valid under the model's Bean Validation constraints (non-blank ids,
 * time windows that end after they start, wages of zero or more, hours of at most 168 a week...),
 * yet the generators lean on the edges: empty lists and sets, every enum constant, peer and non-peer
 * roles, Unicode text (accents, CJK, emoji, right-to-left scripts, combining marks, control
 * characters), the longest text a field allows, zero and huge caseloads, zero and huge wages with
 * any scale. They never generate a lone surrogate: such a string is not text.
 *
 * <p>Method names are stable: other modules' tests call them.
 */
public final class Generators {

  private Generators() {}

  // ---------------------------------------------------------------- building blocks

  /** Unicode fragments that break naive text handling. */
  private static final List<String> UNICODE_FRAGMENTS = List.of(
      "café", "naïve résumé", "Ñandú", "Łódź", "straße", "ﬁle", "İstanbul",
      "日本語のテキスト", "同伴支持", "한국어", "支持者",
      "🎣", "🐈", "👩🏽‍⚕️", "🏳️‍🌈", "😀😀",
      "مرحبا بالعالم", "שלום", "\u202Eabc\u202C", "\u200F",
      "e\u0301", "a\u0308\u0304", "Z\u0351\u0362\u0336",
      "\u0000", "\t", "\n", "\r\n", "\u00A0", "\u3000", "\u2028", "\uFEFF",
      "\"quoted\"", "back\\slash", "</script>", "{\"a\":1}", "$.x[0]", "'single'", "%s %n {0}");

  /** Plain duty-like phrases. */
  private static final List<String> PHRASES = List.of(
      "Share lived experience of recovery to inspire hope",
      "Go fishing with a lonely service user",
      "Complete emergency room clinical assessments",
      "Feed the service user's cat",
      "Facilitate peer support groups",
      "Drive members to appointments",
      "Does not diagnose or provide therapy",
      "Link people to mutual-aid groups",
      "Monitor medication adherence",
      "Answer the warmline");

  private static final int[][] CODE_POINT_RANGES = {
      {0x20, 0x7E}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x590, 0x6FF},
      {0x900, 0x97F}, {0x3040, 0x30FF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0x1F300, 0x1F64F},
      {0x1F900, 0x1F9FF}, {0x10000, 0x1007F}, {0x1, 0x1F}};

  private static Gen<Integer> codePoints() {
    return rs -> {
      int[] r = CODE_POINT_RANGES[Generate.range(0, CODE_POINT_RANGES.length - 1).generate(rs)];
      return Generate.range(r[0], r[1]).generate(rs);
    };
  }

  /** Random Unicode text of {@code min}..{@code max} code points; no lone surrogates. */
  private static Gen<String> randomText(int min, int max) {
    return rs -> {
      int n = Generate.range(min, max).generate(rs);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.appendCodePoint(codePoints().generate(rs));
      }
      return b.toString();
    };
  }

  /** A mix of phrases and Unicode fragments, joined by spaces. */
  private static Gen<String> mixedText(int maxParts) {
    Gen<String> part = Generate.oneOf(Generate.pick(PHRASES), Generate.pick(UNICODE_FRAGMENTS), randomText(1, 12));
    return lists().of(part).ofSizeBetween(1, maxParts).map(parts -> String.join(" ", parts));
  }

  /** Cuts {@code s} to at most {@code max} UTF-16 units without splitting a surrogate pair. */
  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Exactly {@code length} UTF-16 units of mixed text, the longest a field allows. */
  private static Gen<String> textOfLength(int length) {
    return rs -> {
      StringBuilder b = new StringBuilder(length + 16);
      b.append('x');
      while (b.length() < length) {
        b.append(' ').append(Generate.oneOf(Generate.pick(PHRASES), Generate.pick(UNICODE_FRAGMENTS)).generate(rs));
      }
      String s = cut(b.toString(), length);
      while (s.length() < length) {
        s = s + "y";
      }
      return s;
    };
  }

  /**
   * Free text of at most {@code max} UTF-16 units: empty, whitespace, Unicode fragments, phrases,
   * random code points, or exactly {@code max} units.
   */
  public static Gen<String> texts(int max) {
    return Generate.frequency(
        Pair.of(1, Generate.constant("")),
        Pair.of(1, Generate.pick(List.of(" ", "\t\n", "\u3000"))),
        Pair.of(6, mixedText(6).map(s -> cut(s, max))),
        Pair.of(3, randomText(0, 40).map(s -> cut(s, max))),
        Pair.of(1, textOfLength(max)));
  }

  /** Text with at least one visible character, of at most {@code max} UTF-16 units. */
  public static Gen<String> nonBlankTexts(int max) {
    return texts(max - 1).map(s -> cut("·" + s, max)).map(s -> s.isBlank() ? "x" : s);
  }

  /** Free text up to 2,000 units, the limit of an activity's text. */
  public static Gen<String> texts() {
    return texts(2000);
  }

  /**
   * Opaque ids: never blank, at most 200 characters; mostly short ASCII ({@code s-17}), sometimes
   * Unicode, sometimes exactly 200 characters.
   */
  public static Gen<String> ids() {
    return Generate.frequency(
        Pair.of(8, Generate.pick(List.of("s", "t", "jd", "hp", "sa", "tp", "wp", "ir", "ag", "team", "x"))
            .zip(Generate.range(0, 99_999), (p, n) -> p + "-" + n)),
        Pair.of(2, Generate.pick(List.of("ü", "职员", "😀", "א", "e\u0301", "ID"))
            .zip(Generate.range(0, 999), (p, n) -> p + "-" + n)),
        Pair.of(1, Generate.pick(List.of("0", "-", "a b", " padded ", "\"q\"", "a/b", "[id=1]"))),
        Pair.of(1, Generate.range(0, 9).map(n -> "i" + n + "z".repeat(198))));
  }

  /** Ids as one prefix followed by a number: {@code prefix-42}. */
  public static Gen<String> ids(String prefix) {
    return Generate.range(0, 99_999).map(n -> prefix + "-" + n);
  }

  /** Every constant of an enum, uniformly. */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return Generate.enumValues(type);
  }

  /** Subsets of an enum: often empty or full, otherwise each constant in or out at random. */
  public static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type) {
    Gen<Set<E>> random = rs -> {
      EnumSet<E> s = EnumSet.noneOf(type);
      for (E e : type.getEnumConstants()) {
        if (booleans().all().generate(rs)) {
          s.add(e);
        }
      }
      return s;
    };
    return Generate.frequency(
        Pair.of(1, Generate.constant(() -> EnumSet.noneOf(type))),
        Pair.of(1, Generate.constant(() -> EnumSet.allOf(type))),
        Pair.of(4, random));
  }

  private static <T> Gen<List<T>> listsOf(Gen<T> item, int max) {
    return Generate.frequency(
        Pair.of(1, Generate.constant(List::of)),
        Pair.of(4, lists().of(item).ofSizeBetween(1, max)));
  }

  private static <T> Gen<Optional<T>> optionals(Gen<T> item) {
    return item.toOptionals(30);
  }

  /** Dates from 1900 to 2199. */
  public static Gen<LocalDate> dates() {
    return Generate.range(0, 300 * 366).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
  }

  /** Date-times from 1900 to 2199, sometimes on the minute, sometimes with seconds and nanoseconds. */
  public static Gen<LocalDateTime> dateTimes() {
    Gen<LocalTime> times = Generate.oneOf(
        Generate.range(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)),
        Generate.longRange(0, 86_400L * 1_000_000_000L - 1).map(LocalTime::ofNanoOfDay));
    return dates().zip(times, LocalDateTime::of);
  }

  /** Times of day on the minute or to the nanosecond, including midnight and the last nanosecond. */
  public static Gen<LocalTime> times() {
    return Generate.oneOf(
        Generate.range(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)),
        Generate.longRange(0, 86_400L * 1_000_000_000L - 1).map(LocalTime::ofNanoOfDay),
        Generate.pick(List.of(LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.NOON)));
  }

  /** Non-negative money amounts: 0, cents, large, any scale. */
  public static Gen<BigDecimal> wages() {
    return Generate.frequency(
        Pair.of(1, Generate.pick(List.of(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("0E+3"),
            new BigDecimal("7.25"), new BigDecimal("15"), new BigDecimal("1E+3"),
            new BigDecimal("99999999999999999999999999999.99"), new BigDecimal("0.000000000000000000001")))),
        Pair.of(4, Generate.range(0, 20_000).zip(Generate.range(0, 4), (c, scale) -> BigDecimal.valueOf(c, scale))),
        Pair.of(1, Generate.longRange(0, Long.MAX_VALUE).map(n -> BigDecimal.valueOf(n))));
  }

  /** Counts that must be zero or more: 0, 1, typical, and up to {@link Integer#MAX_VALUE}. */
  public static Gen<Integer> counts() {
    return Generate.frequency(
        Pair.of(1, Generate.pick(List.of(0, 1, Integer.MAX_VALUE))),
        Pair.of(4, Generate.range(0, 200)),
        Pair.of(1, Generate.range(0, Integer.MAX_VALUE)));
  }

  /** Counts that must be one or more. */
  public static Gen<Integer> positiveCounts() {
    return counts().map(n -> n == 0 ? 1 : n);
  }

  /** Weekly hours: above zero, at most 168, including the extremes. */
  public static Gen<Double> weeklyHours() {
    return Generate.oneOf(
        Generate.pick(List.of(Double.MIN_VALUE, 0.5, 1.0, 20.0, 37.5, 40.0, 60.0, 167.99, 168.0)),
        Generate.range(1, 16_800).map(n -> n / 100.0));
  }

  // ---------------------------------------------------------------- evidence and vocabularies

  /** Citations: known source ids with study locators, and arbitrary non-blank ids and locators. */
  public static Gen<Citation> citations() {
    Gen<String> sourceIds = Generate.oneOf(
        Generate.pick(new ArrayList<>(SourceCatalog.standard().all().stream().map(s -> s.getId()).toList())),
        nonBlankTexts(40));
    return sourceIds.zip(nonBlankTexts(200), Citation::of);
  }

  /** Every role, peer and non-peer. */
  public static Gen<Role> roles() {
    return enums(Role.class);
  }

  /** Peer roles only. */
  public static Gen<Role> peerRoles() {
    return Generate.pick(Arrays.stream(Role.values()).filter(Role::isPeer).toList());
  }

  /** Clinical and other non-peer roles. */
  public static Gen<Role> nonPeerRoles() {
    return Generate.pick(Arrays.stream(Role.values()).filter(r -> !r.isPeer()).toList());
  }

  /** Role profiles: each role with its NUCC code or another valid one, and either norm set. */
  public static Gen<RoleProfile> roleProfiles() {
    Gen<Optional<String>> codes = optionals(Generate.pick(List.of("175T00000X", "172V00000X", "171M00000X", "101YA0400X", "101Y00000X", "000000000X")));
    return rs -> RoleProfile.builder()
        .role(roles().generate(rs))
        .nuccCode(codes.generate(rs))
        .normSet(enums(NormSet.class).generate(rs))
        .build();
  }

  /** Held credentials: catalog codes (CRSW, CPS, LICSW...) and unknown codes, every status. */
  public static Gen<HeldCredential> heldCredentials() {
    Gen<String> codes = Generate.oneOf(
        Generate.pick(new ArrayList<>(CredentialCatalog.standard().all().stream().map(c -> c.getCode()).toList())),
        nonBlankTexts(20));
    return codes.zip(enums(CredentialStatus.class), HeldCredential::of);
  }

  // ---------------------------------------------------------------- activities

  /** Activity codes: the bundled catalog's codes and arbitrary codes of every system, at most 64 characters. */
  public static Gen<ActivityCode> activityCodes() {
    List<ActivityCode> known = ActivityCodeCatalog.standard().all().stream().map(CodeEntry::getCode).toList();
    return Generate.oneOf(
        Generate.pick(new ArrayList<>(known)),
        Generate.pick(List.of("H0038", "90791", "90792", "H0031", "H0032", "90837", "T1016")).zip(enums(CodeSystem.class), (c, s) -> ActivityCode.of(s, c)),
        enums(CodeSystem.class).zip(nonBlankTexts(64), ActivityCode::of));
  }

  /** Activities of every category, with zero or more codes and optional Unicode text. */
  public static Gen<Activity> activities() {
    return activities(enums(ActivityCategory.class));
  }

  /** Activities of the given categories. */
  public static Gen<Activity> activities(Gen<ActivityCategory> categories) {
    Gen<List<ActivityCode>> codes = listsOf(activityCodes(), 3);
    Gen<Optional<String>> text = optionals(texts(2000));
    return rs -> Activity.builder()
        .category(categories.generate(rs))
        .codes(codes.generate(rs))
        .text(text.generate(rs))
        .build();
  }

  // ---------------------------------------------------------------- staff

  /** Time windows that always end after they start: from one nanosecond to 30 days. */
  public static Gen<TimeWindow> timeWindows() {
    Gen<Duration> lengths = Generate.oneOf(
        Generate.pick(List.of(Duration.ofNanos(1), Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(30))),
        Generate.range(1, 24 * 60).map(m -> Duration.ofMinutes(m)),
        Generate.longRange(1, Duration.ofDays(30).toNanos()).map(Duration::ofNanos));
    return dateTimes().zip(lengths, TimeWindow::starting);
  }

  /** Working schedules: any set of working days (none, all, weekdays), a day that ends after it starts. */
  public static Gen<WorkingSchedule> workingSchedules() {
    return rs -> {
      LocalTime a = times().generate(rs);
      LocalTime b = times().generate(rs);
      if (a.equals(b)) {
        b = a.equals(LocalTime.MAX) ? LocalTime.MIDNIGHT : LocalTime.MAX;
      }
      LocalTime start = a.isBefore(b) ? a : b;
      LocalTime end = a.isBefore(b) ? b : a;
      return WorkingSchedule.builder()
          .workingDays(enumSets(DayOfWeek.class).generate(rs))
          .start(start)
          .end(end)
          .build();
    };
  }

  /** Supervisor references: peer or clinical, trained in the peer role or not. */
  public static Gen<SupervisorRef> supervisorRefs() {
    return rs -> SupervisorRef.builder()
        .staffId(ids().generate(rs))
        .kind(enums(SupervisorKind.class).generate(rs))
        .peerRoleTrained(booleans().all().generate(rs))
        .build();
  }

  /** Staff members of every role, with credentials, trainings, supervisor, schedule and sometimes a job description. */
  public static Gen<StaffMember> staffMembers() {
    return staffMembers(roles());
  }

  /** Staff members in peer roles. */
  public static Gen<StaffMember> peerStaffMembers() {
    return staffMembers(peerRoles());
  }

  /** Staff members in the given roles. */
  public static Gen<StaffMember> staffMembers(Gen<Role> roles) {
    Gen<List<HeldCredential>> credentials = listsOf(heldCredentials(), 3);
    Gen<Optional<SupervisorRef>> supervisors = optionals(supervisorRefs());
    Gen<Optional<WorkingSchedule>> schedules = optionals(workingSchedules());
    Gen<Optional<JobDescription>> jobs = jobDescriptions().toOptionals(80);
    return rs -> StaffMember.builder()
        .id(ids().generate(rs))
        .role(roles.generate(rs))
        .credentials(credentials.generate(rs))
        .completedTrainings(enumSets(TrainingTopic.class).generate(rs))
        .supervisor(supervisors.generate(rs))
        .schedule(schedules.generate(rs))
        .jobDescription(jobs.generate(rs))
        .build();
  }

  // ---------------------------------------------------------------- organization

  /** Teams of every kind, with zero or more member ids and sometimes the number of people served. */
  public static Gen<Team> teams() {
    Gen<List<String>> members = listsOf(ids(), 6);
    Gen<Optional<String>> names = optionals(texts(200));
    Gen<Optional<Integer>> served = optionals(counts());
    return rs -> Team.builder()
        .id(ids().generate(rs))
        .name(names.generate(rs))
        .kind(enums(TeamKind.class).generate(rs))
        .memberIds(members.generate(rs))
        .peopleServed(served.generate(rs))
        .build();
  }

  /** Agencies of the study's three types, sometimes with an unusual governance, with zero or more teams. */
  public static Gen<Agency> agencies() {
    Gen<List<Team>> teams = listsOf(teams(), 3);
    Gen<Optional<String>> names = optionals(texts(200));
    return rs -> Agency.builder()
        .id(ids().generate(rs))
        .name(names.generate(rs))
        .type(enums(AgencyType.class).generate(rs))
        .governance(enums(Governance.class).generate(rs))
        .integratedCare(booleans().all().generate(rs))
        .teams(teams.generate(rs))
        .build();
  }

  // ---------------------------------------------------------------- assignments

  /** Task assignments of every activity to every role, in every setting, with or without a window. */
  public static Gen<TaskAssignment> taskAssignments() {
    return taskAssignments(staffMembers(), activities());
  }

  /** Task assignments to the given assignees of the given activities. */
  public static Gen<TaskAssignment> taskAssignments(Gen<StaffMember> assignees, Gen<Activity> activities) {
    Gen<Optional<Role>> assigners = optionals(roles());
    Gen<Optional<TimeWindow>> windows = timeWindows().toOptionals(20);
    Gen<Optional<String>> refs = optionals(Generate.oneOf(ids(), texts(200)));
    return rs -> TaskAssignment.builder()
        .id(ids().generate(rs))
        .activity(activities.generate(rs))
        .assignee(assignees.generate(rs))
        .assignedBy(assigners.generate(rs))
        .setting(enums(Setting.class).generate(rs))
        .window(windows.generate(rs))
        .serviceUserRef(refs.generate(rs))
        .populations(enumSets(Population.class).generate(rs))
        .crisis(booleans().all().generate(rs))
        .build();
  }

  /** Debrief records. */
  public static Gen<DebriefRecord> debriefRecords() {
    return ids().zip(dateTimes(), DebriefRecord::of);
  }

  /** Rosters: a period that does not end before it starts, assignments with distinct ids, debriefs, maybe a team. */
  public static Gen<Roster> rosters() {
    Gen<List<TaskAssignment>> assignments = listsOf(taskAssignments(), 6);
    Gen<List<DebriefRecord>> debriefs = listsOf(debriefRecords(), 3);
    Gen<Optional<Team>> team = optionals(teams());
    return rs -> {
      LocalDate start = dates().generate(rs);
      LocalDate end = start.plusDays(Generate.range(0, 366).generate(rs));
      return Roster.builder()
          .id(ids().generate(rs))
          .team(team.generate(rs))
          .periodStart(start)
          .periodEnd(end)
          .assignments(distinctIds(assignments.generate(rs)))
          .debriefs(debriefs.generate(rs))
          .build();
    };
  }

  /** Gives assignments that share an id a fresh one, keeping order. */
  private static List<TaskAssignment> distinctIds(List<TaskAssignment> in) {
    Set<String> seen = new HashSet<>();
    List<TaskAssignment> out = new ArrayList<>(in.size());
    int n = 0;
    for (TaskAssignment a : in) {
      TaskAssignment b = a;
      while (!seen.add(b.getId())) {
        b = b.withId("dup-" + n++);
      }
      out.add(b);
    }
    return out;
  }

  // ---------------------------------------------------------------- job descriptions

  /** Text spans with 0 &lt;= start &lt;= end, including empty spans and huge offsets. */
  public static Gen<TextSpan> textSpans() {
    return rs -> {
      int a = counts().generate(rs);
      int b = counts().generate(rs);
      return TextSpan.of(Math.min(a, b), Math.max(a, b));
    };
  }

  /** Duties: non-blank Unicode text (up to 10,000 units), sometimes coded, sometimes with a span, sometimes excluded. */
  public static Gen<Duty> duties() {
    Gen<Optional<Activity>> activities = optionals(activities());
    Gen<Optional<TextSpan>> spans = optionals(textSpans());
    Gen<String> text = Generate.frequency(
        Pair.of(12, nonBlankTexts(300)),
        Pair.of(1, textOfLength(10_000)));
    return rs -> Duty.builder()
        .text(text.generate(rs))
        .activity(activities.generate(rs))
        .span(spans.generate(rs))
        .excluded(booleans().all().generate(rs))
        .build();
  }

  /** Qualifications of every certification policy, with and without a minimum recovery time. */
  public static Gen<Qualifications> qualifications() {
    Gen<Optional<Integer>> months = optionals(counts());
    Gen<Optional<String>> education = optionals(texts(500));
    return rs -> Qualifications.builder()
        .livedExperienceRequired(booleans().all().generate(rs))
        .certificationPolicy(enums(CertificationPolicy.class).generate(rs))
        .minimumRecoveryMonths(months.generate(rs))
        .readinessCriteria(enumSets(ReadinessIndicator.class).generate(rs))
        .education(education.generate(rs))
        .build();
  }

  /** Supervision terms of a job description. */
  public static Gen<SupervisionTerms> supervisionTerms() {
    Gen<Optional<SupervisionFrequency>> frequency = optionals(enums(SupervisionFrequency.class));
    Gen<Optional<Boolean>> trained = optionals(booleans().all());
    return rs -> SupervisionTerms.builder()
        .supervisorKind(enums(SupervisorKind.class).generate(rs))
        .frequency(frequency.generate(rs))
        .supervisorPeerRoleTrained(trained.generate(rs))
        .build();
  }

  /** Schedule and on-call terms. */
  public static Gen<ScheduleTerms> scheduleTerms() {
    Gen<Optional<Double>> hours = optionals(weeklyHours());
    return rs -> ScheduleTerms.builder()
        .weeklyHours(hours.generate(rs))
        .callsOnDaysOff(booleans().all().generate(rs))
        .alwaysOnCall(booleans().all().generate(rs))
        .workFromHome(enums(WorkFromHome.class).generate(rs))
        .build();
  }

  /** Coverage: caseloads from 0 to {@link Integer#MAX_VALUE}, whole-team coverage, peers on the team. */
  public static Gen<Coverage> coverages() {
    Gen<Optional<Integer>> caseload = optionals(counts());
    Gen<Optional<Integer>> peers = optionals(positiveCounts());
    Gen<Optional<Integer>> served = optionals(counts());
    return rs -> Coverage.builder()
        .caseload(caseload.generate(rs))
        .wholeTeam(booleans().all().generate(rs))
        .peersOnTeam(peers.generate(rs))
        .teamPeopleServed(served.generate(rs))
        .build();
  }

  /** Compensation: wages of zero or more, sometimes with a comparable role and its wage. */
  public static Gen<Compensation> compensations() {
    Gen<Optional<BigDecimal>> comparable = optionals(wages());
    Gen<Optional<Role>> role = optionals(roles());
    return rs -> Compensation.builder()
        .hourlyWage(wages().generate(rs))
        .comparableRoleWage(comparable.generate(rs))
        .comparableRole(role.generate(rs))
        .build();
  }

  /** Job descriptions for every role, with duties, qualifications, supervision, schedule, coverage, compensation and training. */
  public static Gen<JobDescription> jobDescriptions() {
    return jobDescriptions(roles());
  }

  /** Job descriptions for the given roles. */
  public static Gen<JobDescription> jobDescriptions(Gen<Role> roles) {
    Gen<Optional<String>> titles = optionals(texts(500));
    Gen<Optional<AgencyType>> agencyTypes = optionals(enums(AgencyType.class));
    Gen<Optional<String>> agencyIds = optionals(ids());
    Gen<List<Duty>> duties = listsOf(duties(), 6);
    Gen<Optional<Qualifications>> qualifications = optionals(qualifications());
    Gen<Optional<SupervisionTerms>> supervision = optionals(supervisionTerms());
    Gen<Optional<ScheduleTerms>> schedule = optionals(scheduleTerms());
    Gen<Optional<Coverage>> coverage = optionals(coverages());
    Gen<Optional<Compensation>> compensation = optionals(compensations());
    Gen<Optional<String>> sourceText = texts(3000).toOptionals(70);
    return rs -> JobDescription.builder()
        .id(ids().generate(rs))
        .title(titles.generate(rs))
        .role(roles.generate(rs))
        .agencyId(agencyIds.generate(rs))
        .agencyType(agencyTypes.generate(rs))
        .duties(duties.generate(rs))
        .qualifications(qualifications.generate(rs))
        .supervision(supervision.generate(rs))
        .schedule(schedule.generate(rs))
        .coverage(coverage.generate(rs))
        .compensation(compensation.generate(rs))
        .trainingOffered(enumSets(TrainingTopic.class).generate(rs))
        .selfCareSupport(booleans().all().generate(rs))
        .sourceText(sourceText.generate(rs))
        .build();
  }

  // ---------------------------------------------------------------- hiring

  /** Interview panel members, peer or not. */
  public static Gen<Interviewer> interviewers() {
    return ids().zip(booleans().all(), Interviewer::of);
  }

  /** Interview questions of every topic, asked by someone or not yet assigned. */
  public static Gen<InterviewQuestion> interviewQuestions() {
    Gen<Optional<String>> askedBy = optionals(ids());
    return rs -> InterviewQuestion.builder()
        .text(nonBlankTexts(2000).generate(rs))
        .topic(enums(InterviewTopic.class).generate(rs))
        .askedBy(askedBy.generate(rs))
        .build();
  }

  /** Hiring plans: every position kind and certification policy, panels and questions, peer involvement. */
  public static Gen<HiringPlan> hiringPlans() {
    Gen<Optional<AgencyType>> agencyTypes = optionals(enums(AgencyType.class));
    Gen<Optional<Integer>> months = optionals(counts());
    Gen<List<Interviewer>> panel = listsOf(interviewers(), 4);
    Gen<List<InterviewQuestion>> questions = listsOf(interviewQuestions(), 5);
    Gen<Optional<Double>> hours = optionals(weeklyHours());
    Gen<Optional<Integer>> caseload = optionals(counts());
    Gen<Optional<SupervisionFrequency>> supervision = optionals(enums(SupervisionFrequency.class));
    return rs -> HiringPlan.builder()
        .id(ids().generate(rs))
        .agencyType(agencyTypes.generate(rs))
        .role(roles().generate(rs))
        .positionKind(enums(PositionKind.class).generate(rs))
        .certificationPolicy(enums(CertificationPolicy.class).generate(rs))
        .minimumRecoveryMonths(months.generate(rs))
        .readinessCriteria(enumSets(ReadinessIndicator.class).generate(rs))
        .redFlagsExplored(enumSets(RedFlag.class).generate(rs))
        .desiredTraits(enumSets(DesiredTrait.class).generate(rs))
        .panel(panel.generate(rs))
        .questions(questions.generate(rs))
        .peerInvolvement(enumSets(HiringInvolvement.class).generate(rs))
        .weeklyHours(hours.generate(rs))
        .caseload(caseload.generate(rs))
        .onCall(booleans().all().generate(rs))
        .plannedSupervision(supervision.generate(rs))
        .build();
  }

  // ---------------------------------------------------------------- supervision, training, workplace, incidents

  /** Supervision arrangements: peer or clinical supervisors, every frequency, any set of traits. */
  public static Gen<SupervisionArrangement> supervisionArrangements() {
    Gen<Optional<String>> supervisor = optionals(ids());
    Gen<List<String>> supervisees = listsOf(ids(), 5);
    return rs -> SupervisionArrangement.builder()
        .id(ids().generate(rs))
        .supervisorId(supervisor.generate(rs))
        .supervisorKind(enums(SupervisorKind.class).generate(rs))
        .supervisorPeerRoleTrained(booleans().all().generate(rs))
        .superviseeIds(supervisees.generate(rs))
        .frequency(enums(SupervisionFrequency.class).generate(rs))
        .expectedTraits(enumSets(SupervisorTrait.class).generate(rs))
        .regularAccess(booleans().all().generate(rs))
        .debriefingAvailable(booleans().all().generate(rs))
        .build();
  }

  /** Training offerings: every topic, any audiences (none included), tailored or not. */
  public static Gen<TrainingOffering> trainingOfferings() {
    return rs -> TrainingOffering.builder()
        .topic(enums(TrainingTopic.class).generate(rs))
        .audiences(enumSets(TrainingAudience.class).generate(rs))
        .tailoredToPeers(booleans().all().generate(rs))
        .build();
  }

  /** Training plans. */
  public static Gen<TrainingPlan> trainingPlans() {
    Gen<List<TrainingOffering>> offerings = listsOf(trainingOfferings(), 6);
    return rs -> TrainingPlan.builder()
        .id(ids().generate(rs))
        .offerings(offerings.generate(rs))
        .populationsServed(enumSets(Population.class).generate(rs))
        .clinicalStaffWorkWithPeers(booleans().all().generate(rs))
        .peersWorkWithClinicians(booleans().all().generate(rs))
        .build();
  }

  /** Workplace policies: every work-from-home level, wages from 0 up, intensive-team coverage, challenges. */
  public static Gen<WorkplacePolicy> workplacePolicies() {
    Gen<Optional<BigDecimal>> wage = optionals(wages());
    Gen<Optional<BigDecimal>> comparable = optionals(wages());
    Gen<Optional<Integer>> peers = optionals(positiveCounts());
    Gen<Optional<Integer>> served = optionals(counts());
    return rs -> WorkplacePolicy.builder()
        .id(ids().generate(rs))
        .callsOnDaysOffExpected(booleans().all().generate(rs))
        .workFromHome(enums(WorkFromHome.class).generate(rs))
        .sendHomeForSelfCare(booleans().all().generate(rs))
        .peerCheckIns(booleans().all().generate(rs))
        .debriefingAvailable(booleans().all().generate(rs))
        .crisisWork(booleans().all().generate(rs))
        .peerHourlyWage(wage.generate(rs))
        .comparableRoleHourlyWage(comparable.generate(rs))
        .peersPerIntensiveTeam(peers.generate(rs))
        .peopleServedPerIntensiveTeam(served.generate(rs))
        .recordedChallenges(enumSets(Challenge.class).generate(rs))
        .build();
  }

  /** Incident reviews: any role, activity, applied norm set and outcome. */
  public static Gen<IncidentReview> incidentReviews() {
    Gen<Optional<Role>> reviewer = optionals(roles());
    return rs -> IncidentReview.builder()
        .id(ids().generate(rs))
        .staffId(ids().generate(rs))
        .staffRole(roles().generate(rs))
        .activity(activities().generate(rs))
        .appliedNormSet(enums(NormSet.class).generate(rs))
        .outcome(enums(ReviewOutcome.class).generate(rs))
        .reviewerRole(reviewer.generate(rs))
        .build();
  }

  // ---------------------------------------------------------------- all documents

  /**
   * The generator of each document type, in a stable order: TaskAssignment, Roster, JobDescription,
   * HiringPlan, SupervisionArrangement, TrainingPlan, WorkplacePolicy, IncidentReview, Agency.
   */
  public static Map<Class<? extends PeerDocument>, Gen<? extends PeerDocument>> documentGenerators() {
    Map<Class<? extends PeerDocument>, Gen<? extends PeerDocument>> m = new LinkedHashMap<>();
    m.put(TaskAssignment.class, taskAssignments());
    m.put(Roster.class, rosters());
    m.put(JobDescription.class, jobDescriptions());
    m.put(HiringPlan.class, hiringPlans());
    m.put(SupervisionArrangement.class, supervisionArrangements());
    m.put(TrainingPlan.class, trainingPlans());
    m.put(WorkplacePolicy.class, workplacePolicies());
    m.put(IncidentReview.class, incidentReviews());
    m.put(Agency.class, agencies());
    return m;
  }

  /** The generator of one document type. */
  @SuppressWarnings("unchecked")
  public static <T extends PeerDocument> Gen<T> documents(Class<T> type) {
    Gen<? extends PeerDocument> g = documentGenerators().get(type);
    if (g == null) {
      throw new IllegalArgumentException("no generator for " + type.getName());
    }
    return (Gen<T>) g;
  }

  /** Documents of every type. */
  public static Gen<PeerDocument> documents() {
    List<Gen<? extends PeerDocument>> all = new ArrayList<>(documentGenerators().values());
    Function<Integer, Gen<? extends PeerDocument>> byIndex = all::get;
    return rs -> byIndex.apply(Generate.range(0, all.size() - 1).generate(rs)).generate(rs);
  }
}
