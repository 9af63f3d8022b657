package org.peerwork.rules.workplace;

import java.util.List;
import java.util.function.Consumer;
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

/**
 * Staff do crisis work, but peers do not check in with one another, or no debriefing is available:
 * one finding for each support that is missing. Silent where staff do no crisis work (a
 * supervision arrangement without debriefing is reported by {@link org.peerwork.rules.supervision.NoDebriefing}).
 */
public final class CrisisWorkWithoutCheckIns extends BaseRule<WorkplacePolicy> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("CrisisWorkWithoutCheckIns")
      .title("Crisis work without peer check-ins or debriefing")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.WORKPLACE_POLICY)
      .rationale("Opioid crisis work left the study's peer-led agency staff with vicarious trauma. To address it, peers "
          + "checked in with one another, were vigilant if a colleague appeared exhausted, and took part in debriefings as "
          + "needed. The Discussion asks for a supportive organisational structure against the burnout and vicarious trauma "
          + "peers meet working alongside first responders and crisis workers.")
      .suggestion("Where staff do crisis work, build in both supports: regular peer check-ins and debriefing after crisis "
          + "contacts.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .addCitation(StudySections.study(StudySections.DISCUSSION))
      .build();

  /** The rule; stateless. */
  public CrisisWorkWithoutCheckIns() {
    super(METADATA);
  }

  @Override
  public void check(WorkplacePolicy p, RuleContext ctx, Consumer<Finding> findings) {
    if (!p.isCrisisWork()) {
      return;
    }
    if (!p.isPeerCheckIns()) {
      findings.accept(finding(ctx, p, Location.at("peerCheckIns"), Message.of("Staff do crisis work, but peers do not check in with one another"))
          .evidence(Evidence.facts("crisisWork", "true", "peerCheckIns", "false"))
          .suggestion("Set up regular peer check-ins for staff doing crisis work, so colleagues notice exhaustion and burnout.")
          .build());
    }
    if (!p.isDebriefingAvailable()) {
      findings.accept(finding(ctx, p, Location.at("debriefingAvailable"), Message.of("Staff do crisis work, but no debriefing is available"))
          .evidence(Evidence.facts("crisisWork", "true", "debriefingAvailable", "false"))
          .suggestion("Make debriefing available as needed after crisis contacts.")
          .build());
    }
  }

  @Override
  public List<RuleExample<WorkplacePolicy>> examples() {
    WorkplacePolicy study = Examples.studyPolicy("wp-crisis-supported");
    return List.of(
        RuleExample.fires("Opioid crisis work with neither check-ins nor debriefing",
            study.withId("wp-crisis-unsupported").withPeerCheckIns(false).withDebriefingAvailable(false)),
        RuleExample.fires("Crisis work with debriefing but no peer check-ins", study.withId("wp-crisis-no-check-ins").withPeerCheckIns(false)),
        RuleExample.silent("Crisis work with check-ins and debriefing", study),
        RuleExample.silent("No crisis work", study.withId("wp-no-crisis").withCrisisWork(false).withPeerCheckIns(false).withDebriefingAvailable(false)));
  }
}
