package org.peerwork.rules.bench;

import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.peerwork.model.activity.Activity;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.assignment.TimeWindow;
import org.peerwork.model.json.PeerJson;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.staff.SupervisorRef;
import org.peerwork.model.staff.WorkingSchedule;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.training.TrainingTopic;

/**
 * Deterministic task assignments shaped like an EHR's task log: mostly peer staff doing peer work
 * on a weekday within their hours, with a minority that cross a boundary (clinical tasks and codes,
 * chores, prohibited conduct, days off, populations without training). Same seed, same data.
 */
public final class BenchData {

  /** The seed every benchmark and the agreement test use. */
  public static final long SEED = 20201126L;

  private static final ActivityCategory[] CORE = {
      ActivityCategory.MUTUAL_SUPPORT, ActivityCategory.SHARING_LIVED_EXPERIENCE, ActivityCategory.RECOVERY_PLANNING_SUPPORT,
      ActivityCategory.RESOURCE_LINKAGE, ActivityCategory.ACCOMPANIMENT, ActivityCategory.GROUP_FACILITATION,
      ActivityCategory.SKILL_BUILDING, ActivityCategory.OUTREACH, ActivityCategory.ADVOCACY, ActivityCategory.DOCUMENTATION,
      ActivityCategory.TEAM_COLLABORATION, ActivityCategory.SOCIAL_ACTIVITY, ActivityCategory.CRISIS_SUPPORT};
  private static final Role[] PEERS = {Role.PEER_SUPPORT_SPECIALIST, Role.RECOVERY_SUPPORT_WORKER, Role.RECOVERY_COACH, Role.PEER_SUPERVISOR};
  private static final Role[] OTHERS = {Role.CLINICIAN, Role.NURSE, Role.CASE_MANAGER, Role.COMMUNITY_HEALTH_WORKER, Role.ADDICTION_COUNSELOR};
  private static final ActivityCode[] CLINICAL_CODES = {ActivityCode.cpt("90791"), ActivityCode.hcpcs("H0031"), ActivityCode.cpt("90834")};
  private static final ActivityCode H0038 = ActivityCode.hcpcs("H0038");
  private static final ActivityCode G0140 = ActivityCode.hcpcs("G0140");
  private static final LocalDate MONDAY = LocalDate.of(2020, 3, 2);

