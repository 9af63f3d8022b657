package org.peerwork.rules.supervision;

import java.util.List;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisionFrequency;
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
 * Supervision less frequent than the standard in force: fewer sessions a month
 * ({@link SupervisionFrequency#sessionsPerMonth()}) than {@link Threshold#MIN_SUPERVISION_SESSIONS_PER_MONTH}.
 * The message names the standard used: the default's source (IC&amp;RC, weekly) or the agency's
 * own policy when it sets the threshold.
 */
public final class SupervisionBelowStandard extends BaseRule<SupervisionArrangement> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("SupervisionBelowStandard")
      .title("Supervision less frequent than the standard")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.SUPERVISION_ARRANGEMENT)
      .rationale("The study's peers reported the need for supervisory support once hired. Peer credentials set how much: "
          + "the IC&RC Peer Recovery code of ethics asks for at least one supervision session a week, the NAADAC NCPRSS "
          + "code for at least two a month. The default standard is IC&RC's weekly (four sessions a month); an agency or "
          + "state sets its own by policy, and the finding says which standard it used.")
      .suggestion("Schedule supervision at least as often as the standard, and keep it regular.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(Threshold.MIN_SUPERVISION_SESSIONS_PER_MONTH.citation())
      .addCitation(Citation.of(SourceCatalog.NAADAC_NCPRSS, "Two supervision sessions a month"))
      .build();

  /** The rule; stateless. */
  public SupervisionBelowStandard() {
    super(METADATA);
  }

  @Override
  public void check(SupervisionArrangement a, RuleContext ctx, Consumer<Finding> findings) {
    Threshold t = Threshold.MIN_SUPERVISION_SESSIONS_PER_MONTH;
    double min = ctx.threshold(t);
    SupervisionFrequency frequency = a.getFrequency();
    double sessions = frequency.sessionsPerMonth();
    if (sessions >= min) {
      return;
    }
    boolean policySet = ctx.policy().getThresholds().containsKey(t);
    String standard = policySet
        ? "the policy's own standard" + ctx.policy().getName().map(n -> " (" + n + ")").orElse("")
        : t.citation().toString();
    findings.accept(finding(ctx, a, Location.at("frequency"),
            Message.of("Supervision is {frequency} ({sessions} a month), less than the standard of {min} a month: {standard}",
                "frequency", Text.lower(frequency), "sessions", Text.num(sessions) + (sessions == 1 ? " session" : " sessions"), "min", Text.num(min), "standard", standard))
        .evidence(Evidence.facts("frequency", frequency.name(), "sessionsPerMonth", Text.num(sessions), "minimum", Text.num(min),
            "standard", policySet ? "policy" : t.citation().getSourceId()))
        .suggestion("Schedule supervision at least " + Text.num(min) + " times a month (" + standard + ").")
        .build());
  }

  @Override
  public List<RuleExample<SupervisionArrangement>> examples() {
    SupervisionArrangement study = Examples.studyArrangement("sa-weekly");
    return List.of(
        RuleExample.fires("Monthly supervision, below the weekly standard", study.withId("sa-monthly").withFrequency(SupervisionFrequency.MONTHLY)),
        RuleExample.fires("Supervision only as needed", study.withId("sa-as-needed").withFrequency(SupervisionFrequency.AS_NEEDED)),
        RuleExample.silent("Weekly supervision", study));
  }
}
