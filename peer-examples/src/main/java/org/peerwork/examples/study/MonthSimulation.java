package org.peerwork.examples.study;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.DebriefRecord;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.WorkingSchedule;

/**
 * A simulated month of task assignments for one of the study's agencies: every peer's contacts on
 * working days and days off, drawn from a {@link SimulationProfile}. The same scenario, month,
 * profile and seed always give the same roster, so a what-if compares like with like.
 *
 * <pre>{@code
 * AgencyScenario sud = Study.substanceUseRecoveryAgency();
 * Roster before = MonthSimulation.month(sud, YearMonth.of(2019, 11));
 * Roster after = MonthSimulation.month(sud, YearMonth.of(2019, 11),
 *     SimulationProfile.typical(sud.type()).withDayOffContactRate(0), MonthSimulation.DEFAULT_SEED);
 * }</pre>
 *
 * <p>Service users are opaque ids ({@code sud-su-1-7}); nothing here is data about a real person.
 */
public final class MonthSimulation {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 2020_11_26L;

  private static final ActivityCategory[] PEER_CORE = {
      ActivityCategory.MUTUAL_SUPPORT, ActivityCategory.RECOVERY_PLANNING_SUPPORT, ActivityCategory.RESOURCE_LINKAGE,
      ActivityCategory.ACCOMPANIMENT, ActivityCategory.GROUP_FACILITATION, ActivityCategory.OUTREACH, ActivityCategory.SKILL_BUILDING,
      ActivityCategory.SHARING_LIVED_EXPERIENCE, ActivityCategory.ADVOCACY, ActivityCategory.DOCUMENTATION};

  private MonthSimulation() {}

  /** The agency's month under its {@link SimulationProfile#typical typical} profile and the default seed. */
  public static Roster month(AgencyScenario scenario, YearMonth month) {
    return month(scenario, month, SimulationProfile.typical(scenario.type()), DEFAULT_SEED);
  }