  private static final WorkingSchedule WEEKDAYS = WorkingSchedule.weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0));
  private static final WorkingSchedule TUE_TO_SAT = WorkingSchedule.builder()
      .workingDays(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)).start(LocalTime.of(8, 0)).end(LocalTime.of(16, 0)).build();
  private static final SupervisorRef PEER_SUPERVISOR = SupervisorRef.builder().staffId("sup-1").kind(SupervisorKind.PEER).peerRoleTrained(true).build();
  private static final SupervisorRef CLINICAL_SUPERVISOR = SupervisorRef.builder().staffId("sup-2").kind(SupervisorKind.CLINICAL).peerRoleTrained(true).build();

  private BenchData() {}

  /** {@code n} assignments from {@code seed}; about 28% have a finding under the five rules (a stress mix). */
  public static List<TaskAssignment> assignments(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<TaskAssignment> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(assignment(r, i));
    }
    return out;
  }

  /** {@code n} assignments on which peerwork's five rules find nothing. */
  public static List<TaskAssignment> clean(int n, long seed) {
    var checks = FiveRules.peerwork();
    SplittableRandom r = new SplittableRandom(seed);
    List<TaskAssignment> out = new ArrayList<>(n);
    for (int i = 0; out.size() < n; i++) {
      TaskAssignment a = assignment(r, i);
      if (checks.check(a).isClean()) {
        out.add(a);
      }
    }
    return out;
  }

  /** The assignment number {@code i} drawn from {@code r}. */
  static TaskAssignment assignment(SplittableRandom r, int i) {
    boolean peer = r.nextInt(100) < 75;
    Role role = peer ? PEERS[r.nextInt(PEERS.length)] : OTHERS[r.nextInt(OTHERS.length)];
    int kind = r.nextInt(100);
    ActivityCategory category;
    List<ActivityCode> codes = new ArrayList<>(2);
    if (kind < 80) {
      category = CORE[r.nextInt(CORE.length)];
      int c = r.nextInt(10);
      if (c < 4) {
        codes.add(H0038);
      } else if (c == 4) {
        codes.add(G0140);
      }
    } else if (kind < 88) {
      ActivityCategory[] clinical = {ActivityCategory.CLINICAL_ASSESSMENT, ActivityCategory.PSYCHOTHERAPY, ActivityCategory.MEDICATION_MANAGEMENT,
          ActivityCategory.DIAGNOSIS, ActivityCategory.TREATMENT_PLANNING};
      category = clinical[r.nextInt(clinical.length)];
    } else if (kind < 92) {
      category = ActivityCategory.MUTUAL_SUPPORT;
      if (r.nextBoolean()) {
        codes.add(H0038);
      }
      codes.add(CLINICAL_CODES[r.nextInt(CLINICAL_CODES.length)]);
    } else if (kind < 95) {
      category = r.nextBoolean() ? ActivityCategory.PERSONAL_ERRAND : ActivityCategory.HOUSEHOLD_CHORE;
    } else if (kind < 97) {
      ActivityCategory[] prohibited = {ActivityCategory.FINANCIAL_DEALING, ActivityCategory.ROMANTIC_OR_SEXUAL_RELATIONSHIP,
          ActivityCategory.SHARED_SUBSTANCE_USE, ActivityCategory.COERCION};
      category = prohibited[r.nextInt(prohibited.length)];
    } else {
      ActivityCategory[] drift = {ActivityCategory.TRANSPORTATION, ActivityCategory.CARE_COORDINATION, ActivityCategory.CLERICAL_OR_CUSTODIAL,
          ActivityCategory.COMPLIANCE_ENFORCEMENT, ActivityCategory.TRAINING_AND_EDUCATION};
      category = drift[r.nextInt(drift.length)];
    }
    Activity activity = Activity.builder().category(category).codes(codes).build();

    WorkingSchedule schedule = r.nextInt(10) == 0 ? TUE_TO_SAT : WEEKDAYS;
    EnumSet<TrainingTopic> trainings = EnumSet.of(TrainingTopic.PEER_BOUNDARIES);
    EnumSet<Population> populations = EnumSet.noneOf(Population.class);
    if (r.nextInt(100) < 20) {
      Population p = Population.values()[r.nextInt(Population.values().length)];
      populations.add(p);
      if (r.nextInt(100) < 80) {
        for (TrainingTopic t : TrainingTopic.values()) {
          if (t.populations().contains(p)) {
            trainings.add(t);
          }
        }
      }
      if (r.nextInt(10) == 0) {
        populations.add(Population.TRAUMA_HISTORY);
      }
    }
    if (r.nextInt(3) == 0) {
      trainings.add(TrainingTopic.SELF_CARE);
    }
    boolean crisis = r.nextInt(100) < 4;
    if (crisis && r.nextInt(4) != 0) {
      trainings.add(TrainingTopic.VICARIOUS_TRAUMA);
    }
    StaffMember staff = StaffMember.builder().id("s-" + r.nextInt(500)).role(role)
        .supervisor(peer ? PEER_SUPERVISOR : CLINICAL_SUPERVISOR)
        .schedule(schedule)
        .completedTrainings(trainings)
        .build();

    TaskAssignment.Builder b = TaskAssignment.builder().id("t-" + i).activity(activity).assignee(staff)
        .setting(Setting.values()[r.nextInt(4)])
        .populations(populations)
        .crisis(crisis);
    if (r.nextInt(20) != 0) {
      int day = r.nextInt(100) < 92 ? r.nextInt(5) : 5 + r.nextInt(2);
      int hour = r.nextInt(100) < 95 ? 9 + r.nextInt(6) : (r.nextBoolean() ? 6 : 19);
      LocalDateTime start = LocalDateTime.of(MONDAY.plusDays(7L * r.nextInt(8) + day), LocalTime.of(hour, 15 * r.nextInt(4)));
      b.window(TimeWindow.of(start, start.plusMinutes(30 + 30L * r.nextInt(3))));
    }
    if (r.nextBoolean()) {
      b.serviceUserRef("u-" + r.nextInt(10_000));
    }
    if (r.nextInt(4) == 0) {
      b.assignedBy(r.nextBoolean() ? Role.CLINICIAN : Role.PEER_SUPERVISOR);
    }
    return b.build();
  }

  /** {@code n} assignments as NDJSON text, one per line. */
  public static String ndjson(List<TaskAssignment> assignments) {
    StringBuilder b = new StringBuilder(assignments.size() * 600);
    PeerJson json = PeerJson.standard();
    for (TaskAssignment a : assignments) {
      b.append(json.write(a)).append('\n');
    }
    return b.toString();
  }

  /**
   * A character stream of {@code lines} NDJSON assignments made as it is read, never held whole:
   * a pool of distinct lines cycled, each with a fresh id, so memory use stays that of the pool.
   */
  public static Reader ndjsonStream(long lines, long seed) {
    List<TaskAssignment> pool = assignments(4096, seed);
    PeerJson json = PeerJson.standard();
    String[][] parts = new String[pool.size()][];
    for (int i = 0; i < pool.size(); i++) {
      String line = json.write(pool.get(i));
      String id = "\"id\":\"" + pool.get(i).getId() + "\"";
      int at = line.indexOf(id);
      parts[i] = new String[] {line.substring(0, at) + "\"id\":\"t-", "\"" + line.substring(at + id.length()) + "\n"};
    }
    return new Reader() {
      private long next;
      private final StringBuilder buf = new StringBuilder(1024);
      private int pos;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (pos == buf.length()) {
          if (next == lines) {
            return -1;
          }
          String[] p = parts[(int) (next % parts.length)];
          buf.setLength(0);
          buf.append(p[0]).append(next).append(p[1]);
          pos = 0;
          next++;
        }
        int n = Math.min(len, buf.length() - pos);
        buf.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }
}
