package org.peerwork.rules.workplace;

import org.peerwork.rules.internal.Phrases;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.workplace.WorkplacePolicy;
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
 * Too few peers on each intensive treatment team: more people served per peer than
 * {@link Threshold#MAX_PEOPLE_PER_TEAM_PEER}, or the study's one peer per team where the policy
 * does not say how many people a team serves. One peer on a team small enough to stay within the
 * threshold passes.
 */
public final class OnePeerPerIntensiveTeam extends BaseRule<WorkplacePolicy> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("OnePeerPerIntensiveTeam")
      .title("Too few peers per intensive treatment team")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.CHALLENGES)
      .appliesTo(DocumentType.WORKPLACE_POLICY)
      .rationale("The study's peers reported a shortage of peers that was especially prominent on the intensive treatment "
          + "teams: one peer support specialist was assigned to each team, leaving them to cover large numbers of "
          + "individuals, a high job demand on top of low pay. The default limit of 15 people per peer follows a Medicaid "
          + "staffing ratio of one peer support specialist to 15 people; an agency sets its own by policy.")
      .suggestion("Add peers to each intensive treatment team so that no peer serves more people than the policy allows, "
          + "and state how many people a team serves.")
      .addCitation(StudySections.study(StudySections.LOW_SALARY))
      .addCitation(Threshold.MAX_PEOPLE_PER_TEAM_PEER.citation())
      .addCitation(Citation.of(SourceCatalog.NC_MEDICAID_8G, "Staffing ratios"))
      .build();

  /** The rule; stateless. */
  public OnePeerPerIntensiveTeam() {
    super(METADATA);
  }

  @Override
  public void check(WorkplacePolicy p, RuleContext ctx, Consumer<Finding> findings) {
    if (p.getPeersPerIntensiveTeam().isEmpty()) {
      return;
    }
    int peers = p.getPeersPerIntensiveTeam().get();
    if (peers < 1) {
      return; // no peer on the team, so no peer to overload (Bean Validation refuses the value: @Positive)
    }
    Optional<Integer> people = p.getPeopleServedPerIntensiveTeam();
    double max = ctx.threshold(Threshold.MAX_PEOPLE_PER_TEAM_PEER);
    String peersPhrase = peers == 1 ? "One peer" : peers + " peers";
    if (people.isEmpty()) {
      if (peers == 1) {
        findings.accept(finding(ctx, p, Location.at("peersPerIntensiveTeam"),
                Message.of("One peer per intensive treatment team, and the policy does not say how many people a team serves"))
            .evidence(Evidence.facts("peersPerIntensiveTeam", "1", "peopleServedPerIntensiveTeam", "unstated", "max", Phrases.num(max)))
            .build());
      }
      return;
    }
    double perPeer = (double) people.get() / peers;
    if (perPeer <= max) {
      return;
    }
    String per = java.math.BigDecimal.valueOf(people.get())
        .divide(java.math.BigDecimal.valueOf(peers), 2, java.math.RoundingMode.UP).stripTrailingZeros().toPlainString();
    findings.accept(finding(ctx, p, Location.at("peersPerIntensiveTeam"),
            Message.of("{peers} per intensive treatment team serving {people} people: {per} people per peer, more than the policy's {max}",
                "peers", peersPhrase, "people", String.valueOf(people.get()), "per", per, "max", Phrases.num(max)))
        .evidence(Evidence.facts("peersPerIntensiveTeam", String.valueOf(peers), "peopleServedPerIntensiveTeam", String.valueOf(people.get()),
            "peoplePerPeer", per, "max", Phrases.num(max)))
        .suggestion("Add peers to each intensive treatment team: at " + Phrases.num(max) + " people per peer, a team serving "
            + people.get() + " people needs " + (long) Math.ceil(people.get() / max) + " peers.")
        .build());
  }

  @Override
  public List<RuleExample<WorkplacePolicy>> examples() {
    WorkplacePolicy study = Examples.studyPolicy("wp-three-peers-per-team");
    return List.of(
        RuleExample.fires("One peer for a team serving 60 people",
            study.withId("wp-one-peer-60").withPeersPerIntensiveTeam(1).withPeopleServedPerIntensiveTeam(60)),
        RuleExample.fires("One peer per team, team size not stated",
            study.withId("wp-one-peer-unknown").withPeersPerIntensiveTeam(1).withPeopleServedPerIntensiveTeam(Optional.empty())),
        RuleExample.silent("Three peers for 40 people", study),
        RuleExample.silent("One peer for a team of 12", study.withId("wp-one-peer-12").withPeersPerIntensiveTeam(1).withPeopleServedPerIntensiveTeam(12)));
  }
}