  /** The agency's month under this profile, drawn with this seed. */
  public static Roster month(AgencyScenario scenario, YearMonth month, SimulationProfile profile, long seed) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(profile, "profile");
    Random random = new Random(seed ^ scenario.key().hashCode() * 31L ^ month.hashCode());
    List<TaskAssignment> tasks = new ArrayList<>();
    List<DebriefRecord> debriefs = new ArrayList<>();
    List<StaffMember> peers = scenario.peers();
    String prefix = scenario.key() + "-" + month;
    int n = 0;
    for (int pi = 0; pi < peers.size(); pi++) {
      StaffMember peer = peers.get(pi);
      WorkingSchedule schedule = peer.getSchedule()
          .orElse(WorkingSchedule.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)));
      int pool = peoplePerPeer(scenario, peer);
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        LocalDate day = month.atDay(d);
        if (schedule.isWorkingDay(day.getDayOfWeek())) {
          int contacts = poisson(random, profile.contactsPerWorkingDay());
          LocalDateTime next = day.atTime(schedule.getStart());
          for (int c = 0; c < contacts; c++) {
            int minutes = 30 + 15 * random.nextInt(5);
            TimeWindow window;
            if (random.nextDouble() < profile.afterHoursRate()) {
              window = TimeWindow.starting(day.atTime(schedule.getEnd()).plusHours(1 + random.nextInt(4)), Duration.ofMinutes(minutes));
            } else {
              if (next.plusMinutes(minutes).toLocalTime().isAfter(schedule.getEnd()) || !next.plusMinutes(minutes).toLocalDate().equals(day)) {
                continue;
              }
              window = TimeWindow.starting(next, Duration.ofMinutes(minutes));
              next = next.plusMinutes(minutes + 15L);
            }
            tasks.add(draw(random, scenario.type(), profile, String.format("%s-%05d", prefix, ++n), peer, pool, pi, window, false));
          }
        } else if (random.nextDouble() < profile.dayOffContactRate()) {
          TimeWindow window = TimeWindow.starting(day.atTime(8 + random.nextInt(14), 15 * random.nextInt(4)), Duration.ofMinutes(30));
          tasks.add(draw(random, scenario.type(), profile, String.format("%s-%05d", prefix, ++n), peer, pool, pi, window, true));
        }
        if (profile.debriefEveryDays() > 0 && d % profile.debriefEveryDays() == 0) {
          debriefs.add(DebriefRecord.of(peer.getId(), day.atTime(16, 0)));
        }
      }
    }
    return Roster.builder().id(prefix).team(scenario.team()).periodStart(month.atDay(1)).periodEnd(month.atEndOfMonth())
        .assignments(tasks).debriefs(debriefs).build();
  }

  /** The month of each of the study's three agencies, typical profiles, default seed. */
  public static List<Roster> studyMonth(YearMonth month) {
    return Study.agencies().stream().map(a -> month(a, month)).toList();
  }

  private static int peoplePerPeer(AgencyScenario scenario, StaffMember peer) {
    boolean onTeam = scenario.team().getMemberIds().contains(peer.getId());
    long peersOnTeam = scenario.peers().stream().filter(p -> scenario.team().getMemberIds().contains(p.getId())).count();
    if (onTeam && scenario.team().getPeopleServed().isPresent() && peersOnTeam > 0) {
      return (int) Math.max(1, scenario.team().getPeopleServed().get() / peersOnTeam);
    }
    return 12;
  }

  private static TaskAssignment draw(Random random, AgencyType type, SimulationProfile p, String id, StaffMember peer, int pool, int peerIndex,
      TimeWindow window, boolean dayOff) {
    TaskAssignment.Builder b = TaskAssignment.builder().id(id).assignee(peer).window(window)
        .serviceUserRef(id.substring(0, id.indexOf('-')) + "-su-" + (peerIndex + 1) + "-" + (1 + random.nextInt(pool)));
    double r = random.nextDouble();
    if (dayOff) {
      boolean crisis = r < Math.max(p.crisisShare(), 0.5);
      b.activity(Activity.of(crisis ? ActivityCategory.CRISIS_SUPPORT : ActivityCategory.MUTUAL_SUPPORT, "Call taken on a day off"))
          .setting(Setting.STAFF_HOME).crisis(crisis);
      if (crisis && type == AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY) {
        b.addPopulation(Population.OPIOID_CRISIS);
      }
      return b.build();
    }
    double edge = p.crisisShare();
    if (r < edge) {
      b.activity(Activity.of(ActivityCategory.CRISIS_SUPPORT, "Crisis support")).crisis(true).setting(Setting.COMMUNITY);
      if (type == AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY) {
        b.addPopulation(Population.OPIOID_CRISIS);
      }
    } else if (r < (edge += p.clinicalAskShare())) {
      ActivityCode code = random.nextBoolean() ? ActivityCode.cpt("90791") : ActivityCode.hcpcs("H0031");
      b.activity(Activity.builder().category(ActivityCategory.CLINICAL_ASSESSMENT).addCode(code).text("Clinical assessment").build())
          .setting(Setting.EMERGENCY_DEPARTMENT).assignedBy(Role.CLINICIAN);
    } else if (r < (edge += p.errandShare())) {
      b.activity(Activity.of(ActivityCategory.PERSONAL_ERRAND, "Personal errand for the person")).setting(Setting.HOME).assignedBy(Role.CLINICIAN);
    } else if (r < (edge += p.socialShare())) {
      b.activity(Activity.of(ActivityCategory.SOCIAL_ACTIVITY, "Community activity with a lonely person")).setting(Setting.COMMUNITY);
    } else if (r < (edge += p.transportShare())) {
      b.activity(Activity.of(ActivityCategory.TRANSPORTATION, "Drive the person to an appointment")).setting(Setting.COMMUNITY)
          .assignedBy(Role.CASE_MANAGER);
    } else {
      ActivityCategory c = PEER_CORE[random.nextInt(PEER_CORE.length)];
      Activity a = c == ActivityCategory.MUTUAL_SUPPORT
          ? Activity.builder().category(c).addCode(ActivityCode.hcpcs("H0038")).build()
          : Activity.of(c);
      b.activity(a).setting(c == ActivityCategory.GROUP_FACILITATION || c == ActivityCategory.DOCUMENTATION ? Setting.OFFICE : Setting.COMMUNITY);
    }
    double q = random.nextDouble();
    if (q < 0.05) {
      b.addPopulation(Population.CHRONICALLY_HOMELESS);
    } else if (q < 0.06) {
      b.addPopulation(Population.TRAFFICKING_SURVIVOR);
    } else if (q < 0.08) {
      b.addPopulation(Population.PERSON_WHO_HAS_PERPETRATED_HARM);
    } else if (q < 0.18) {
      b.addPopulation(Population.TRAUMA_HISTORY);
    }
    return b.build();
  }

  /** A Poisson draw by inversion (Knuth); fine for the small means used here. */
  private static int poisson(Random random, double mean) {
    if (mean <= 0) {
      return 0;
    }
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l && k < 200);
    return k - 1;
  }
}
