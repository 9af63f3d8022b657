package org.peerwork.rules.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.job.Compensation;
import org.peerwork.model.job.Coverage;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.job.Qualifications;
import org.peerwork.model.job.ScheduleTerms;
import org.peerwork.model.job.SupervisionTerms;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.role.Role;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.text.TextSpan;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.model.workplace.WorkFromHome;

/**
 * Reads a plain-text job posting into a {@link JobDescription} the rules can check.
 *
 * <p>Postings are messy, so the parser is forgiving: lines end with {@code \n}, {@code \r\n} or
 * {@code \r}; list items start with bullets ({@code - * • ◦ ▪ ● ·}), numbers ({@code 1. 1) (1) a.})
 * or nothing; headings are lines in capitals, lines ending with a colon, Markdown {@code #} lines,
 * known heading words ("Responsibilities", "Qualifications"), or a known word before a colon with
 * the text after it ("Supervision: weekly, by a peer supervisor"). Sections are recognised from their
 * headings (summary, duties, a does-NOT-do list, qualifications, supervision, schedule, compensation,
 * training); the title is a "Job Title:" line or a short first line. Each list item of a duties
 * section is one duty; running text there is split into sentences. Duties under a heading such as
 * "What the peer specialist does NOT do" are marked excluded. A posting with no duties heading gives
 * the items and sentences of its other sections as duties.
 *
 * <p>Facts clearly stated are read too (see {@link PostingFact}): lived experience required or not,
 * certification, a minimum recovery time, readiness areas, education, supervision kind, frequency and
 * peer-role training, calls on days off, always on call, work from home, weekly hours, caseload or
 * one peer for a whole team, hourly wage (an annual salary counts as 2,080 hours) and the wage of a
 * comparable role, self-care support, and trainings offered. A fact the posting does not state stays
 * unstated. The role is read from the title; a title that names no role is read as a peer support
 * specialist's.
 *
 * <p>Every duty keeps its span in the original text, which becomes the job description's source
 * text. Never throws for a non-null text, whatever it holds; linear in its length. Text after the
 * first {@value #MAX_CHARS} characters is not read. Immutable and thread-safe.
 */
public final class PostingParser {

  /** The most characters of a posting the parser reads (the job description's source text limit). */
  public static final int MAX_CHARS = 1_000_000;
  /** The longest duty text the model allows; longer statements are cut into pieces. */
  static final int MAX_DUTY_CHARS = 10_000;
  /** Hours in a working year, to turn an annual salary into an hourly wage. */
  static final BigDecimal HOURS_PER_YEAR = BigDecimal.valueOf(2080);

  private static volatile PostingParser standard;

  private final DutyLexicon lexicon;

  private PostingParser(DutyLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The parser with the bundled lexicon. */
  public static PostingParser standard() {
    PostingParser s = standard;
    if (s == null) {
      synchronized (PostingParser.class) {
        s = standard;
        if (s == null) {
          s = new PostingParser(DutyLexicon.standard());
          standard = s;
        }
      }
    }
    return s;
  }

  /** A parser reading facts with this lexicon (for example one with an agency's phrases). */
  public static PostingParser of(DutyLexicon lexicon) {
    return new PostingParser(Objects.requireNonNull(lexicon, "lexicon"));
  }

  /**
   * A deterministic id for a posting: {@code posting-} and 16 hex digits of a 64-bit FNV-1a hash of
   * its characters (each UTF-16 unit taken as one symbol). The same text always gets the same id.
   */
  public static String deriveId(String text) {
    Objects.requireNonNull(text, "text");
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    String hex = Long.toHexString(h);
    return "posting-" + "0".repeat(16 - hex.length()) + hex;
  }

  /** Parses a posting, giving it the id {@link #deriveId(String)}. */
  public ParsedPosting parse(String text) {
    Objects.requireNonNull(text, "text");
    return parse(deriveId(text), text);
  }

  /**
   * Parses a posting under the given id.
   *
   * @throws IllegalArgumentException if the id is blank or longer than 200 characters
   */
  public ParsedPosting parse(String id, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank() || id.length() > 200) {
      throw new IllegalArgumentException("posting id must be 1 to 200 characters and not blank, was \""
          + (id.length() > 40 ? id.substring(0, 40) + "..." : id) + "\"");
    }
    String source = cap(text);
    PostingReading reading = readCapped(source);
    Layout layout = reading.layout;
    List<FactMention> facts = reading.facts();
    JobDescription.Builder jd = JobDescription.builder()
        .id(id)
        .sourceText(source)
        .role(roleOf(layout.title, source))
        .duties(duties(source, layout));
    layout.title.ifPresent(t -> jd.title(t.length() > 500 ? t.substring(0, 500) : t));
    agencyType(facts).ifPresent(jd::agencyType);
    Facts f = new Facts(source, layout, facts);
    jd.qualifications(f.qualifications());
    f.supervision().ifPresent(jd::supervision);
    f.schedule().ifPresent(jd::schedule);
    f.coverage().ifPresent(jd::coverage);
    f.compensation().ifPresent(jd::compensation);
    jd.trainingOffered(f.trainings());
    jd.selfCareSupport(f.selfCareSupport());
    return ParsedPosting.builder()
        .jobDescription(jd.build())
        .sections(layout.sections)
        .statements(layout.statementSpans())
        .facts(facts)
        .reading(reading)
        .build();
  }

  /** The statements (list items and sentences outside headings) of a text, in order. */
  public static List<TextSpan> statements(String text) {
    Objects.requireNonNull(text, "text");
    return Layout.of(cap(text)).statementSpans();
  }

  /** The fact cues of a text, in order, with their context. */
  public List<FactMention> facts(String text) {
    return read(text).facts();
  }

  /**
   * Reads a text without building a job description: its layout, fact cues and the classification
   * of every statement, in one pass over each statement. Text after the first {@value #MAX_CHARS}
   * characters is not read.
   */
  public PostingReading read(String text) {
    Objects.requireNonNull(text, "text");
    return readCapped(cap(text));
  }

  private PostingReading readCapped(String source) {
    Layout layout = Layout.of(source);
    List<FactMention> out = new ArrayList<>();
    Map<Long, DutyClassification> classifications = new HashMap<>();
    Analysis.Scratch scratch = new Analysis.Scratch();
    for (Statement st : layout.statements) {
      boolean excluded = st.section == SectionKind.EXCLUDED_DUTIES;
      Analysis a = Analysis.run(lexicon, source, st.start, st.end, excluded, Analysis.Mode.BOTH, scratch);
      NormalizedText nt = a.text();
      for (Analysis.Item it : a.items()) {
        if (it.fact == null) {
          continue;
        }
        int s = nt.originalStart(it.start);
        int e = nt.originalEnd(it.end - 1);
        FactMention.Builder b = FactMention.builder()
            .fact(it.fact.fact())
            .span(TextSpan.of(s, e))
            .quote(source.substring(s, e))
            .statement(TextSpan.of(st.start, st.end))
            .section(st.section)
            .context(DutyClassifier.flags(it));
        if (it.fact.argument() != null) {
          b.argument(it.fact.argument());
        }
        out.add(b.build());
      }
      classifications.put(PostingReading.key(st.start, st.end, excluded), DutyClassifier.classification(source, a));
    }
    return new PostingReading(source, lexicon, layout, out, classifications);
  }

