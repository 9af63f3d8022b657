package org.peerwork.examples.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerwork.model.PeerDocument;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.organization.Agency;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.organization.Team;
import org.peerwork.model.staff.StaffMember;

/**
 * One of the study's three agencies as a scenario: the agency, its staff (opaque ids only), its main
 * team, a week of task assignments, and the documents it keeps (job descriptions, a hiring plan, a
 * supervision arrangement, a training plan, a workplace policy, incident reviews), each grounded in
 * the study's text. Immutable.
 *
 * <p>Get one from {@link Study}: {@code Study.communityMentalHealthCenter()}.
 */
public final class AgencyScenario {

  private final String key;
  private final Agency agency;
  private final List<StaffMember> staff;
  private final Team team;
  private final StudyCase week;
  private final List<StudyCase> weekCases;
  private final List<StudyCase> documents;

  AgencyScenario(String key, Agency agency, List<StaffMember> staff, Team team, StudyCase week, List<StudyCase> weekCases,
      List<StudyCase> documents) {
    this.key = Objects.requireNonNull(key, "key");
    this.agency = Objects.requireNonNull(agency, "agency");
    this.staff = List.copyOf(staff);
    this.team = Objects.requireNonNull(team, "team");
    this.week = Objects.requireNonNull(week, "week");
    this.weekCases = List.copyOf(weekCases);
    this.documents = List.copyOf(documents);
  }

  /** A short key: {@code sud}, {@code mhw} or {@code cmhc}; also the prefix of every id in the scenario. */
  public String key() {
    return key;
  }

  /** The agency. */
  public Agency agency() {
    return agency;
  }

  /** The agency's type. */
  public AgencyType type() {
    return agency.getType();
  }

  /** Every staff member, peers and others, in a fixed order. */
  public List<StaffMember> staff() {
    return staff;
  }

  /** The peer staff (peer support specialists, recovery support workers, recovery coaches), supervisors excluded. */
  public List<StaffMember> peers() {
    return staff.stream()
        .filter(s -> s.getRole().isPeer() && s.getRole() != org.peerwork.model.role.Role.PEER_SUPERVISOR)
        .toList();
  }

  /** The staff member with this id. */
  public Optional<StaffMember> staff(String id) {
    return staff.stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /** The agency's main team, the one its rosters belong to. */
  public Team team() {
    return team;
  }

  /** The week of task assignments as a roster. */
  public Roster week() {
    return (Roster) week.document();
  }

  /** The week's assignments, in the roster's order. */
  public List<TaskAssignment> weekAssignments() {
    return week().getAssignments();
  }

  /** The week's assignments that the study names (the emergency room assessment, the cat, the fishing trip...), with their grounding. */
  public List<StudyCase> weekCases() {
    return weekCases;
  }

  /** The agency's other documents (job descriptions, hiring plan, supervision, training, workplace policy, incident reviews), with their grounding. */
  public List<StudyCase> documents() {
    return documents;
  }

  /** The roster and every other document, grounded, roster first. */
  public List<StudyCase> cases() {
    List<StudyCase> all = new ArrayList<>(documents.size() + 1);
    all.add(week);
    all.addAll(documents);
    return List.copyOf(all);
  }

  /**
   * Everything to check, in a fixed order: each of the week's assignments on its own, then the week
   * as a roster, then the other documents.
   */
  public List<PeerDocument> allDocuments() {
    List<PeerDocument> all = new ArrayList<>(weekAssignments());
    all.add(week());
    documents.forEach(c -> all.add(c.document()));
    return List.copyOf(all);
  }

  /**
   * This scenario with its staff changed, for a what-if: each staff member is replaced by
   * {@code change.apply(member)} (same id), in the staff list and as the assignee of the week's
   * assignments, so a simulated month drawn from the result uses the changed staff. The other
   * documents (job descriptions, supervision arrangement...) are kept as they are.
   *
   * <pre>{@code
   * AgencyScenario trained = cmhc.withStaff(s -> s.getSupervisor()
   *     .map(sup -> s.withSupervisor(sup.withPeerRoleTrained(true))).orElse(s));
   * }</pre>
   */
  public AgencyScenario withStaff(java.util.function.UnaryOperator<StaffMember> change) {
    Objects.requireNonNull(change, "change");
    java.util.Map<String, StaffMember> changed = new java.util.LinkedHashMap<>();
    for (StaffMember s : staff) {
      StaffMember c = Objects.requireNonNull(change.apply(s), "change returned null");
      if (!c.getId().equals(s.getId())) {
        throw new IllegalArgumentException("a staff change must keep the id " + s.getId() + ", got " + c.getId());
      }
      changed.put(s.getId(), c);
    }
    java.util.function.UnaryOperator<TaskAssignment> reassign = a -> {
      StaffMember c = changed.get(a.getAssignee().getId());
      return c == null ? a : a.withAssignee(c);
    };
    Roster newWeek = week().withAssignments(week().getAssignments().stream().map(reassign).toList());
    StudyCase weekCopy = new StudyCase(week.title(), week.studySays(), week.source(), week.note(), newWeek);
    List<StudyCase> casesCopy = weekCases.stream()
        .map(c -> c.document() instanceof TaskAssignment a
            ? new StudyCase(c.title(), c.studySays(), c.source(), c.note(), reassign.apply(a))
            : c)
        .toList();
    return new AgencyScenario(key, agency, List.copyOf(changed.values()), team, weekCopy, casesCopy, documents);
  }

  @Override
  public String toString() {
    return "AgencyScenario{" + key + ", " + type().label() + ", " + staff.size() + " staff, " + weekAssignments().size()
        + " assignments this week, " + documents.size() + " documents}";
  }
}
