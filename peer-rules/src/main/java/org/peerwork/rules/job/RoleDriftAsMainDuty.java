package org.peerwork.rules.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Evidence;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Message;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.rules.policy.Threshold;
import org.peerwork.rules.text.DutyEvidence;
import org.peerwork.rules.text.DutyLabel;

/**
 * Duties of a peer job whose main work is transport, clerical or custodial work, or case
 * management: each such duty is reported for information, and as a warning when their share of the
 * job's recognised duties reaches {@link Threshold#ROLE_DRIFT_SHARE}, where they have become the main
 * duty. A duty that mixes them with peer work ("transports and accompanies") does not count.
 */
public final class RoleDriftAsMainDuty extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("RoleDriftAsMainDuty")
      .title("Role drift: transport, clerical or case management work as a main duty")
      .defaultSeverity(Severity.INFO)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("Peers have been used as receptionists, custodians, drivers and case managers, and a peer does not "
          + "provide case management. Such work is allowed now and then but drifts the role when it becomes the job. The "
          + "share of duties that marks it as the main duty is a policy threshold; its default (half) is a peerwork choice.")
      .suggestion("Keep transport, reception, cleaning and case management as occasional tasks shared with other staff, "
          + "and make peer support (lived experience, mutual support, advocacy, linkage) the core of the job.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2012, "A peer does not provide case management"))
      .addCitation(Threshold.ROLE_DRIFT_SHARE.citation())
      .build();

  /** The rule; stateless. */
  public RoleDriftAsMainDuty() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer()) {
      return;
    }
    List<DutyReading> readings = DutyReading.of(jd, ctx);
    int recognised = 0;
    List<DutyReading> drift = new ArrayList<>();
    for (DutyReading r : readings) {
      if (r.excluded() || r.label().isEmpty() || r.label().get() == DutyLabel.NEGATED_CLINICAL) {
        continue;
      }
      recognised++;
      Optional<ActivityCategory> main = r.mainCategory();
      if (r.label().get() == DutyLabel.ADMIN && main.isPresent() && main.get().group() == ActivityGroup.ROLE_DRIFT) {
        drift.add(r);
      }
    }
    if (drift.isEmpty()) {
      return;
    }
    double share = drift.size() / (double) recognised;
    double threshold = ctx.threshold(Threshold.ROLE_DRIFT_SHARE);
    boolean main = share >= threshold;
    Severity severity = ctx.policy().getSeverityOverrides().containsKey(METADATA.getId()) ? ctx.severityOf(METADATA)
        : main ? Severity.WARNING : Severity.INFO;
    String pct = Math.round(share * 100) + "%";
    for (DutyReading r : drift) {
      ActivityCategory c = r.mainCategory().get();
      DutyEvidence ev = r.text == null ? null : first(r, c);
      Evidence evidence = ev == null
          ? Evidence.builder().quote(r.duty.getText()).putFact("category", c.name()).putFact("share", pct).build()
          : Evidence.builder().from(DutyReading.evidence(ev)).putFact("share", pct).build();
      findings.accept(finding(ctx, jd, ev != null && r.spansInSource ? org.peerwork.rules.Location.at(r.path(), ev.getSpan()) : r.location(),
              Message.of(main
                      ? "\"{quote}\" is role-drift work ({activity}); such duties are {share} of the recognised duties, so they are the main job"
                      : "\"{quote}\" is role-drift work ({activity}) for a peer; such duties are {share} of the recognised duties",
                  "quote", evidence.getQuote().orElse(r.duty.getText()),
                  "activity", c.label().toLowerCase(Locale.ROOT),
                  "share", pct))
          .severity(severity)
          .evidence(evidence)
          .verdicts(NormComparison.of(ctx.norms(), c))
          .build());
    }
  }

  private static DutyEvidence first(DutyReading r, ActivityCategory c) {
    for (DutyEvidence e : r.text.getEvidence()) {
      if (e.isAffirmed() && e.getCategory() == c) {
        return e;
      }
    }
    return null;
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("A peer job that is mostly driving and reception",
            Examples.withDuties("jd-drift", "Drive the agency van on the daily pick-up route", "Cover the front desk and answer phones",
                "Offer peer support to members")),
        RuleExample.fires("One transport duty among peer work: reported for information",
            Examples.withDuties("jd-drift-info", "Transport members to appointments in the agency vehicle", "Share lived experience",
                "Facilitate recovery groups", "Advocate for members")),
        RuleExample.silent("Transport mixed with accompaniment is peer work",
            Examples.withDuties("jd-accompany", "Transports and accompanies members to appointments and court", "Facilitate peer groups")));
  }
}