  /**
   * The minimum time in recovery a statement asks for, in months ("two years of continuous sobriety"
   * gives 24), or empty when it states none. Work experience ("2 years of experience in recovery
   * services") does not count.
   */
  public static java.util.OptionalInt recoveryMonths(String statement) {
    Objects.requireNonNull(statement, "statement");
    String s = statement.substring(0, Math.min(statement.length(), Facts.REGEX_WINDOW)).toLowerCase(Locale.ROOT);
    Integer m = Facts.recoveryMonths(s);
    return m == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(m);
  }

  private static String cap(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  // ------------------------------------------------------------------ duties

  private static List<Duty> duties(String source, Layout layout) {
    boolean anyDutySection = false;
    for (PostingSection s : layout.sections) {
      if (s.getKind() == SectionKind.DUTIES || s.getKind() == SectionKind.EXCLUDED_DUTIES) {
        anyDutySection = true;
        break;
      }
    }
    List<Duty> out = new ArrayList<>();
    for (Statement st : layout.statements) {
      SectionKind k = st.section;
      boolean take = anyDutySection
          ? k == SectionKind.DUTIES || k == SectionKind.EXCLUDED_DUTIES
          : k == SectionKind.SUMMARY || k == SectionKind.OTHER;
      if (!take) {
        continue;
      }
      addDuty(out, source, st.start, st.end, k == SectionKind.EXCLUDED_DUTIES);
    }
    return out;
  }

  private static void addDuty(List<Duty> out, String source, int start, int end, boolean excluded) {
    while (end - start > MAX_DUTY_CHARS) {
      int cut = start + MAX_DUTY_CHARS;
      int space = cut;
      while (space > start + MAX_DUTY_CHARS / 2 && !Character.isWhitespace(source.charAt(space - 1))) {
        space--;
      }
      if (space > start + MAX_DUTY_CHARS / 2) {
        cut = space;
      }
      if (Character.isLowSurrogate(source.charAt(cut)) && cut > start + 1) {
        cut--;
      }
      addOne(out, source, start, cut, excluded);
      start = cut;
      while (start < end && Layout.isBlankChar(source.charAt(start))) {
        start++;
      }
    }
    addOne(out, source, start, end, excluded);
  }

  private static void addOne(List<Duty> out, String source, int start, int end, boolean excluded) {
    while (end > start && Layout.isBlankChar(source.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return;
    }
    String text = source.substring(start, end);
    if (text.isBlank()) {
      return;
    }
    out.add(Duty.builder().text(text).span(TextSpan.of(start, end)).excluded(excluded).build());
  }

  // ------------------------------------------------------------------ role and agency

  private static final Pattern NURSE_TITLE = Pattern.compile("\\b(rn|lpn)\\b");

  /** The role a title names; a peer support specialist when it names none. */
  static Role roleOf(Optional<String> title, String source) {
    String t = title.map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
    if (t.isEmpty()) {
      int end = Math.min(source.length(), 300);
      t = source.substring(0, end).toLowerCase(Locale.ROOT);
    }
    t = t.replace('-', ' ');
    if (t.contains("peer supervisor") || t.contains("peer support supervisor") || t.contains("supervisor of peer")
        || t.contains("peer services supervisor") || t.contains("peer specialist supervisor")) {
      return Role.PEER_SUPERVISOR;
    }
    if (t.contains("recovery coach")) {
      return Role.RECOVERY_COACH;
    }
    if (t.contains("recovery support worker") || t.contains("crsw")) {
      return Role.RECOVERY_SUPPORT_WORKER;
    }
    if (t.contains("peer") || t.contains("recovery specialist") || t.contains("recovery support specialist")
        || t.contains("lived experience")) {
      return Role.PEER_SUPPORT_SPECIALIST;
    }
    if (title.isEmpty()) {
      return Role.PEER_SUPPORT_SPECIALIST;
    }
    if (t.contains("case manager") || t.contains("care coordinator")) {
      return Role.CASE_MANAGER;
    }
    if (t.contains("community health worker")) {
      return Role.COMMUNITY_HEALTH_WORKER;
    }
    if (t.contains("clinical supervisor")) {
      return Role.CLINICAL_SUPERVISOR;
    }
    if (t.contains("psychiatrist") || t.contains("nurse practitioner") || t.contains("prescriber")) {
      return Role.PRESCRIBER;
    }
    if (t.contains("nurse") || NURSE_TITLE.matcher(t).find()) {
      return Role.NURSE;
    }
    if (t.contains("addiction counselor") || t.contains("substance abuse counselor") || t.contains("substance use counselor")
        || t.contains("ladc") || t.contains("drug and alcohol counselor")) {
      return Role.ADDICTION_COUNSELOR;
    }
    if (t.contains("therapist") || t.contains("clinician") || t.contains("counselor") || t.contains("counsellor")
        || t.contains("social worker") || t.contains("psychologist")) {
      return Role.CLINICIAN;
    }
    return Role.PEER_SUPPORT_SPECIALIST;
  }

  private static Optional<AgencyType> agencyType(List<FactMention> facts) {
    boolean peerRun = false;
    boolean substanceUse = false;
    boolean cmhc = false;
    for (FactMention m : facts) {
      if (m.getSection() == SectionKind.SUMMARY || m.getSection() == SectionKind.OTHER) {
        peerRun |= m.getFact() == PostingFact.AGENCY_PEER_RUN && m.isAffirmed();
        substanceUse |= m.getFact() == PostingFact.AGENCY_SUBSTANCE_USE;
        cmhc |= m.getFact() == PostingFact.AGENCY_COMMUNITY_MENTAL_HEALTH_CENTER && m.isAffirmed();
      }
    }
    if (peerRun) {
      return Optional.of(substanceUse ? AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY : AgencyType.PEER_LED_MENTAL_HEALTH_WELLNESS);
    }
    return cmhc ? Optional.of(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER) : Optional.empty();
  }

  // ------------------------------------------------------------------ facts

  /** Turns fact mentions and numbers into the structured parts of a job description. */
  static final class Facts {
    private static final String NUM = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty[- ]four|a|an)";
    private static final String UNIT = "(years?|yrs?|months?|mos?)";
    private static final String CUE = "(recovery|sobriety|sober|abstinen\\w*|abstain\\w*|clean|remission|substance[- ]free|drug[- ]free|alcohol[- ]free)";
    private static final Pattern TIME_BEFORE_CUE = Pattern.compile(
        "\\b" + NUM + "\\s*(?:\\(\\d{1,3}\\)\\s*)?\\+?\\s*(?:full\\s+|consecutive\\s+|continuous\\s+)?" + UNIT + "\\b((?:[\\s,]+[\\w'-]+){0,5}?)[\\s,]+(?:of\\s+|in\\s+)?" + CUE + "\\b");
    private static final Pattern CUE_BEFORE_TIME = Pattern.compile(
        "\\b" + CUE + "\\b((?:[\\s,]+[\\w'-]+){0,4}?)[\\s,]+" + NUM + "\\s*(?:\\(\\d{1,3}\\)\\s*)?\\+?\\s*" + UNIT + "\\b");
    private static final Pattern MONEY = Pattern.compile("\\$\\s?(\\d{1,3}(?:,\\d{3})+|\\d{1,7})(\\.\\d{1,2})?");
    private static final Pattern MONEY_RANGE_END = Pattern.compile("^\\s*(?:-|\u2013|\u2014|to)\\s*\\$?\\s?(\\d{1,3}(?:,\\d{3})+|\\d{1,7})(\\.\\d{1,2})?");
    private static final Pattern HOURLY = Pattern.compile("^[\\s\\d.,$\u2013\u2014-]*(?:to\\s+[\\s\\d.,$]*)?(?:/|per|an|a|each)?\\s*(?:hour|hr|hourly|h)\\b");
    private static final Pattern YEARLY = Pattern.compile("^[\\s\\d.,$\u2013\u2014-]*(?:to\\s+[\\s\\d.,$]*)?(?:/|per|a|an|each)?\\s*(?:year|yr|annual|annually|annum)\\b");
    private static final Pattern CASELOAD_OF = Pattern.compile(
        "case\\s?load(?:\\s+size)?\\s*(?:of|:|is|will be|averaging|averages|around|approximately)?\\s*(?:up to|approximately|about|around|roughly|an average of|average of|no more than|at least|over|more than|between)?\\s*(\\d{1,4})(?:\\s*(?:-|\u2013|to|and)\\s*(\\d{1,4}))?");
    private static final Pattern N_ON_CASELOAD = Pattern.compile(
        "(\\d{1,4})(?:\\s*(?:-|\u2013|to)\\s*(\\d{1,4}))?\\s*\\+?\\s*(?:clients|participants|individuals|members|consumers|people|patients|persons|youth|families|adults)\\s+(?:on|in)\\s+(?:a|the|their|your|his|her|each)\\s+case\\s?load");
    private static final Pattern TEAM_SERVES = Pattern.compile(
        "team(?:\\s+that|\\s+which)?\\s+(?:serves|serving|of|covering|covers|with|supporting|supports)\\s+(?:approximately\\s+|about\\s+|around\\s+|over\\s+|more than\\s+|up to\\s+|nearly\\s+|roughly\\s+)?(\\d{1,5})\\s*\\+?\\s*(?:clients|participants|individuals|people|members|consumers|patients|adults|youth|families|persons)");
    private static final Pattern SERVED_BY_TEAM = Pattern.compile(
        "(\\d{1,5})\\s*\\+?\\s*(?:clients|participants|individuals|people|members|consumers|patients|adults|persons)\\s+(?:served\\s+by|on|enrolled\\s+(?:in|on)|assigned\\s+to)\\s+(?:the|a|an|each|this|our)\\s+(?:[\\w-]+\\s+){0,2}team");
    private static final Pattern WEEKLY_HOURS = Pattern.compile(
        "(\\d{1,3}(?:\\.\\d)?)(?:\\s*(?:-|\u2013|to)\\s*(\\d{1,3}(?:\\.\\d)?))?\\s*(?:hours|hrs|hour|hr)\\s*(?:per|a|/|each|every)\\s*(?:week|wk)");
    private static final Pattern TIME_HOURS = Pattern.compile("(?:full|part)[- ]time\\s*\\(\\s*(\\d{1,3})\\s*(?:hours|hrs)");
    static final int REGEX_WINDOW = 2_000;

    private final String source;
    private final Layout layout;
    private final List<FactMention> facts;
    private final java.util.Map<Integer, List<FactMention>> byStatement = new java.util.HashMap<>();

    Facts(String source, Layout layout, List<FactMention> facts) {
      this.source = source;
      this.layout = layout;
      this.facts = facts;
      for (FactMention m : facts) {
        byStatement.computeIfAbsent(m.getStatement().getStart(), k -> new ArrayList<>(2)).add(m);
      }
    }

    private boolean statementHas(Statement st, PostingFact fact) {
      for (FactMention m : mentionsIn(st)) {
        if (m.getFact() == fact && m.isAffirmed()) {
          return true;
        }
      }
      return false;
    }

    private List<FactMention> mentionsIn(Statement st) {
      return byStatement.getOrDefault(st.start, List.of());
    }

    private String lower(Statement st) {
      if (st.lower == null) {
        st.lower = source.substring(st.start, Math.min(st.end, st.start + REGEX_WINDOW)).toLowerCase(Locale.ROOT);
      }
      return st.lower;
    }

    Qualifications qualifications() {
      boolean livedRequired = false;
      boolean livedDenied = false;
      boolean certRequired = false;
      boolean certInProgress = false;
      boolean certPreferred = false;
      Set<ReadinessIndicator> readiness = EnumSet.noneOf(ReadinessIndicator.class);
      Integer months = null;
      String education = null;
      for (Statement st : layout.statements) {
        List<FactMention> ms = mentionsIn(st);
        if (ms.isEmpty()) {
          continue;
        }
        boolean required = statementHas(st, PostingFact.REQUIRED) || (st.section == SectionKind.QUALIFICATIONS && !st.preferredSection);
        boolean preferred = statementHas(st, PostingFact.PREFERRED) || st.preferredSection;
        for (FactMention m : ms) {
          switch (m.getFact()) {
            case LIVED_EXPERIENCE -> {
              if (!m.isAffirmed()) {
                livedDenied = true;
              } else if (required && !preferred && st.section != SectionKind.DUTIES) {
                livedRequired = true;
              }
            }
            case CERTIFICATION -> {
              if (!m.isAffirmed()) {
                continue;
              }
              if (statementHas(st, PostingFact.CERTIFICATION_IN_PROGRESS)) {
                certInProgress = true;
              } else if (preferred) {
                certPreferred = true;
              } else if (required) {
                certRequired = true;
              }
            }
            case READINESS_FAR_ENOUGH -> addIf(readiness, m, ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY);
            case READINESS_PERSONAL_RESOURCES -> addIf(readiness, m, ReadinessIndicator.PERSONAL_RESOURCES);
            case READINESS_COMFORT -> addIf(readiness, m, ReadinessIndicator.COMFORT_WITH_PEOPLE_IN_RECOVERY);
            case READINESS_EXPECTATIONS -> addIf(readiness, m, ReadinessIndicator.REALISTIC_EXPECTATIONS);
            case READINESS_OWN_RECOVERY -> addIf(readiness, m, ReadinessIndicator.OWN_RECOVERY_PRACTICE);
            case RECOVERY_TIME -> {
              if (months == null && m.isAffirmed()) {
                months = recoveryMonths(lower(st));
              }
            }
            case EDUCATION -> {
              if (education == null && m.isAffirmed() && st.section != SectionKind.DUTIES) {
                String text = source.substring(st.start, st.end).strip();
                education = text.length() > 500 ? text.substring(0, 500) : text;
              }
            }
            default -> {
              // other facts are read elsewhere
            }
          }
        }
      }
      String title = layout.title.orElse("").toLowerCase(Locale.ROOT);
      if (title.contains("certified")) {
        certRequired = true;
      }
      CertificationPolicy policy = certInProgress ? CertificationPolicy.CERTIFIED_OR_IN_PROGRESS
          : certRequired ? CertificationPolicy.CERTIFIED_REQUIRED
          : !certPreferred && months != null ? CertificationPolicy.RECOVERY_TIME_ONLY
          : CertificationPolicy.NOT_REQUIRED;
      Qualifications.Builder q = Qualifications.builder()
          .livedExperienceRequired(livedRequired && !livedDenied)
          .certificationPolicy(policy)
          .readinessCriteria(readiness);
      if (months != null) {
        q.minimumRecoveryMonths(months);
      }
      if (education != null && !education.isBlank()) {
        q.education(education);
      }
      return q.build();
    }

    private static <E extends Enum<E>> void addIf(Set<E> set, FactMention m, E value) {
      if (m.isAffirmed()) {
        set.add(value);
      }
    }

    /** The months of recovery a statement asks for, or null. */
    static Integer recoveryMonths(String s) {
      if (!(s.contains("year") || s.contains("month") || s.contains("yr") || s.contains("mo"))) {
        return null;
      }
      Matcher m = TIME_BEFORE_CUE.matcher(s);
      while (m.find()) {
        String between = m.group(3) == null ? "" : m.group(3);
        if (between.contains("experience") || between.contains("work") || between.contains("employ")) {
          continue;
        }
        Integer v = months(m.group(1), m.group(2));
        if (v != null) {
          return v;
        }
      }
      m = CUE_BEFORE_TIME.matcher(s);
      while (m.find()) {
        Integer v = months(m.group(3), m.group(4));
        if (v != null) {
          return v;
        }
      }
      return null;
    }

    private static Integer months(String number, String unit) {
      int n = switch (number.replace('-', ' ')) {
        case "a", "an", "one" -> 1;
        case "two" -> 2;
        case "three" -> 3;
        case "four" -> 4;
        case "five" -> 5;
        case "six" -> 6;
        case "seven" -> 7;
        case "eight" -> 8;
        case "nine" -> 9;
        case "ten" -> 10;
        case "eleven" -> 11;
        case "twelve" -> 12;
        case "eighteen" -> 18;
        case "twenty four" -> 24;
        default -> {
          try {
            yield Integer.parseInt(number);
          } catch (NumberFormatException e) {
            yield -1;
          }
        }
      };
      if (n < 0) {
        return null;
      }
      return unit.startsWith("y") ? n * 12 : n;
    }

    Optional<SupervisionTerms> supervision() {
      boolean peer = false;
      boolean clinical = false;
      Boolean trained = null;
      SupervisionFrequency frequency = null;
      for (Statement st : layout.statements) {
        if (!statementHas(st, PostingFact.SUPERVISION) && st.section != SectionKind.SUPERVISION) {
          continue;
        }
        for (FactMention m : mentionsIn(st)) {
          switch (m.getFact()) {
            case SUPERVISOR_PEER -> peer |= m.isAffirmed();
            case SUPERVISOR_CLINICAL -> clinical |= m.isAffirmed();
            case SUPERVISOR_PEER_TRAINED -> trained = trained == Boolean.TRUE ? Boolean.TRUE : m.isAffirmed();
            case SUPERVISION_WEEKLY -> frequency = more(frequency, m, SupervisionFrequency.WEEKLY);
            case SUPERVISION_TWICE_MONTHLY -> frequency = more(frequency, m, SupervisionFrequency.TWICE_MONTHLY);
            case SUPERVISION_MONTHLY -> frequency = more(frequency, m, SupervisionFrequency.MONTHLY);
            case SUPERVISION_QUARTERLY -> frequency = more(frequency, m, SupervisionFrequency.QUARTERLY);
            case SUPERVISION_AS_NEEDED -> frequency = more(frequency, m, SupervisionFrequency.AS_NEEDED);
            default -> {
              // not about supervision
            }
          }
        }
      }
      if (!peer && !clinical) {
        return Optional.empty();
      }
      SupervisionTerms.Builder b = SupervisionTerms.builder().supervisorKind(peer ? SupervisorKind.PEER : SupervisorKind.CLINICAL);
      if (frequency != null) {
        b.frequency(frequency);
      }
      if (trained != null) {
        b.supervisorPeerRoleTrained(trained);
      }
      return Optional.of(b.build());
    }

    private static SupervisionFrequency more(SupervisionFrequency current, FactMention m, SupervisionFrequency f) {
      if (!m.isAffirmed()) {
        return current;
      }
      return current == null || f.sessionsPerMonth() > current.sessionsPerMonth() ? f : current;
    }

    Optional<ScheduleTerms> schedule() {
      boolean daysOff = false;
      boolean onCall = false;
      WorkFromHome wfh = WorkFromHome.NONE;
      Double hours = null;
      boolean any = false;
      for (Statement st : layout.statements) {
        if (st.section == SectionKind.SCHEDULE) {
          any = true;
        }
        for (FactMention m : mentionsIn(st)) {
          if (!m.isAffirmed()) {
            continue;
          }
          switch (m.getFact()) {
            case CALLS_ON_DAYS_OFF -> daysOff = true;
            case ALWAYS_ON_CALL -> onCall = true;
            case WORK_FROM_HOME -> wfh = wfh == WorkFromHome.UNLIMITED ? wfh : WorkFromHome.LIMITED;
            case WORK_FROM_HOME_UNLIMITED -> wfh = WorkFromHome.UNLIMITED;
            default -> {
              // not about the schedule
            }
          }
        }
        if (hours == null) {
          hours = weeklyHours(lower(st));
        }
      }
      any |= daysOff || onCall || wfh != WorkFromHome.NONE || hours != null;
      if (!any) {
        return Optional.empty();
      }
      ScheduleTerms.Builder b = ScheduleTerms.builder().callsOnDaysOff(daysOff).alwaysOnCall(onCall).workFromHome(wfh);
      if (hours != null) {
        b.weeklyHours(hours);
      }
      return Optional.of(b.build());
    }

    private static Double weeklyHours(String s) {
      if (!(s.contains("hour") || s.contains("hr"))) {
        return null;
      }
      Matcher m = WEEKLY_HOURS.matcher(s);
      Double best = null;
      if (m.find()) {
        best = parseHours(m.group(2) != null ? m.group(2) : m.group(1));
      } else {
        Matcher t = TIME_HOURS.matcher(s);
        if (t.find()) {
          best = parseHours(t.group(1));
        }
      }
      return best;
    }

    private static Double parseHours(String v) {
      try {
        double d = Double.parseDouble(v);
        return d > 0 && d <= 168 ? d : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }

    Optional<Coverage> coverage() {
      Integer caseload = null;
      Integer teamPeople = null;
      boolean wholeTeam = false;
      boolean onePeer = false;
      for (Statement st : layout.statements) {
        List<FactMention> ms = mentionsIn(st);
        boolean caseloadCue = false;
        for (FactMention m : ms) {
          if (!m.isAffirmed()) {
            continue;
          }
          if (m.getFact() == PostingFact.WHOLE_TEAM) {
            wholeTeam = true;
            String q = m.getQuote().toLowerCase(Locale.ROOT);
            onePeer |= q.contains("only") || q.contains("sole") || q.contains("single") || q.contains("one");
          } else if (m.getFact() == PostingFact.CASELOAD) {
            caseloadCue = true;
          }
        }
        String s = lower(st);
        if (caseloadCue && caseload == null) {
          caseload = firstNumber(s, CASELOAD_OF, N_ON_CASELOAD);
        }
        if (teamPeople == null && s.contains("team") && hasDigit(s)) {
          teamPeople = firstNumber(s, TEAM_SERVES, SERVED_BY_TEAM);
        }
      }
      if (caseload == null && !wholeTeam) {
        return Optional.empty();
      }
      Coverage.Builder b = Coverage.builder().wholeTeam(wholeTeam);
      if (caseload != null) {
        b.caseload(caseload);
      }
      if (wholeTeam && onePeer) {
        b.peersOnTeam(1);
      }
      if (wholeTeam && teamPeople != null) {
        b.teamPeopleServed(teamPeople);
      }
      return Optional.of(b.build());
    }

    private static boolean hasDollar(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        if (s.charAt(i) == '$') {
          return true;
        }
      }
      return false;
    }

    private static boolean hasDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          return true;
        }
      }
      return false;
    }

    /** The larger number of the first range matched by either pattern. */
    private static Integer firstNumber(String s, Pattern a, Pattern b) {
      for (Pattern p : new Pattern[] {a, b}) {
        Matcher m = p.matcher(s);
        if (m.find()) {
          try {
            int lo = Integer.parseInt(m.group(1));
            int hi = m.groupCount() >= 2 && m.group(2) != null ? Integer.parseInt(m.group(2)) : lo;
            return Math.max(lo, hi);
          } catch (NumberFormatException e) {
            return null;
          }
        }
      }
      return null;
    }

    Optional<Compensation> compensation() {
      BigDecimal own = null;
      BigDecimal comparable = null;
      Role comparableRole = null;
      for (Statement st : layout.statements) {
        if (!hasDollar(source, st.start, st.end)) {
          continue;
        }
        String s = lower(st);
        List<BigDecimal> amounts = hourlyAmounts(s);
        if (amounts.isEmpty()) {
          continue;
        }
        Role other = comparableRole(s);
        boolean compares = other != null || s.contains("comparable") || s.contains("compared") || s.contains("similar roles")
            || s.contains("similar positions") || s.contains("other positions");
        if (compares && amounts.size() >= 2) {
          if (own == null) {
            own = amounts.get(0);
          }
          if (comparable == null) {
            comparable = amounts.get(amounts.size() - 1);
            comparableRole = other;
          }
        } else if (compares && !mentionsOwnPay(s)) {
          if (comparable == null) {
            comparable = amounts.get(0);
            comparableRole = other;
          }
        } else if (own == null) {
          own = amounts.get(0);
        }
      }
      if (own == null) {
        return Optional.empty();
      }
      Compensation.Builder b = Compensation.builder().hourlyWage(own);
      if (comparable != null) {
        b.comparableRoleWage(comparable);
      }
      if (comparableRole != null) {
        b.comparableRole(comparableRole);
      }
      return Optional.of(b.build());
    }

    private static boolean mentionsOwnPay(String s) {
      return s.contains("this position") || s.contains("this role") || s.contains("starting") || s.contains("you will earn")
          || s.contains("peer specialists earn") || s.contains("peers earn") || s.contains("pay range") || s.contains("pay:")
          || s.contains("wage:") || s.contains("salary:") || s.contains("compensation:");
    }

    private static Role comparableRole(String s) {
      if (s.contains("case manager") || s.contains("care coordinator")) {
        return Role.CASE_MANAGER;
      }
      if (s.contains("community health worker")) {
        return Role.COMMUNITY_HEALTH_WORKER;
      }
      if (s.contains("nurse")) {
        return Role.NURSE;
      }
      if (s.contains("clinician") || s.contains("therapist") || s.contains("counselor") || s.contains("social worker")) {
        return Role.CLINICIAN;
      }
      return null;
    }

    /** The hourly amounts of a statement: the lower end of a range; annual salaries over 2,080 hours. */
    static List<BigDecimal> hourlyAmounts(String s) {
      List<BigDecimal> out = new ArrayList<>();
      Matcher m = MONEY.matcher(s);
      while (m.find()) {
        BigDecimal v;
        try {
          v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        } catch (NumberFormatException e) {
          continue;
        }
        int end = m.end();
        String after = s.substring(end, Math.min(s.length(), end + 40));
        Matcher range = MONEY_RANGE_END.matcher(after);
        boolean isRange = range.find();
        String unitText = isRange ? after.substring(range.end()) : after;
        if (isRange) {
          m.region(end + range.end(), s.length()); // the range's upper end is not an amount of its own
        }
        boolean hourly = HOURLY.matcher(unitText).find() || HOURLY.matcher(after).find();
        boolean yearly = YEARLY.matcher(unitText).find() || YEARLY.matcher(after).find();
        if (yearly || (!hourly && v.compareTo(BigDecimal.valueOf(10_000)) >= 0)) {
          out.add(v.divide(HOURS_PER_YEAR, 2, RoundingMode.HALF_UP));
        } else if (hourly || v.compareTo(BigDecimal.valueOf(200)) < 0) {
          out.add(v.setScale(2, RoundingMode.HALF_UP));
        }
      }
      return out;
    }

    Set<TrainingTopic> trainings() {
      Set<TrainingTopic> out = EnumSet.noneOf(TrainingTopic.class);
      for (Statement st : layout.statements) {
        boolean trainingStatement = st.section == SectionKind.TRAINING || trainingCue(lower(st));
        if (!trainingStatement) {
          continue;
        }
        for (FactMention m : mentionsIn(st)) {
          if (m.getFact() == PostingFact.TRAINING_OFFERED && m.isAffirmed() && m.getArgument().isPresent()) {
            out.add(TrainingTopic.valueOf(m.getArgument().get())); // the lexicon allows only topic names here
          }
        }
      }
      return out;
    }

    private static boolean trainingCue(String s) {
      return s.contains("training") || s.contains("trained") || s.contains("orientation") || s.contains("workshop")
          || s.contains("course") || s.contains("curriculum") || s.contains("professional development") || s.contains("ceu")
          || s.contains("continuing education") || s.contains("we provide") || s.contains("we offer");
    }

    boolean selfCareSupport() {
      for (FactMention m : facts) {
        if (m.getFact() == PostingFact.SELF_CARE_SUPPORT && m.isAffirmed() && m.getSection() != SectionKind.QUALIFICATIONS) {
          return true;
        }
      }
      return false;
    }
  }

  // ------------------------------------------------------------------ layout

  /** One statement: a list item or a sentence, and the section it is in. */
  static final class Statement {
    final int start;
    final int end;
    final SectionKind section;
    final boolean item;
    final boolean preferredSection;
    /** The statement in lower case, made when first needed. */
    String lower;

    Statement(int start, int end, SectionKind section, boolean item, boolean preferredSection) {
      this.start = start;
      this.end = end;
      this.section = section;
      this.item = item;
      this.preferredSection = preferredSection;
    }
  }

  /** Lines, headings, sections and statements of a posting. */
  static final class Layout {
    Optional<String> title = Optional.empty();
    final List<PostingSection> sections = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();

    List<TextSpan> statementSpans() {
      List<TextSpan> out = new ArrayList<>(statements.size());
      for (Statement s : statements) {
        out.add(TextSpan.of(s.start, s.end));
      }
      return out;
    }

    static boolean isBlankChar(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B' || c == '\u200C'
          || c == '\u200D' || c == '\u2060' || c == '\u00AD' || c < 0x20 || c == 0x7F;
    }

    private enum Marker { NONE, BULLET, NUMBER, HASH }

    /** One physical line. */
    private static final class Line {
      int start;
      int end;
      int cStart;
      int cEnd;
      int indent;
      Marker marker = Marker.NONE;

      boolean blank() {
        return cEnd <= cStart;
      }
    }

    static Layout of(String s) {
      Layout layout = new Layout();
      List<Line> lines = lines(s);
      // the title: a "Job Title:" line, or a short first line
      int firstContent = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).blank()) {
          firstContent = i;
          break;
        }
      }
      int titleLine = -1;
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (l.blank() || l.marker != Marker.NONE) {
          continue;
        }
        int colon = inlineColon(s, l);
        String k = colon > 0 ? key(s, l.cStart, colon) : "";
        if (colon > 0 && TITLE_KEYS.contains(k)) {
          int vs = skipBlank(s, colon + 1, l.cEnd);
          String value = s.substring(vs, l.cEnd).toLowerCase(Locale.ROOT);
          boolean named = k.contains("title") || ROLE_WORDS.stream().anyMatch(value::contains);
          if (vs < l.cEnd && l.cEnd - vs <= 200 && named) {
            layout.title = Optional.of(s.substring(vs, l.cEnd).strip());
            titleLine = i;
            break;
          }
        }
      }
      if (titleLine < 0 && firstContent >= 0) {
        Line l = lines.get(firstContent);
        String c = s.substring(l.cStart, l.cEnd);
        int words = words(c);
        if ((l.marker == Marker.NONE || l.marker == Marker.HASH) && c.length() <= 100 && words >= 1 && words <= 12
            && !c.endsWith(".") && !c.endsWith(":") && kindOf(c) == null && inlineColon(s, l) < 0) {
          layout.title = Optional.of(c.strip());
          titleLine = firstContent;
        }
      }
      // sections and statements
      SectionKind kind = SectionKind.SUMMARY;
      boolean preferred = false;
      String heading = null;
      TextSpan headingSpan = null;
      int bodyStart = 0;
      Statement lastItem = null;
      int lastItemIndent = -1;
      int lastLine = -2;
      int firstStatement = 0;
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (l.blank()) {
          continue;
        }
        if (i == titleLine) {
          bodyStart = l.end;
          lastItem = null;
          continue;
        }
        Heading h = heading(s, l);
        if (h != null) {
          layout.close(kind, heading, headingSpan, bodyStart, l.start, layout.statements.size() > firstStatement);
          firstStatement = layout.statements.size();
          kind = h.kind;
          preferred = h.preferred;
          heading = h.text;
          headingSpan = TextSpan.of(h.start, h.end);
          bodyStart = h.bodyStart < 0 ? l.end : h.bodyStart;
          lastItem = null;
          if (h.bodyStart >= 0 && h.bodyStart < l.cEnd) {
            layout.sentences(s, h.bodyStart, l.cEnd, kind, preferred);
          }
          lastLine = i;
          continue;
        }
        boolean continuation = lastItem != null && lastLine == i - 1 && l.marker == Marker.NONE
            && (l.indent > lastItemIndent || Character.isLowerCase(s.charAt(l.cStart)));
        if (continuation) {
          Statement merged = new Statement(lastItem.start, l.cEnd, lastItem.section, true, lastItem.preferredSection);
          layout.statements.set(layout.statements.size() - 1, merged);
          lastItem = merged;
          lastLine = i;
          continue;
        }
        if (l.marker == Marker.BULLET || l.marker == Marker.NUMBER) {
          if (kind == SectionKind.DUTIES || kind == SectionKind.EXCLUDED_DUTIES) {
            lastItem = new Statement(l.cStart, l.cEnd, kind, true, preferred);
            layout.statements.add(lastItem);
            lastItemIndent = l.indent;
          } else {
            layout.sentences(s, l.cStart, l.cEnd, kind, preferred);
            lastItem = null;
          }
        } else {
          layout.sentences(s, l.cStart, l.cEnd, kind, preferred);
          lastItem = null;
        }
        lastLine = i;
      }
      layout.close(kind, heading, headingSpan, bodyStart, s.length(), layout.statements.size() > firstStatement);
      return layout;
    }

    private void close(SectionKind kind, String heading, TextSpan headingSpan, int bodyStart, int end, boolean anyStatement) {
      if (heading == null && (end <= bodyStart || !anyStatement)) {
        return;
      }
      PostingSection.Builder b = PostingSection.builder().kind(kind).span(TextSpan.of(Math.min(bodyStart, end), end));
      if (heading != null) {
        b.heading(heading).headingSpan(headingSpan);
      }
      sections.add(b.build());
    }

    /** Splits {@code s[from, to)} into sentences at . ! ? ; and inline bullets, and adds them. */
    private void sentences(String s, int from, int to, SectionKind kind, boolean preferred) {
      int start = skipBlank(s, from, to);
      int i = start;
      while (i < to) {
        char c = s.charAt(i);
        boolean boundary = false;
        int next = i + 1;
        if (c == '.' || c == '!' || c == '?' || c == ';') {
          boundary = (next >= to || isBlankChar(s.charAt(next))) && !(c == '.' && abbreviation(s, start, i, next, to));
        } else if ((c == '\u2022' || c == '\u25CF' || c == '\u25AA') && i > start) {
          boundary = true;
          addStatement(s, start, i, kind, preferred);
          start = skipBlank(s, next, to);
          i = start;
          continue;
        }
        if (boundary) {
          addStatement(s, start, next, kind, preferred);
          start = skipBlank(s, next, to);
          i = start;
          continue;
        }
        i++;
      }
      addStatement(s, start, to, kind, preferred);
    }

    private void addStatement(String s, int start, int end, SectionKind kind, boolean preferred) {
      while (end > start && isBlankChar(s.charAt(end - 1))) {
        end--;
      }
      start = skipBlank(s, start, end);
      if (end <= start) {
        return;
      }
      boolean letters = false;
      for (int k = start; k < end && !letters; k++) {
        letters = Character.isLetterOrDigit(s.charAt(k));
      }
      if (letters) {
        statements.add(new Statement(start, end, kind, false, preferred));
      }
    }

    /** A full stop after an abbreviation or before a lower-case word does not end a sentence. */
    private static boolean abbreviation(String s, int start, int dot, int next, int to) {
      int j = dot - 1;
      while (j >= start && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '.')) {
        j--;
      }
      String word = s.substring(j + 1, dot).toLowerCase(Locale.ROOT);
      if (word.length() == 1 || word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word)) {
        return true;
      }
      int k = skipBlank(s, next, to);
      return k < to && Character.isLowerCase(s.charAt(k));
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
        "eg", "ie", "etc", "vs", "dr", "mr", "mrs", "ms", "st", "no", "incl", "approx", "esp", "dept", "min", "max", "hr", "hrs",
        "wk", "mo", "jr", "sr", "inc", "co", "corp", "ltd", "ave", "rd", "apt");

    private static List<Line> lines(String s) {
      List<Line> out = new ArrayList<>();
      int n = s.length();
      int start = 0;
      for (int i = 0; i <= n; i++) {
        char c = i < n ? s.charAt(i) : '\n';
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || i == n) {
          out.add(line(s, start, i));
          if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      return out;
    }

    private static Line line(String s, int start, int end) {
      Line l = new Line();
      l.start = start;
      l.end = end;
      int i = start;
      while (i < end && isBlankChar(s.charAt(i))) {
        l.indent += s.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      int e = end;
      while (e > i && isBlankChar(s.charAt(e - 1))) {
        e--;
      }
      l.cStart = i;
      l.cEnd = e;
      if (i >= e) {
        return l;
      }
      int after = marker(s, i, e, l);
      l.cStart = skipBlank(s, after, e);
      if (l.cStart >= e) {
        // a bare marker: no content
        l.cEnd = l.cStart;
      }
      return l;
    }

    /** Reads a list or heading marker at {@code i}; returns where the content starts. */
    private static int marker(String s, int i, int e, Line l) {
      char c = s.charAt(i);
      boolean spaceAfter = i + 1 < e && isBlankChar(s.charAt(i + 1));
      switch (c) {
        case '-', '*', '+', '>', '\u2013', '\u2014', 'o' -> {
          if (spaceAfter) {
            l.marker = Marker.BULLET;
            return i + 1;
          }
          return i;
        }
        case '#' -> {
          int j = i;
          while (j < e && s.charAt(j) == '#') {
            j++;
          }
          if (j < e && isBlankChar(s.charAt(j))) {
            l.marker = Marker.HASH;
            return j;
          }
          return i;
        }
        case '\u2022', '\u25E6', '\u25AA', '\u25AB', '\u25CF', '\u25CB', '\u25A0', '\u25A1', '\u00B7', '\u2023', '\u2043',
            '\u2219', '\u2713', '\u2714', '\u27A2', '\u27A4', '\u25BA', '\u25B8', '\u2192', '\u2610', '\u2611', '\u2756',
            '\u25C6', '\u2666', '\uF0B7', '\uF0A7' -> {
          l.marker = Marker.BULLET;
          return i + 1;
        }
        default -> {
          // numbers and letters below
        }
      }
      int j = i;
      boolean paren = c == '(';
      if (paren) {
        j++;
      }
      int digits = 0;
      while (j < e && digits < 3 && Character.isDigit(s.charAt(j))) {
        j++;
        digits++;
      }
      if (digits == 0 && j < e && Character.isLetter(s.charAt(j))) {
        int k = j;
        while (k < e && k - j < 4 && "ivxIVX".indexOf(s.charAt(k)) >= 0) {
          k++;
        }
        j = k > j ? k : j + 1;
        digits = -1;
      }
      if (digits != 0 && j < e) {
        char d = s.charAt(j);
        boolean close = paren ? d == ')' : (d == '.' || d == ')');
        if (close && j + 1 < e && isBlankChar(s.charAt(j + 1))) {
          l.marker = Marker.NUMBER;
          return j + 1;
        }
      }
      return i;
    }

    private static int skipBlank(String s, int from, int to) {
      int i = from;
      while (i < to && isBlankChar(s.charAt(i))) {
        i++;
      }
      return i;
    }

    private static int words(String c) {
      int n = 0;
      boolean in = false;
      for (int i = 0; i < c.length(); i++) {
        boolean w = Character.isLetterOrDigit(c.charAt(i));
        if (w && !in) {
          n++;
        }
        in = w;
      }
      return n;
    }

    /** A heading found on a line. */
    private record Heading(SectionKind kind, String text, int start, int end, int bodyStart, boolean preferred) {}

    private static Heading heading(String s, Line l) {
      if (l.marker == Marker.BULLET) {
        return null;
      }
      if (l.marker == Marker.NONE && l.cEnd - l.cStart > 100 && inlineColon(s, l) < 0) {
        return null; // too long for a heading, and no "Key:" at its start
      }
      String c = s.substring(l.cStart, l.cEnd);
      if (l.marker == Marker.NUMBER) {
        // "1. Duties:" or "II. RESPONSIBILITIES" may head a section; any other numbered line is an item
        String t = c.endsWith(":") ? c.substring(0, c.length() - 1) : c;
        if (!(c.endsWith(":") || capitals(t)) || kindOf(t) == null || words(t) > 6) {
          return null;
        }
      }
      int words = words(c);
      if (words == 0) {
        return null;
      }
      // "Key: value" with a known key
      int colon = inlineColon(s, l);
      if (colon > 0 && colon < l.cEnd - 1) {
        String key = s.substring(l.cStart, colon).strip();
        SectionKind k = kindOf(key);
        if (k != null && words(key) <= 6 && key.length() <= 60) {
          return new Heading(k, key, l.cStart, colon + 1, skipBlank(s, colon + 1, l.cEnd), preferredHeading(key));
        }
        return null;
      }
      boolean endsColon = c.endsWith(":");
      String text = endsColon ? c.substring(0, c.length() - 1).strip() : c.strip();
      if (text.endsWith("-") || text.endsWith("\u2013") || text.endsWith("\u2014")) {
        text = text.substring(0, text.length() - 1).strip();
      }
      if (text.isEmpty()) {
        return null;
      }
      SectionKind k = kindOf(text);
      boolean caps = capitals(text);
      boolean isHeading = l.marker == Marker.HASH
          || (endsColon && c.length() <= 100 && words <= 12)
          || (caps && words <= 8 && !c.endsWith(".") && (k != null || words <= 5))
          || (k != null && words <= 6 && !c.endsWith(".") && titleCase(text))
          || KNOWN_HEADINGS.contains(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
      if (!isHeading) {
        return null;
      }
      return new Heading(k == null ? SectionKind.OTHER : k, text, l.cStart, l.cEnd, -1, preferredHeading(text));
    }

    private static boolean preferredHeading(String h) {
      String t = h.toLowerCase(Locale.ROOT);
      return t.contains("prefer") || t.contains("desired") || t.contains("desirable") || t.contains("nice to have")
          || t.contains("bonus") || t.contains("plus");
    }

    /** The colon ending a short key at the start of a line ("Supervision: ..."), or -1. */
    private static int inlineColon(String s, Line l) {
      int limit = Math.min(l.cEnd, l.cStart + 61);
      for (int i = l.cStart; i < limit; i++) {
        char c = s.charAt(i);
        if (c == ':') {
          if (i == l.cStart) {
            return -1;
          }
          if (i + 1 < l.cEnd && !isBlankChar(s.charAt(i + 1))) {
            return -1; // 9:00, http://
          }
          return i;
        }
        if (c == '.' || c == ';' || c == '!' || c == '?') {
          return -1;
        }
      }
      return -1;
    }

    private static String key(String s, int from, int to) {
      return letters(s.substring(from, to)).strip();
    }

    /** Lower-case letters and apostrophes, every other run of characters one space, padded with spaces. */
    static String letters(String text) {
      StringBuilder b = new StringBuilder(text.length() + 2).append(' ');
      boolean space = true;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\u2019') {
          c = '\'';
        }
        char l = Character.toLowerCase(c);
        if ((l >= 'a' && l <= 'z') || l == '\'') {
          b.append(l);
          space = false;
        } else if (!space) {
          b.append(' ');
          space = true;
        }
      }
      if (!space) {
        b.append(' ');
      }
      return b.toString();
    }

    private static final Set<String> KNOWN_HEADINGS = Set.of(
        "how to apply", "to apply", "about us", "about the role", "about you", "about the position", "who we are",
        "what we offer", "what you'll do", "what you will do", "what you bring", "job summary", "position summary",
        "job description", "essential functions", "essential duties", "minimum qualifications", "preferred qualifications",
        "physical demands", "working conditions", "work environment", "equal opportunity employer", "benefits", "schedule",
        "compensation", "responsibilities", "qualifications", "requirements", "supervision", "duties", "overview", "summary");
    private static final Set<String> TITLE_KEYS = Set.of("job title", "title", "position", "position title", "role", "job", "job posting");
    private static final List<String> ROLE_WORDS = List.of("peer", "specialist", "coach", "worker", "manager", "navigator", "advocate",
        "mentor", "supervisor", "counselor", "counsellor", "clinician", "therapist", "nurse", "coordinator", "supporter");

    private static boolean capitals(String t) {
      int letters = 0;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (Character.isLetter(c)) {
          if (Character.isLowerCase(c)) {
            return false;
          }
          letters++;
        }
      }
      return letters >= 3;
    }

    private static boolean titleCase(String t) {
      String[] ws = t.split("[\\s/&,]+");
      for (String w : ws) {
        if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          continue;
        }
        char c = w.charAt(0);
        if (Character.isLetter(c) && !Character.isUpperCase(c)) {
          return false;
        }
      }
      return true;
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "of", "the", "to", "for", "in", "on", "with", "or", "you", "we", "our", "your", "will", "do", "what", "who");

    /** The section kind a heading names, or null when it names none peerwork knows. */
    static SectionKind kindOf(String heading) {
      String t = letters(heading);
      if (t.isBlank()) {
        return null;
      }
      boolean negated = t.contains(" not ") || t.contains("n't ") || t.contains(" never ") || t.contains(" exclud")
          || t.contains(" outside the scope") || t.contains(" outside of the scope") || t.contains(" no ") || t.contains(" nots ");
      if (negated && (t.contains(" do ") || t.contains(" does ") || t.contains(" duties") || t.contains(" responsib")
          || t.contains(" role ") || t.contains(" include") || t.contains(" job ") || t.contains(" position ")
          || t.contains(" task") || t.contains(" expected") || t.contains(" asked") || t.contains(" scope") || t.contains(" perform")
          || t.contains(" involve") || t.contains(" is ") || t.contains(" are "))) {
        return SectionKind.EXCLUDED_DUTIES;
      }
      for (Object[] row : KINDS) {
        for (String w : (String[]) row[1]) {
          if (t.contains(w)) {
            return (SectionKind) row[0];
          }
        }
      }
      return null;
    }

    private static final Object[][] KINDS = {
        {SectionKind.COMPENSATION, new String[] {" compensation", " salary", " salaries", " pay ", " pay rate", " wage", " benefits",
            " what we offer", " perks", " rate of pay", " hourly rate"}},
        {SectionKind.SCHEDULE, new String[] {" schedule", " hours ", " hours of work", " working hours", " work hours", " shift",
            " availability", " on call", " working conditions", " work conditions", " work environment", " location "}},
        {SectionKind.SUPERVISION, new String[] {" supervision", " supervisor", " reports to", " reporting to", " reporting "}},
        {SectionKind.TRAINING, new String[] {" training", " professional development", " support for you", " how we support",
            " self care", " wellness support", " orientation"}},
        {SectionKind.QUALIFICATIONS, new String[] {" qualification", " requirement", " required", " preferred", " skills",
            " experience", " education", " eligibility", " who you are", " looking for", " knowledge", " abilities",
            " competenc", " credential", " certification", " must have", " minimum"}},
        {SectionKind.DUTIES, new String[] {" duties", " duty ", " responsibilities", " responsibility", " essential functions",
            " functions", " what you'll do", " what you will do", " key tasks", " tasks", " day to day", " activities",
            " scope of work", " accountabilities", " what you do", " what the peer"}},
        {SectionKind.SUMMARY, new String[] {" summary", " overview", " about", " purpose", " description", " the opportunity",
            " introduction", " who we are", " mission"}},
        {SectionKind.DUTIES, new String[] {" you will ", " the role ", " role ", " in this role", " your impact", " does ", " do "}},
        {SectionKind.SUMMARY, new String[] {" position ", " job "}},
        {SectionKind.OTHER, new String[] {" how to apply", " to apply", " equal opportunity", " eeo", " contact", " application"}}
    };
  }
}
