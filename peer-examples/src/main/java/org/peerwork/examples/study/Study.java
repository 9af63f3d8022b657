package org.peerwork.examples.study;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.DebriefRecord;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.StudySections;
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
import org.peerwork.model.organization.Team;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.role.HeldCredential;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.supervision.SupervisorTrait;
import org.peerwork.model.training.TrainingOffering;
import org.peerwork.model.training.TrainingPlan;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.model.workplace.Challenge;
import org.peerwork.model.workplace.WorkFromHome;
import org.peerwork.model.workplace.WorkplacePolicy;

/**
 * The study's scenarios as data: the three agencies the study's fifteen peers worked at (Almeida et
 * al. 2020, "Results: Participants and Themes"), their peer staff, a week of task assignments, and
 * the documents the study's themes are about. Every document is a {@link StudyCase} that quotes the
 * study passage it is built on; details the study does not give (times, head counts, wages) are the
 * scenario's own and each case's note says so.
 *
 * <pre>{@code
 * AgencyScenario cmhc = Study.communityMentalHealthCenter();
 * PeerChecks checks = PeerChecks.standard();
 * cmhc.allDocuments().forEach(d -> System.out.println(checks.check(d)));
 * }</pre>
 *
 * <p>People are opaque ids ({@code cmhc-p1}, {@code su-301}); no scenario holds personal data.
 * Built fresh on each call; the values are immutable.
 */
public final class Study {

  /** The Monday the scenarios' week starts on (the study was submitted in November 2019). */
  public static final LocalDate WEEK_START = LocalDate.of(2019, 11, 4);

  private static final Citation WORK_ROLE = StudySections.study(StudySections.WORK_ROLE);
  private static final Citation HIRING = StudySections.study(StudySections.HIRING);
  private static final Citation WORK_LIFE = StudySections.study(StudySections.WORK_LIFE);
  private static final Citation LOW_SALARY = StudySections.study(StudySections.LOW_SALARY);
  private static final Citation TRAINING = StudySections.study(StudySections.TRAINING);
  private static final Citation STIGMA = StudySections.study(StudySections.STIGMA);

  private static final String NO_ADDITIONS = "";

  private Study() {}

  /** The three agencies, in the study's order: peer-led substance use, peer-led mental health, agency-led CMHC. */
  public static List<AgencyScenario> agencies() {
    return List.of(substanceUseRecoveryAgency(), mentalHealthWellnessAgency(), communityMentalHealthCenter());
  }

  /** The scenario of this agency type. */
  public static AgencyScenario agency(AgencyType type) {
    switch (type) {
      case PEER_LED_SUBSTANCE_USE_RECOVERY: return substanceUseRecoveryAgency();
      case PEER_LED_MENTAL_HEALTH_WELLNESS: return mentalHealthWellnessAgency();
      case AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER: return communityMentalHealthCenter();
      default: throw new IllegalArgumentException("no scenario for agency type " + type);
    }
  }

  /** Every document of every agency, in a fixed order: see {@link AgencyScenario#allDocuments()}. */
  public static List<PeerDocument> allDocuments() {
    List<PeerDocument> all = new ArrayList<>();
    agencies().forEach(a -> all.addAll(a.allDocuments()));
    return List.copyOf(all);
  }

  // ---------------------------------------------------------------------------------------------
  // 1. A peer-led agency with a primary focus on substance use disorder recovery
  // ---------------------------------------------------------------------------------------------

