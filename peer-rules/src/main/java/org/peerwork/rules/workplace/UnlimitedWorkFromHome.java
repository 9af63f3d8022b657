package org.peerwork.rules.workplace;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.workplace.WorkFromHome;
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
 * Peers working from home with no limit on hours or contact ({@link WorkFromHome#UNLIMITED}).
 * Limited work from home, within set hours, passes.
 */
public final class UnlimitedWorkFromHome extends BaseRule<WorkplacePolicy> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("UnlimitedWorkFromHome")
      .title("Work from home without limits")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_LIFE_BALANCE)
      .appliesTo(DocumentType.WORKPLACE_POLICY)
      .rationale("\"We all work from home\", said peers at the study's peer-led substance use agency, describing how work "
          + "followed them home: they were available when not scheduled and at home, in crisis work that left them with "
          + "vicarious trauma. Working from home is not the problem; working from home without limits on hours or contact "
          + "is how work-life balance was lost.")
      .suggestion("Set limits on work from home: working hours, when phones are off, and who covers outside them.")
      .addCitation(StudySections.study(StudySections.WORK_LIFE))
      .build();

  /** The rule; stateless. */
  public UnlimitedWorkFromHome() {
    super(METADATA);
  }

  @Override
  public void check(WorkplacePolicy p, RuleContext ctx, Consumer<Finding> findings) {
    if (p.getWorkFromHome() != WorkFromHome.UNLIMITED) {
      return;
    }
    findings.accept(finding(ctx, p, Location.at("workFromHome"), Message.of("Peers work from home with no limit on hours or contact"))
        .evidence(Evidence.facts("workFromHome", p.getWorkFromHome().name()))
        .build());
  }

  @Override
  public List<RuleExample<WorkplacePolicy>> examples() {
    WorkplacePolicy study = Examples.studyPolicy("wp-limited-home");
    return List.of(
        RuleExample.fires("\"We all work from home\", with no limits", study.withId("wp-unlimited-home").withWorkFromHome(WorkFromHome.UNLIMITED)),
        RuleExample.silent("Work from home within set hours", study),
        RuleExample.silent("No work from home", study.withId("wp-no-home").withWorkFromHome(WorkFromHome.NONE)));
  }
}
