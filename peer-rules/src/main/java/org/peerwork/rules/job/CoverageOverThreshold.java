package org.peerwork.rules.job;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.Coverage;
import org.peerwork.model.job.JobDescription;
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
 * A peer job covering more people than one peer can support: a caseload over
 * {@link Threshold#MAX_CASELOAD}, or one peer for a whole team (the study: one peer assigned to each
 * intensive treatment team, covering large numbers of people), unless the team's people per peer stay
 * within {@link Threshold#MAX_PEOPLE_PER_TEAM_PEER}.
 */
public final class CoverageOverThreshold extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("CoverageOverThreshold")
      .title("One peer covering a whole team or a caseload over the threshold")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.CHALLENGES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("The study's peers reported a shortage on the intensive treatment teams, where one peer was assigned to "
          + "each team and covered large numbers of people, alongside low pay. The default caseload threshold follows a "
          + "1:15 Medicaid staffing ratio; an agency sets its own.")
      .suggestion("Lower the caseload, or put more than one peer on the team, so that each peer supports no more people "
          + "than the policy threshold.")
      .addCitation(StudySections.study(StudySections.LOW_SALARY))
      .addCitation(Threshold.MAX_CASELOAD.citation())
      .build();

  /** The rule; stateless. */
  public CoverageOverThreshold() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer() || jd.getCoverage().isEmpty()) {
      return;
    }
    Coverage c = jd.getCoverage().get();
    double max = ctx.threshold(Threshold.MAX_CASELOAD);
    if (c.getCaseload().isPresent() && c.getCaseload().get() > max) {
      findings.accept(finding(ctx, jd, Location.at("coverage.caseload"),
              Message.of("A caseload of {caseload} is over the threshold of {max} people per peer",
                  "caseload", String.valueOf(c.getCaseload().get()), "max", JobRuleSupport.number(max)))
          .evidence(Evidence.facts("caseload", String.valueOf(c.getCaseload().get()), "threshold", JobRuleSupport.number(max)))
          .build());
    }
    if (!c.isWholeTeam()) {
      return;
    }
    double perPeerMax = ctx.threshold(Threshold.MAX_PEOPLE_PER_TEAM_PEER);
    int peers = c.getPeersOnTeam().orElse(1);
    if (peers < 1) {
      return; // no peer on the team, so no peer to overload (Bean Validation refuses the value: @Positive)
    }
    if (c.getTeamPeopleServed().isPresent()) {
      double perPeer = c.getTeamPeopleServed().get() / (double) peers;
      if (perPeer > perPeerMax) {
        findings.accept(finding(ctx, jd, Location.at("coverage.wholeTeam"),
                Message.of("{peers} peer(s) cover a whole team of {people} people: {perPeer} per peer, over the threshold of {max}",
                    "peers", String.valueOf(peers), "people", String.valueOf(c.getTeamPeopleServed().get()),
                    "perPeer", JobRuleSupport.number(perPeer), "max", JobRuleSupport.number(perPeerMax)))
            .evidence(Evidence.facts("peersOnTeam", String.valueOf(peers), "teamPeopleServed", String.valueOf(c.getTeamPeopleServed().get()),
                "threshold", JobRuleSupport.number(perPeerMax)))
            .build());
      }
    } else if (c.getPeersOnTeam().isEmpty() || peers == 1) {
      findings.accept(finding(ctx, jd, Location.at("coverage.wholeTeam"),
              Message.of("One peer covers a whole team's people"))
          .evidence(Evidence.facts("wholeTeam", "true", "peersOnTeam", String.valueOf(peers)))
          .build());
    }
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("A caseload of 30",
            Examples.sound("jd-caseload").withCoverage(Coverage.builder().caseload(30).build())),
        RuleExample.fires("The only peer on an ACT team serving 100 people",
            Examples.sound("jd-team").withCoverage(Coverage.builder().wholeTeam(true).peersOnTeam(1).teamPeopleServed(100).build())),
        RuleExample.silent("A caseload of 12",
            Examples.sound("jd-small")),
        RuleExample.silent("Three peers on a team serving 40 people",
            Examples.sound("jd-three").withCoverage(Coverage.builder().wholeTeam(true).peersOnTeam(3).teamPeopleServed(40).build())));
  }
}
