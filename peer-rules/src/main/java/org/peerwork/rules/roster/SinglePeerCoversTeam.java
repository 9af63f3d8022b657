package org.peerwork.rules.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.peerwork.model.assignment.Roster;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.organization.Team;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.role.Role;
import org.peerwork.model.staff.StaffMember;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Threshold;

/**
 * A team whose peers are too few for the people it serves: the study found one peer support
 * specialist assigned to each intensive treatment team, left to cover large numbers of people.
 */
public final class SinglePeerCoversTeam extends BaseRule<Roster> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("SinglePeerCoversTeam")
      .title("Too few peers for the people a team serves")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.CHALLENGES)
      .appliesTo(DocumentType.ROSTER)
      .rationale("The study: the shortage of peers was especially prominent on the intensive treatment teams, where one peer "
          + "support specialist was assigned to each team, leaving them to cover large numbers of individuals. The rule "
          + "needs the roster's team and the number of people it serves. The team's peers are its members (by staff id) who "
          + "appear in the roster in a peer role; when the team lists no members, every roster assignee in a peer role. The "
          + "rule fires when the people served per peer are above MAX_PEOPLE_PER_TEAM_PEER (default 15, the 1:15 Medicaid "
          + "ratio). A team with no peer in the roster is not judged here.")
      .suggestion("Add peer positions to the team until each peer serves no more than the policy's ratio, or narrow the "
          + "peer's coverage to a caseload they can carry.")
      .addCitation(StudySections.study(StudySections.LOW_SALARY))
      .addCitation(Threshold.MAX_PEOPLE_PER_TEAM_PEER.citation())
      .build();

  /** The rule; stateless. */
  public SinglePeerCoversTeam() {
    super(METADATA);
  }

  @Override
  public void check(Roster roster, RuleContext ctx, Consumer<Finding> findings) {
    if (roster.getTeam().isEmpty() || roster.getTeam().get().getPeopleServed().isEmpty()) {
      return;
    }
    Team team = roster.getTeam().get();
    Set<String> peerAssignees = new TreeSet<>();
    for (TaskAssignment a : roster.getAssignments()) {
      if (a.getAssignee().getRole().isPeer()) {
        peerAssignees.add(a.getAssignee().getId());
      }
    }
    Set<String> peers;
    if (team.getMemberIds().isEmpty()) {
      peers = peerAssignees;
    } else {
      peers = new TreeSet<>(team.getMemberIds());
      peers.retainAll(peerAssignees);
    }
    if (peers.isEmpty()) {
      return;
    }
    int people = team.getPeopleServed().get();
    double perPeer = (double) people / peers.size();
    double max = ctx.threshold(Threshold.MAX_PEOPLE_PER_TEAM_PEER);
    if (perPeer <= max) {
      return;
    }
    String ratio = Examples.fmt(Math.round(perPeer * 10) / 10.0);
    findings.accept(finding(ctx, roster, Location.at("team"),
            Message.of("{peers} on {kind} {team} serve {people} people, {ratio} per peer, above {threshold}",
                "peers", peers.size() == 1 ? "1 peer" : peers.size() + " peers",
                "kind", team.getKind().label().toLowerCase(java.util.Locale.ROOT), "team", team.getId(),
                "people", Integer.toString(people), "ratio", ratio, "threshold", Examples.fmt(max)))
        .evidence(Evidence.facts("team", team.getId(), "teamKind", team.getKind().name(), "peers", Integer.toString(peers.size()),
            "peopleServed", Integer.toString(people), "peoplePerPeer", ratio, "threshold", Examples.fmt(max)))
        .build());
  }

  @Override
  public List<RuleExample<Roster>> examples() {
    StaffMember peer = Examples.staff("s-peer", Role.PEER_SUPPORT_SPECIALIST);
    StaffMember clinician = Examples.staff("s-clin", Role.CLINICIAN);
    List<TaskAssignment> tasks = new ArrayList<>();
    tasks.add(Examples.task("t-1", peer, "u-1", Examples.workingDay(0)));
    tasks.add(Examples.task("t-2", clinician, "u-2", Examples.workingDay(0)));
    Team intensive = Team.builder().id("itt-a").kind(TeamKind.INTENSIVE_TREATMENT).addMemberIds("s-peer", "s-clin").peopleServed(80).build();
    Team small = Team.builder().from(intensive).id("itt-b").peopleServed(12).build();
    return List.of(
        RuleExample.fires("One peer on an intensive treatment team serving 80 people (the study's finding)",
            Roster.builder().from(Examples.roster("itt-a-march", tasks)).team(intensive).build()),
        RuleExample.silent("One peer on a team serving 12 people",
            Roster.builder().from(Examples.roster("itt-b-march", tasks)).team(small).build()),
        RuleExample.silent("No team on the roster", Examples.roster("no-team", tasks)));
  }
}
