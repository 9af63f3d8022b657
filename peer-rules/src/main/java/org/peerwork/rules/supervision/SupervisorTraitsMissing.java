package org.peerwork.rules.supervision;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.supervision.SupervisionArrangement;
import org.peerwork.model.supervision.SupervisorTrait;
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
 * Supervisor expectations that leave out some of the study's six supervisor traits: honesty,
 * respect, celebrating strengths, flexibility, refining job skills after mistakes, and offering
 * trainings. The finding lists the missing traits in that order. The rule checks what the
 * arrangement expects of the supervisor, not how any supervisor behaves.
 */
public final class SupervisorTraitsMissing extends BaseRule<SupervisionArrangement> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("SupervisorTraitsMissing")
      .title("Supervisor expectations miss the study's supervisor traits")
      .defaultSeverity(Severity.INFO)
      .theme(StudyTheme.WORK_SUPPORT)
      .appliesTo(DocumentType.SUPERVISION_ARRANGEMENT)
      .rationale("The study's peers said a supervisor, peer or clinical, should be honest and respectful, celebrate the "
          + "peer's strengths, be flexible, be willing to refine job skills after mistakes are made, and offer trainings. "
          + "Writing these into the supervisor's expectations makes them part of the arrangement. Severity INFO is "
          + "peerwork's choice: the study names these as desired characteristics rather than a standard, and the concrete "
          + "supports (peer-role training, regular access, debriefing, frequency) have WARNING rules of their own.")
      .suggestion("Write the missing traits into the supervisor's expectations, for example in the supervision agreement "
          + "or the supervisor's job description.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "Severity INFO for supervisor traits missing from expectations"))
      .build();

  /** The rule; stateless. */
  public SupervisorTraitsMissing() {
    super(METADATA);
  }

  @Override
  public void check(SupervisionArrangement a, RuleContext ctx, Consumer<Finding> findings) {
    Set<SupervisorTrait> missing = EnumSet.allOf(SupervisorTrait.class);
    missing.removeAll(a.getExpectedTraits());
    if (missing.isEmpty()) {
      return;
    }
    int total = SupervisorTrait.values().length;
    findings.accept(finding(ctx, a, Location.at("expectedTraits"),
            Message.of("The supervisor's expectations leave out {count} of the study's {total} supervisor traits: {missing}",
                "count", String.valueOf(missing.size()), "total", String.valueOf(total), "missing", Text.labels(missing)))
        .evidence(Evidence.facts("missing", Text.names(missing), "count", String.valueOf(missing.size())))
        .build());
  }

  @Override
  public List<RuleExample<SupervisionArrangement>> examples() {
    SupervisionArrangement study = Examples.studyArrangement("sa-all-traits");
    return List.of(
        RuleExample.fires("Expectations that name only honesty and respect",
            study.withId("sa-two-traits").withExpectedTraits(SupervisorTrait.HONESTY, SupervisorTrait.RESPECT)),
        RuleExample.fires("No traits in the expectations at all", study.withId("sa-no-traits").withExpectedTraits()),
        RuleExample.silent("All six traits expected", study));
  }
}