  /**
   * The peer-led substance use recovery agency: recovery support workers in the community's opioid
   * crisis who "all work from home" and "all take calls on our days off", supervised by a peer, with
   * check-ins and debriefings; it offers a get-well position.
   */
  public static AgencyScenario substanceUseRecoveryAgency() {
    String k = "sud";
    SupervisorRef peerSupervisor = SupervisorRef.builder().staffId("sud-sup1").kind(SupervisorKind.PEER).peerRoleTrained(true).build();
    WorkingSchedule weekdays = WorkingSchedule.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0));
    StaffMember sup = StaffMember.builder().id("sud-sup1").role(Role.PEER_SUPERVISOR)
        .addCredential(HeldCredential.certified("CRSW"))
        .addCompletedTraining(TrainingTopic.PEER_BOUNDARIES).addCompletedTraining(TrainingTopic.SELF_CARE)
        .addCompletedTraining(TrainingTopic.VICARIOUS_TRAUMA).addCompletedTraining(TrainingTopic.WORKING_WITH_CLINICIANS)
        .schedule(weekdays).build();
    StaffMember p1 = StaffMember.builder().id("sud-p1").role(Role.RECOVERY_SUPPORT_WORKER)
        .addCredential(HeldCredential.certified("CRSW"))
        .addCompletedTraining(TrainingTopic.SELF_CARE).addCompletedTraining(TrainingTopic.PEER_BOUNDARIES)
        .addCompletedTraining(TrainingTopic.VICARIOUS_TRAUMA)
        .supervisor(peerSupervisor).schedule(weekdays).build();
    StaffMember p2 = StaffMember.builder().id("sud-p2").role(Role.RECOVERY_COACH)
        .addCredential(HeldCredential.inProgress("CRSW"))
        .addCompletedTraining(TrainingTopic.PEER_BOUNDARIES)
        .supervisor(peerSupervisor)
        .schedule(WorkingSchedule.builder().addWorkingDay(DayOfWeek.TUESDAY).addWorkingDay(DayOfWeek.WEDNESDAY)
            .addWorkingDay(DayOfWeek.THURSDAY).addWorkingDay(DayOfWeek.FRIDAY).addWorkingDay(DayOfWeek.SATURDAY)
            .start(LocalTime.of(10, 0)).end(LocalTime.of(18, 0)).build())
        .build();
    StaffMember p3 = StaffMember.builder().id("sud-p3").role(Role.RECOVERY_SUPPORT_WORKER)
        .addCredential(HeldCredential.certified("CRSW"))
        .addCompletedTraining(TrainingTopic.SELF_CARE).addCompletedTraining(TrainingTopic.PEER_BOUNDARIES)
        .addCompletedTraining(TrainingTopic.VICARIOUS_TRAUMA).addCompletedTraining(TrainingTopic.CHRONIC_HOMELESSNESS)
        .supervisor(peerSupervisor).schedule(WorkingSchedule.weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0))).build();
    Team team = Team.builder().id("sud-rc").name("Recovery community center").kind(TeamKind.RECOVERY_CENTER)
        .addMemberIds("sud-sup1", "sud-p1", "sud-p2", "sud-p3").peopleServed(40).build();
    Agency agency = Agency.builder().id(k).name("Peer-led substance use recovery agency").type(AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY)
        .addTeam(team).build();

    List<TaskAssignment> week = new ArrayList<>();
    List<StudyCase> cases = new ArrayList<>();
    week.add(task("sud-w01", p1, Activity.of(ActivityCategory.GROUP_FACILITATION, "Run the morning recovery group"), Setting.OFFICE,
        on(DayOfWeek.MONDAY, 10, 0, 60)).build());
    week.add(task("sud-w02", p1, coded(ActivityCategory.RECOVERY_PLANNING_SUPPORT, "H0038", "Help the person set their own recovery goals"),
        Setting.OFFICE, on(DayOfWeek.MONDAY, 13, 0, 60)).serviceUserRef("su-101").build());
    TaskAssignment lateCall = task("sud-w03", p1, Activity.of(ActivityCategory.CRISIS_SUPPORT, "Take a crisis call from home after an overdose"),
        Setting.STAFF_HOME, on(DayOfWeek.MONDAY, 22, 30, 45)).serviceUserRef("su-102").crisis(true).addPopulation(Population.OPIOID_CRISIS).build();
    week.add(lateCall);
    cases.add(new StudyCase("A crisis call taken at home late at night, in the opioid crisis",
        "\"We all work from home.\" The agency's work on the community's opioid crisis left staff experiencing vicarious trauma and "
            + "compelled peers to be available when they were not scheduled to work and were at home.",
        WORK_LIFE, "The time of the call is the scenario's.", lateCall));
    week.add(task("sud-w04", p3, Activity.of(ActivityCategory.OUTREACH, "Meet people staying at the shelter"), Setting.COMMUNITY,
        on(DayOfWeek.TUESDAY, 9, 30, 90)).serviceUserRef("su-103").addPopulation(Population.CHRONICALLY_HOMELESS).build());
    week.add(task("sud-w05", p2, Activity.of(ActivityCategory.ACCOMPANIMENT, "Go with the person to drug court"), Setting.COURT,
        on(DayOfWeek.TUESDAY, 14, 0, 120)).serviceUserRef("su-104").build());
    TaskAssignment untrainedCrisis = task("sud-w06", p2, Activity.of(ActivityCategory.CRISIS_SUPPORT, "Sit with the person after an overdose reversal"),
        Setting.COMMUNITY, on(DayOfWeek.WEDNESDAY, 11, 0, 90)).serviceUserRef("su-105").crisis(true).addPopulation(Population.OPIOID_CRISIS).build();
    week.add(untrainedCrisis);
    cases.add(new StudyCase("Crisis work in the opioid crisis by a recovery coach without vicarious-trauma training",
        "Training needs named by participants include how to cope with vicarious trauma; the agency's opioid-crisis work left staff "
            + "experiencing vicarious trauma.",
        TRAINING, "Which coach has which training is the scenario's.", untrainedCrisis));
    week.add(task("sud-w07", p1, Activity.of(ActivityCategory.CRISIS_SUPPORT, "Stay with the person in the emergency department waiting room"),
        Setting.EMERGENCY_DEPARTMENT, on(DayOfWeek.WEDNESDAY, 16, 0, 60)).serviceUserRef("su-106").crisis(true)
        .addPopulation(Population.OPIOID_CRISIS).build());
    week.add(task("sud-w08", p3, Activity.of(ActivityCategory.SHARING_LIVED_EXPERIENCE, "Tell my recovery story at the new-member group"),
        Setting.OFFICE, on(DayOfWeek.THURSDAY, 10, 0, 60)).build());
    week.add(task("sud-w09", p1, Activity.of(ActivityCategory.CRISIS_SUPPORT, "Warmline shift"), Setting.TELEPHONE,
        on(DayOfWeek.THURSDAY, 15, 0, 90)).crisis(true).addPopulation(Population.OPIOID_CRISIS).build());
    week.add(task("sud-w10", p3, coded(ActivityCategory.RESOURCE_LINKAGE, "G0140", "Link the person to a mutual-aid meeting"),
        Setting.COMMUNITY, on(DayOfWeek.FRIDAY, 12, 0, 60)).serviceUserRef("su-107").build());
    TaskAssignment saturday = task("sud-w11", p1, Activity.of(ActivityCategory.CRISIS_SUPPORT, "Take a crisis call on a day off"),
        Setting.STAFF_HOME, on(DayOfWeek.SATURDAY, 19, 0, 60)).serviceUserRef("su-102").crisis(true).addPopulation(Population.OPIOID_CRISIS).build();
    week.add(saturday);
    cases.add(new StudyCase("Calls on days off",
        "\"We all work from home. We all take calls on our days off. We all do it.\"",
        WORK_LIFE, "The days and times are the scenario's.", saturday));
    week.add(task("sud-w12", p1, Activity.of(ActivityCategory.MUTUAL_SUPPORT, "Return a call on a day off"), Setting.STAFF_HOME,
        on(DayOfWeek.SUNDAY, 8, 0, 30)).serviceUserRef("su-108").build());
    week.add(task("sud-w13", p3, Activity.of(ActivityCategory.CRISIS_SUPPORT, "Take a crisis call on a day off"), Setting.STAFF_HOME,
        on(DayOfWeek.SUNDAY, 21, 0, 45)).serviceUserRef("su-109").crisis(true).addPopulation(Population.OPIOID_CRISIS).build());
    week.add(task("sud-w14", p2, Activity.of(ActivityCategory.SKILL_BUILDING, "Show the person how to apply for housing assistance"),
        Setting.COMMUNITY, on(DayOfWeek.SATURDAY, 11, 0, 60)).serviceUserRef("su-104").build());
    Roster roster = Roster.builder().id("sud-week").team(team).periodStart(WEEK_START).periodEnd(WEEK_START.plusDays(6))
        .assignments(week)
        .addDebrief(DebriefRecord.of("sud-p2", WEEK_START.plusDays(3).atTime(16, 0)))
        .build();
    StudyCase weekCase = new StudyCase("A week of the recovery center's assignments",
        "A peer-led agency with a primary focus on substance use disorder recovery; its peers reported challenges with work-life "
            + "balance, calls on days off and vicarious trauma from the opioid crisis.",
        WORK_LIFE, "Peers' debriefs happen \"as needed\" in the study; here only one is recorded this week.", roster);

    List<StudyCase> docs = new ArrayList<>();
    docs.add(new StudyCase("Workplace policy: we all work from home, we all take calls on our days off",
        "\"We all work from home. We all take calls on our days off. We all do it.\" To address vicarious trauma, peers checked in with "
            + "one another, sent tired colleagues home, had regular access to supervisors and took part in debriefings as needed.",
        WORK_LIFE, NO_ADDITIONS,
        WorkplacePolicy.builder().id("sud-workplace").callsOnDaysOffExpected(true).workFromHome(WorkFromHome.UNLIMITED)
            .sendHomeForSelfCare(true).peerCheckIns(true).debriefingAvailable(true).crisisWork(true).build()));
    docs.add(new StudyCase("Hiring plan: a get-well position",
        "Participants at the peer-operated agencies were more comfortable hiring people still struggling with a substance use disorder "
            + "and felt that offering a \"get-well\" position, with manageable hours and fewer responsibilities, helps people get and "
            + "stay in recovery. Peers want to develop the questions, select interviewees and ask and interpret the questions.",
        HIRING, "The plan's hours, caseload and on-call duty are the scenario's: a get-well position at an agency where everyone takes calls.",
        HiringPlan.builder().id("sud-hiring-get-well").agencyType(AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY)
            .role(Role.RECOVERY_SUPPORT_WORKER).positionKind(PositionKind.GET_WELL).certificationPolicy(CertificationPolicy.NOT_REQUIRED)
            .addReadinessCriteria(ReadinessIndicator.values()).addRedFlagsExplored(RedFlag.values()).addDesiredTraits(DesiredTrait.values())
            .addPanel(Interviewer.peer("sud-sup1")).addPanel(Interviewer.peer("sud-p3"))
            .addQuestion(question("What are you doing for your own recovery?", InterviewTopic.OWN_RECOVERY, "sud-sup1"))
            .addQuestion(question("What could set off a return to use for you, and what would you do?", InterviewTopic.TRIGGERS, "sud-p3"))
            .addQuestion(question("How do you keep time for your own self-care?", InterviewTopic.SELF_CARE, "sud-p3"))
            .addQuestion(question("Who have you talked this job over with, and what do you expect it to be like?", InterviewTopic.ROLE_EXPECTATIONS, "sud-sup1"))
            .addPeerInvolvement(HiringInvolvement.values())
            .weeklyHours(40.0).caseload(15).onCall(true).plannedSupervision(SupervisionFrequency.WEEKLY)
            .build()));
    docs.add(new StudyCase("Supervision by a peer supervisor",
        "Supervisors can be a peer themselves; they should be honest and respectful, celebrate strengths, be flexible, refine job skills "
            + "after mistakes and offer trainings. Participants reported access to supervisors regularly and debriefings as needed.",
        HIRING, "Weekly frequency is the scenario's.",
        SupervisionArrangement.builder().id("sud-supervision").supervisorId("sud-sup1").supervisorKind(SupervisorKind.PEER)
            .supervisorPeerRoleTrained(true).addSuperviseeIds("sud-p1", "sud-p2", "sud-p3").frequency(SupervisionFrequency.WEEKLY)
            .addExpectedTraits(SupervisorTrait.values()).regularAccess(true).debriefingAvailable(true).build()));
    docs.add(new StudyCase("Training plan of an agency in the opioid crisis",
        "All participants named self-care as the top training need; others were coping with vicarious trauma and working with the "
            + "chronically homeless. Peers need training on how to work with clinicians.",
        TRAINING, "Which trainings the plan offers is the scenario's: vicarious trauma and working with clinicians are left out.",
        TrainingPlan.builder().id("sud-training")
            .addOffering(TrainingOffering.builder().topic(TrainingTopic.SELF_CARE).tailoredToPeers(true).build())
            .addOffering(TrainingOffering.of(TrainingTopic.PEER_BOUNDARIES))
            .addOffering(TrainingOffering.of(TrainingTopic.CHRONIC_HOMELESSNESS))
            .addPopulationsServed(Population.OPIOID_CRISIS, Population.CHRONICALLY_HOMELESS)
            .clinicalStaffWorkWithPeers(false).peersWorkWithClinicians(true).build()));
    return new AgencyScenario(k, agency, List.of(sup, p1, p2, p3), team, weekCase, cases, docs);
  }

  // ---------------------------------------------------------------------------------------------
  // 2. A peer-led agency focused on mental health wellness and recovery
  // ---------------------------------------------------------------------------------------------

  /**
   * The peer-led mental health wellness agency: peer support specialists (CPS) trained "to operate
   * with flexibility based on the need of the service user", who go fishing or out to eat with a
   * service user who is lonely.
   */
  public static AgencyScenario mentalHealthWellnessAgency() {
    String k = "mhw";
    SupervisorRef peerSupervisor = SupervisorRef.builder().staffId("mhw-sup1").kind(SupervisorKind.PEER).peerRoleTrained(true).build();
    WorkingSchedule weekdays = WorkingSchedule.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0));
    StaffMember sup = StaffMember.builder().id("mhw-sup1").role(Role.PEER_SUPERVISOR).addCredential(HeldCredential.certified("CPS"))
        .addCompletedTraining(TrainingTopic.PEER_BOUNDARIES).addCompletedTraining(TrainingTopic.SELF_CARE).schedule(weekdays).build();
    StaffMember p1 = StaffMember.builder().id("mhw-p1").role(Role.PEER_SUPPORT_SPECIALIST).addCredential(HeldCredential.certified("CPS"))
        .addCompletedTraining(TrainingTopic.SELF_CARE).addCompletedTraining(TrainingTopic.PEER_BOUNDARIES)
        .addCompletedTraining(TrainingTopic.TRAUMA_INFORMED_CARE)
        .supervisor(peerSupervisor).schedule(weekdays).build();
    StaffMember p2 = StaffMember.builder().id("mhw-p2").role(Role.PEER_SUPPORT_SPECIALIST).addCredential(HeldCredential.inProgress("CPS"))
        .addCompletedTraining(TrainingTopic.SELF_CARE).addCompletedTraining(TrainingTopic.PEER_BOUNDARIES)
        .supervisor(peerSupervisor)
        .schedule(WorkingSchedule.builder().addWorkingDay(DayOfWeek.MONDAY).addWorkingDay(DayOfWeek.TUESDAY)
            .addWorkingDay(DayOfWeek.WEDNESDAY).addWorkingDay(DayOfWeek.THURSDAY)
            .start(LocalTime.of(9, 0)).end(LocalTime.of(17, 0)).build())
        .build();
    StaffMember p3 = StaffMember.builder().id("mhw-p3").role(Role.PEER_SUPPORT_SPECIALIST).addCredential(HeldCredential.certified("CPS"))
        .addCompletedTraining(TrainingTopic.SELF_CARE).addCompletedTraining(TrainingTopic.PEER_BOUNDARIES)
        .addCompletedTraining(TrainingTopic.CHRONIC_HOMELESSNESS).addCompletedTraining(TrainingTopic.SEX_TRAFFICKING)
        .addCompletedTraining(TrainingTopic.TRAUMA_INFORMED_CARE)
        .supervisor(peerSupervisor).schedule(weekdays).build();
    Team team = Team.builder().id("mhw-wc").name("Wellness center").kind(TeamKind.RECOVERY_CENTER)
        .addMemberIds("mhw-sup1", "mhw-p1", "mhw-p2", "mhw-p3").peopleServed(35).build();
    Agency agency = Agency.builder().id(k).name("Peer-led mental health wellness agency").type(AgencyType.PEER_LED_MENTAL_HEALTH_WELLNESS)
        .addTeam(team).build();

    List<TaskAssignment> week = new ArrayList<>();
    List<StudyCase> cases = new ArrayList<>();
    week.add(task("mhw-w01", p1, coded(ActivityCategory.GROUP_FACILITATION, "H0038", "Facilitate the wellness and recovery group"),
        Setting.OFFICE, on(DayOfWeek.MONDAY, 10, 0, 90)).build());
    week.add(task("mhw-w02", p2, Activity.of(ActivityCategory.SHARING_LIVED_EXPERIENCE, "Share how I found my way back to work"),
        Setting.OFFICE, on(DayOfWeek.MONDAY, 14, 0, 60)).serviceUserRef("su-202").build());
    TaskAssignment fishing = task("mhw-w03", p1, Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Go fishing with a service user who has been feeling lonely"),
        Setting.COMMUNITY, on(DayOfWeek.TUESDAY, 13, 0, 210)).serviceUserRef("su-201").build();
    week.add(fishing);
    cases.add(new StudyCase("The fishing trip with a lonely service user",
        "Following peer training, if a service user was feeling lonely, a peer support specialist could socialize with the service user "
            + "(eg, going fishing together, or go out to eat); however, this would be considered unethical if a clinician were to conduct "
            + "these activities.",
        WORK_ROLE, NO_ADDITIONS, fishing));
    week.add(task("mhw-w04", p2, Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Go out to eat with a service user who is lonely"),
        Setting.COMMUNITY, on(DayOfWeek.WEDNESDAY, 12, 0, 90)).serviceUserRef("su-203").build());
    week.add(task("mhw-w05", p3, Activity.of(ActivityCategory.OUTREACH, "Meet people at the day shelter"), Setting.COMMUNITY,
        on(DayOfWeek.WEDNESDAY, 10, 0, 90)).serviceUserRef("su-204").addPopulation(Population.CHRONICALLY_HOMELESS).build());
    TaskAssignment trafficking = task("mhw-w06", p2, Activity.of(ActivityCategory.MUTUAL_SUPPORT, "Support a survivor of sex trafficking"),
        Setting.COMMUNITY, on(DayOfWeek.THURSDAY, 11, 0, 60)).serviceUserRef("su-205").addPopulation(Population.TRAFFICKING_SURVIVOR)
        .addPopulation(Population.TRAUMA_HISTORY).build();
    week.add(trafficking);
    cases.add(new StudyCase("Support for a survivor of sex trafficking by a peer without that training",
        "Participants asked for updates on the topic of sex trafficking in their community and for training in trauma-informed care.",
        TRAINING, "Which peer has which training is the scenario's.", trafficking));
    week.add(task("mhw-w07", p1, Activity.of(ActivityCategory.OUTREACH, "Visit a person on the inpatient unit at their request"),
        Setting.INPATIENT, on(DayOfWeek.THURSDAY, 15, 0, 60)).serviceUserRef("su-206").build());
    week.add(task("mhw-w08", p1, coded(ActivityCategory.RECOVERY_PLANNING_SUPPORT, "H0038", "Work on the person's own wellness plan"),
        Setting.OFFICE, on(DayOfWeek.FRIDAY, 10, 0, 60)).serviceUserRef("su-201").build());
    week.add(task("mhw-w09", p3, Activity.of(ActivityCategory.ADVOCACY, "Speak up with the person at the benefits office"),
        Setting.COMMUNITY, on(DayOfWeek.FRIDAY, 14, 0, 90)).serviceUserRef("su-207").build());
    Roster roster = Roster.builder().id("mhw-week").team(team).periodStart(WEEK_START).periodEnd(WEEK_START.plusDays(6))
        .assignments(week).build();
    StudyCase weekCase = new StudyCase("A week of the wellness center's assignments",
        "A peer-led agency focused on mental health wellness and recovery; participants were trained to operate with flexibility "
            + "based on the need of the service user.",
        WORK_ROLE, "The week's tasks are the scenario's, built on the study's examples.", roster);

    List<StudyCase> docs = new ArrayList<>();
    docs.add(new StudyCase("Training plan of the wellness agency",
        "Self-care is the top training need and should be tailored to peers; others are vicarious trauma, sex trafficking in the "
            + "community, the chronically homeless, trauma-informed care and working with clinicians.",
        TRAINING, NO_ADDITIONS,
        TrainingPlan.builder().id("mhw-training")
            .addOffering(TrainingOffering.builder().topic(TrainingTopic.SELF_CARE).tailoredToPeers(true).build())
            .addOffering(TrainingOffering.of(TrainingTopic.VICARIOUS_TRAUMA))
            .addOffering(TrainingOffering.of(TrainingTopic.TRAUMA_INFORMED_CARE))
            .addOffering(TrainingOffering.of(TrainingTopic.CHRONIC_HOMELESSNESS))
            .addOffering(TrainingOffering.of(TrainingTopic.SEX_TRAFFICKING))
            .addOffering(TrainingOffering.of(TrainingTopic.WORKING_WITH_CLINICIANS))
            .addOffering(TrainingOffering.of(TrainingTopic.PEER_BOUNDARIES))
            .addPopulationsServed(Population.CHRONICALLY_HOMELESS, Population.TRAFFICKING_SURVIVOR, Population.TRAUMA_HISTORY)
            .clinicalStaffWorkWithPeers(false).peersWorkWithClinicians(true).build()));
    docs.add(new StudyCase("Supervision by a peer supervisor",
        "Supervisors can be a peer themselves; the study lists honesty, respect, celebrating strengths, flexibility, refining job skills "
            + "after mistakes, and offering trainings.",
        HIRING, "Weekly frequency is the scenario's.",
        SupervisionArrangement.builder().id("mhw-supervision").supervisorId("mhw-sup1").supervisorKind(SupervisorKind.PEER)
            .supervisorPeerRoleTrained(true).addSuperviseeIds("mhw-p1", "mhw-p2", "mhw-p3").frequency(SupervisionFrequency.WEEKLY)
            .addExpectedTraits(SupervisorTrait.values()).regularAccess(true).debriefingAvailable(true).build()));
    docs.add(new StudyCase("Workplace policy of the wellness agency",
        "All participants reported the importance of agency flexibility to send a peer home for self-care; stigma is the number 1 "
            + "challenge they face.",
        STIGMA, "Limited work from home is the scenario's.",
        WorkplacePolicy.builder().id("mhw-workplace").callsOnDaysOffExpected(false).workFromHome(WorkFromHome.LIMITED)
            .sendHomeForSelfCare(true).peerCheckIns(true).debriefingAvailable(true).crisisWork(false)
            .addRecordedChallenges(Challenge.INTERNAL_STIGMA, Challenge.EXTERNAL_STIGMA).build()));
    return new AgencyScenario(k, agency, List.of(sup, p1, p2, p3), team, weekCase, cases, docs);
  }

  // ---------------------------------------------------------------------------------------------
  // 3. An agency-led community mental health center
  // ---------------------------------------------------------------------------------------------

  /**
   * The agency-led community mental health center: one peer on an intensive treatment team,
   * supervised by a clinician without peer-role training, asked by clinicians to do an emergency room
   * clinical assessment and to feed a service user's cat; a draft "junior clinician" posting; a
   * hiring plan whose non-peer panel asks about low times and legal issues; and a reprimand of a peer
   * for going fishing with a lonely service user.
   */
  public static AgencyScenario communityMentalHealthCenter() {
    String k = "cmhc";
    SupervisorRef clinicalSupervisor = SupervisorRef.builder().staffId("cmhc-csup1").kind(SupervisorKind.CLINICAL).peerRoleTrained(false).build();
    JobDescription peerJob = compliantJobDescription();
    StaffMember csup = StaffMember.builder().id("cmhc-csup1").role(Role.CLINICAL_SUPERVISOR).addCredential(HeldCredential.certified("LICSW"))
        .schedule(WorkingSchedule.weekdays(LocalTime.of(8, 30), LocalTime.of(16, 30))).build();
    StaffMember c1 = StaffMember.builder().id("cmhc-c1").role(Role.CLINICIAN).addCredential(HeldCredential.certified("LICSW"))
        .supervisor(clinicalSupervisor).schedule(WorkingSchedule.weekdays(LocalTime.of(8, 30), LocalTime.of(16, 30))).build();
    StaffMember c2 = StaffMember.builder().id("cmhc-c2").role(Role.ADDICTION_COUNSELOR).addCredential(HeldCredential.certified("MLADC"))
        .supervisor(clinicalSupervisor).schedule(WorkingSchedule.weekdays(LocalTime.of(8, 30), LocalTime.of(16, 30))).build();
    StaffMember n1 = StaffMember.builder().id("cmhc-n1").role(Role.NURSE)
        .schedule(WorkingSchedule.weekdays(LocalTime.of(8, 0), LocalTime.of(16, 0))).build();
    StaffMember cm1 = StaffMember.builder().id("cmhc-cm1").role(Role.CASE_MANAGER)
        .schedule(WorkingSchedule.weekdays(LocalTime.of(8, 30), LocalTime.of(16, 30))).build();
    StaffMember p1 = StaffMember.builder().id("cmhc-p1").role(Role.PEER_SUPPORT_SPECIALIST).addCredential(HeldCredential.certified("CPS"))
        .addCompletedTraining(TrainingTopic.PEER_BOUNDARIES)
        .supervisor(clinicalSupervisor).schedule(WorkingSchedule.weekdays(LocalTime.of(8, 30), LocalTime.of(16, 30)))
        .jobDescription(peerJob).build();
    StaffMember p2 = StaffMember.builder().id("cmhc-p2").role(Role.RECOVERY_SUPPORT_WORKER).addCredential(HeldCredential.inProgress("CRSW"))
        .addCompletedTraining(TrainingTopic.SELF_CARE)
        .supervisor(clinicalSupervisor).schedule(WorkingSchedule.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)))
        .jobDescription(peerJob).build();
    Team team = Team.builder().id("cmhc-itt-a").name("Intensive treatment team A").kind(TeamKind.INTENSIVE_TREATMENT)
        .addMemberIds("cmhc-c1", "cmhc-c2", "cmhc-n1", "cmhc-cm1", "cmhc-p1").peopleServed(80).build();
    Team outpatient = Team.builder().id("cmhc-op").name("Outpatient team").kind(TeamKind.OUTPATIENT)
        .addMemberIds("cmhc-csup1", "cmhc-p2").build();
    Agency agency = Agency.builder().id(k).name("Agency-led community mental health center")
        .type(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER).addTeam(team).addTeam(outpatient).build();

    List<TaskAssignment> week = new ArrayList<>();
    List<StudyCase> cases = new ArrayList<>();
    TaskAssignment er = task("cmhc-w01", p1,
        Activity.builder().category(ActivityCategory.CLINICAL_ASSESSMENT).addCode(ActivityCode.cpt("90791"))
            .text("Emergency room clinical assessment").build(),
        Setting.EMERGENCY_DEPARTMENT, on(DayOfWeek.MONDAY, 9, 0, 90)).assignedBy(Role.CLINICIAN).serviceUserRef("su-301").build();
    week.add(er);
    cases.add(new StudyCase("The emergency room clinical assessment asked of a peer",
        "Clinicians expected activities that were not in the job description: participants reported they had been asked to do an "
            + "emergency room clinical assessment. They were often misunderstood to be junior clinicians.",
        WORK_ROLE, "The CPT code 90791 is the scenario's way of coding the assessment.", er));
    week.add(task("cmhc-w02", c1,
        Activity.builder().category(ActivityCategory.CLINICAL_ASSESSMENT).addCode(ActivityCode.cpt("90791")).text("Emergency room clinical assessment").build(),
        Setting.EMERGENCY_DEPARTMENT, on(DayOfWeek.MONDAY, 10, 30, 90)).assignedBy(Role.CLINICAL_SUPERVISOR).serviceUserRef("su-311").build());
    TaskAssignment cat = task("cmhc-w03", p1, Activity.of(ActivityCategory.PERSONAL_ERRAND, "Feed a service user's cat"),
        Setting.HOME, on(DayOfWeek.TUESDAY, 12, 0, 30)).assignedBy(Role.CLINICIAN).serviceUserRef("su-302").build();
    week.add(cat);
    cases.add(new StudyCase("Feeding a service user's cat",
        "Participants reported they had been asked to feed a service user's cat; clinicians were often not familiar with peer work "
            + "activities or their role.",
        WORK_ROLE, NO_ADDITIONS, cat));
    week.add(task("cmhc-w04", p1, coded(ActivityCategory.MUTUAL_SUPPORT, "H0038", "Peer support visit"), Setting.HOME,
        on(DayOfWeek.TUESDAY, 14, 0, 60)).serviceUserRef("su-303").build());
    TaskAssignment drive = task("cmhc-w05", p1, Activity.of(ActivityCategory.TRANSPORTATION, "Drive the person to the pharmacy"),
        Setting.COMMUNITY, on(DayOfWeek.WEDNESDAY, 10, 0, 60)).assignedBy(Role.CASE_MANAGER).serviceUserRef("su-304").build();
    week.add(drive);
    cases.add(new StudyCase("Driving a person to the pharmacy, asked by a case manager",
        "Participants reported they were often misunderstood to be junior clinicians or community health workers.",
        WORK_ROLE, "The errand is the scenario's example of community-health-worker drift.", drive));
    week.add(task("cmhc-w06", p1, Activity.of(ActivityCategory.ACCOMPANIMENT, "Go with the person to court"), Setting.COURT,
        on(DayOfWeek.WEDNESDAY, 13, 0, 120)).serviceUserRef("su-305").build());
    week.add(task("cmhc-w07", p1, Activity.of(ActivityCategory.TEAM_COLLABORATION, "Intensive treatment team meeting"), Setting.OFFICE,
        on(DayOfWeek.THURSDAY, 9, 0, 60)).build());
    TaskAssignment perpetrator = task("cmhc-w08", p1, Activity.of(ActivityCategory.OUTREACH, "Engage a person referred after a domestic violence charge"),
        Setting.COMMUNITY, on(DayOfWeek.THURSDAY, 14, 0, 60)).serviceUserRef("su-306").addPopulation(Population.PERSON_WHO_HAS_PERPETRATED_HARM).build();
    week.add(perpetrator);
    cases.add(new StudyCase("Outreach to a person who has perpetrated harm, without that training",
        "Participants asked what resources and strategies are available to peer support specialists working with perpetrators.",
        TRAINING, NO_ADDITIONS, perpetrator));
    week.add(task("cmhc-w09", p1, coded(ActivityCategory.RECOVERY_PLANNING_SUPPORT, "H0038", "Support the person's own recovery goals"),
        Setting.OFFICE, on(DayOfWeek.FRIDAY, 11, 0, 60)).serviceUserRef("su-303").build());
    // One peer for the whole intensive treatment team: short check-in calls with the team's people.
    TaskAssignment firstCheckIn = null;
    for (int i = 0; i < 24; i++) {
      DayOfWeek day = DayOfWeek.of(1 + i % 5);
      TaskAssignment t = task(String.format("cmhc-w%02d", 10 + i), p1, coded(ActivityCategory.MUTUAL_SUPPORT, "H0038", "Check-in call"),
          Setting.TELEPHONE, on(day, 15 + i / 20, (15 * (i / 5)) % 60, 15)).serviceUserRef("su-" + (320 + i)).build();
      week.add(t);
      if (firstCheckIn == null) {
        firstCheckIn = t;
      }
    }
    cases.add(new StudyCase("One peer covering an intensive treatment team",
        "The shortage was especially prominent on the intensive treatment teams: one peer support specialist was assigned to each team, "
            + "leaving them to cover large numbers of individuals.",
        LOW_SALARY, "The study gives no head count: 80 people on the team and 24 check-in calls this week are the scenario's.", firstCheckIn));
    Roster roster = Roster.builder().id("cmhc-week").team(team).periodStart(WEEK_START).periodEnd(WEEK_START.plusDays(6))
        .assignments(week).build();
    StudyCase weekCase = new StudyCase("A week of intensive treatment team A",
        "An agency-led community mental health center; one peer support specialist assigned to each intensive treatment team.",
        LOW_SALARY, "The week's tasks are the scenario's, built on the study's examples.", roster);

    List<StudyCase> docs = new ArrayList<>();
    docs.add(new StudyCase("The center's peer support specialist job description",
        "Peer support specialists' work: lived experience, support, recovery planning, linking to resources; following peer training "
            + "a peer could socialize with a lonely service user. Clinicians expected activities that were not in the job description.",
        WORK_ROLE, "The duties and terms are the scenario's, written to peer norms (SAMHSA core competencies).", peerJob));
    docs.add(new StudyCase("A draft posting that reads like a junior clinician",
        "Participants reported they were often misunderstood to be junior clinicians or community health workers; it is important that "
            + "all clinical supervisors take training on how to work with peers; peers reported lower hourly salary than other positions "
            + "and one peer per intensive treatment team.",
        WORK_ROLE, "The posting's wording, caseload and wages are the scenario's (the study gives no figures).", juniorClinicianJobDescription()));
    docs.add(new StudyCase("Hiring plan with a non-peer panel",
        "A new peer at a hiring interview can be \"intimidated talking to nonpeers about their low times or legal issues\"; the "
            + "majority of participants reported that peers should be involved in the hiring process. The agency-led agency hired "
            + "people certified or working toward CRSW or CPS certification.",
        HIRING, "The panel and the questions are the scenario's.",
        HiringPlan.builder().id("cmhc-hiring").agencyType(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER)
            .role(Role.PEER_SUPPORT_SPECIALIST).positionKind(PositionKind.STANDARD)
            .certificationPolicy(CertificationPolicy.CERTIFIED_OR_IN_PROGRESS)
            .addReadinessCriteria(ReadinessIndicator.FAR_ENOUGH_IN_RECOVERY)
            .addPanel(Interviewer.nonPeer("cmhc-hr1")).addPanel(Interviewer.nonPeer("cmhc-csup1"))
            .addQuestion(question("What are you doing for your own recovery?", InterviewTopic.OWN_RECOVERY, "cmhc-hr1"))
            .addQuestion(question("Tell us about your low times.", InterviewTopic.LOW_TIMES, "cmhc-csup1"))
            .addQuestion(question("Do you have any legal issues we should know about?", InterviewTopic.LEGAL_ISSUES, "cmhc-hr1"))
            .addQuestion(question("What do you expect a peer support specialist does here?", InterviewTopic.ROLE_EXPECTATIONS, "cmhc-csup1"))
            .weeklyHours(40.0).caseload(80).plannedSupervision(SupervisionFrequency.MONTHLY)
            .build()));
    docs.add(new StudyCase("Supervision by a clinician without peer-role training",
        "Agency-led employed participants added that it is important that all clinical supervisors take training on how to work with "
            + "peers. Supervisors should be honest and respectful, celebrate strengths, be flexible, refine job skills after mistakes "
            + "and offer trainings.",
        WORK_ROLE, "Monthly frequency and the one trait written down are the scenario's.",
        SupervisionArrangement.builder().id("cmhc-supervision").supervisorId("cmhc-csup1").supervisorKind(SupervisorKind.CLINICAL)
            .supervisorPeerRoleTrained(false).addSuperviseeIds("cmhc-p1", "cmhc-p2").frequency(SupervisionFrequency.MONTHLY)
            .addExpectedTrait(SupervisorTrait.HONESTY).regularAccess(true).debriefingAvailable(true).build()));
    docs.add(new StudyCase("Training plan of the community mental health center",
        "Self-care is the top training need; peers need training on how to work with clinicians and clinicians need training on how to "
            + "work with a peer, as part of agencywide orientation for all clinical positions; also the chronically homeless, "
            + "perpetrators and trauma-informed care.",
        TRAINING, "Which trainings the plan offers is the scenario's.",
        TrainingPlan.builder().id("cmhc-training")
            .addOffering(TrainingOffering.of(TrainingTopic.TRAUMA_INFORMED_CARE))
            .addOffering(TrainingOffering.of(TrainingTopic.VICARIOUS_TRAUMA))
            .addPopulationsServed(Population.CHRONICALLY_HOMELESS, Population.PERSON_WHO_HAS_PERPETRATED_HARM, Population.TRAUMA_HISTORY,
                Population.OPIOID_CRISIS)
            .clinicalStaffWorkWithPeers(true).peersWorkWithClinicians(true).build()));
    docs.add(new StudyCase("Workplace policy of the community mental health center",
        "Participants reported lower hourly salary than for other positions; one peer support specialist was assigned to each intensive "
            + "treatment team, covering large numbers of individuals; stigma, including from the health care community, is the number 1 "
            + "challenge. All participants reported the importance of agency flexibility to send a peer home for self-care.",
        LOW_SALARY, "The wages ($16.00 against $19.50 for a case manager) and the 80 people per team are illustrative; the study gives no "
            + "figures. That this policy cannot send a peer home for self-care is the scenario's.",
        WorkplacePolicy.builder().id("cmhc-workplace").callsOnDaysOffExpected(false).workFromHome(WorkFromHome.NONE)
            .sendHomeForSelfCare(false).peerCheckIns(false).debriefingAvailable(true).crisisWork(true)
            .peerHourlyWage(new BigDecimal("16.00")).comparableRoleHourlyWage(new BigDecimal("19.50"))
            .peersPerIntensiveTeam(1).peopleServedPerIntensiveTeam(80)
            .addRecordedChallenges(Challenge.values()).build()));
    docs.add(new StudyCase("A reprimand for going fishing with a lonely service user",
        "Participants indicated they would be reprimanded if they conducted activities that violated clinical professional "
            + "boundaries, not peer professional boundaries; going fishing with a lonely service user is such an activity.",
        WORK_ROLE, "That this review happened at the center, and who reviewed it, is the scenario's.",
        IncidentReview.builder().id("cmhc-incident-1").staffId("cmhc-p2").staffRole(Role.RECOVERY_SUPPORT_WORKER)
            .activity(Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Went fishing with a service user who was lonely"))
            .appliedNormSet(NormSet.CLINICAL).outcome(ReviewOutcome.REPRIMAND).reviewerRole(Role.CLINICAL_SUPERVISOR).build()));
    return new AgencyScenario(k, agency, List.of(csup, c1, c2, n1, cm1, p1, p2), team, weekCase, cases, docs);
  }

  /**
   * A job description written to peer norms: peer-core duties (SAMHSA core competencies), lived
   * experience required, readiness areas rather than recovery time alone, a trained peer-role
   * supervisor every week, no calls on days off, a caseload within the default threshold, self-care
   * support and the study's trainings.
   */
  public static JobDescription compliantJobDescription() {
    return JobDescription.builder().id("cmhc-jd-peer").title("Peer Support Specialist").role(Role.PEER_SUPPORT_SPECIALIST)
        .agencyType(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER)
        .addDuty(Duty.of("Share your own lived experience of recovery to inspire hope", Activity.of(ActivityCategory.SHARING_LIVED_EXPERIENCE)))
        .addDuty(Duty.of("Offer encouragement, companionship and emotional support", Activity.of(ActivityCategory.MUTUAL_SUPPORT)))
        .addDuty(Duty.of("Support people in setting and pursuing their own recovery goals", Activity.of(ActivityCategory.RECOVERY_PLANNING_SUPPORT)))
        .addDuty(Duty.of("Link people to community resources and mutual-aid groups", Activity.of(ActivityCategory.RESOURCE_LINKAGE)))
        .addDuty(Duty.of("Facilitate peer support groups", Activity.of(ActivityCategory.GROUP_FACILITATION)))
        .addDuty(Duty.of("Go with people to appointments, court and the benefits office", Activity.of(ActivityCategory.ACCOMPANIMENT)))
        .addDuty(Duty.of("Spend time with a lonely person in community activities they choose, such as going out to eat or fishing",
            Activity.of(ActivityCategory.SOCIAL_ACTIVITY)))
        .addDuty(Duty.of("Engage people in the community and visit them in hospital at their request", Activity.of(ActivityCategory.OUTREACH)))
        .addDuty(Duty.of("Offer a non-clinical presence in a crisis", Activity.of(ActivityCategory.CRISIS_SUPPORT)))
        .addDuty(Duty.of("Take part in team meetings alongside clinicians", Activity.of(ActivityCategory.TEAM_COLLABORATION)))
        .addDuty(Duty.of("Write brief notes of contacts", Activity.of(ActivityCategory.DOCUMENTATION)))
        .qualifications(Qualifications.builder().livedExperienceRequired(true)
            .certificationPolicy(CertificationPolicy.CERTIFIED_OR_IN_PROGRESS)
            .addReadinessCriteria(ReadinessIndicator.values()).build())
        .supervision(SupervisionTerms.builder().supervisorKind(SupervisorKind.PEER).frequency(SupervisionFrequency.WEEKLY)
            .supervisorPeerRoleTrained(true).build())
        .schedule(ScheduleTerms.builder().weeklyHours(37.5).callsOnDaysOff(false).alwaysOnCall(false).workFromHome(WorkFromHome.NONE).build())
        .coverage(Coverage.builder().caseload(12).build())
        .addTrainingOffered(TrainingTopic.SELF_CARE, TrainingTopic.PEER_BOUNDARIES, TrainingTopic.VICARIOUS_TRAUMA,
            TrainingTopic.TRAUMA_INFORMED_CARE, TrainingTopic.WORKING_WITH_CLINICIANS)
        .selfCareSupport(true)
        .build();
  }

  /**
   * A draft posting for a peer support specialist that reads like a junior clinician's: intake and
   * emergency room assessments, diagnoses and treatment plans, medication monitoring and driving, no
   * peer-core duty; one peer for a whole intensive treatment team; a clinical supervisor without
   * peer-role training; pay below a case manager's; no self-care support.
   */
  public static JobDescription juniorClinicianJobDescription() {
    return JobDescription.builder().id("cmhc-jd-draft").title("Peer Support Specialist, Intensive Treatment Team").role(Role.PEER_SUPPORT_SPECIALIST)
        .agencyType(AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER)
        .addDuty(Duty.of("Complete intake and risk assessments for new clients", Activity.of(ActivityCategory.CLINICAL_ASSESSMENT)))
        .addDuty(Duty.of("Conduct emergency room clinical assessments when clinicians are unavailable",
            Activity.coded(ActivityCategory.CLINICAL_ASSESSMENT, ActivityCode.cpt("90791"))))
        .addDuty(Duty.of("Assist with diagnoses and write treatment plans", Activity.of(ActivityCategory.TREATMENT_PLANNING)))
        .addDuty(Duty.of("Monitor clients' medication adherence", Activity.of(ActivityCategory.MEDICATION_MANAGEMENT)))
        .addDuty(Duty.of("Drive clients to appointments and the pharmacy", Activity.of(ActivityCategory.TRANSPORTATION)))
        .addDuty(Duty.of("Complete documentation", Activity.of(ActivityCategory.DOCUMENTATION)))
        .qualifications(Qualifications.builder().livedExperienceRequired(true)
            .certificationPolicy(CertificationPolicy.CERTIFIED_OR_IN_PROGRESS).build())
        .supervision(SupervisionTerms.builder().supervisorKind(SupervisorKind.CLINICAL).frequency(SupervisionFrequency.MONTHLY)
            .supervisorPeerRoleTrained(false).build())
        .schedule(ScheduleTerms.builder().weeklyHours(40.0).build())
        .coverage(Coverage.builder().wholeTeam(true).peersOnTeam(1).teamPeopleServed(80).build())
        .compensation(Compensation.builder().hourlyWage(new BigDecimal("16.00")).comparableRoleWage(new BigDecimal("19.50"))
            .comparableRole(Role.CASE_MANAGER).build())
        .selfCareSupport(false)
        .build();
  }

  // ---------------------------------------------------------------------------------------------

  private static TaskAssignment.Builder task(String id, StaffMember who, Activity what, Setting where, TimeWindow when) {
    return TaskAssignment.builder().id(id).activity(what).assignee(who).setting(where).window(when);
  }

  private static Activity coded(ActivityCategory category, String hcpcs, String text) {
    return Activity.builder().category(category).addCode(ActivityCode.hcpcs(hcpcs)).text(text).build();
  }

  private static TimeWindow on(DayOfWeek day, int hour, int minute, int minutes) {
    return TimeWindow.starting(WEEK_START.plusDays(day.getValue() - 1L).atTime(hour, minute), Duration.ofMinutes(minutes));
  }

  private static InterviewQuestion question(String text, InterviewTopic topic, String askedBy) {
    return InterviewQuestion.builder().text(text).topic(topic).askedBy(askedBy).build();
  }
}
