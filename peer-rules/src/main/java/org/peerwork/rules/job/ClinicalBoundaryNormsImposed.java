package org.peerwork.rules.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.job.Duty;
import org.peerwork.model.job.JobDescription;
import org.peerwork.model.text.TextSpan;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.rules.BaseRule;
import org.peerwork.rules.ContextFlag;
import org.peerwork.rules.DocumentType;
import org.peerwork.rules.Finding;
import org.peerwork.rules.Location;
import org.peerwork.rules.Message;
import org.peerwork.rules.NormComparison;
import org.peerwork.rules.RuleContext;
import org.peerwork.rules.RuleExample;
import org.peerwork.rules.RuleMetadata;
import org.peerwork.rules.Severity;
import org.peerwork.rules.text.DutyClassification;
import org.peerwork.rules.text.DutyClassifier;
import org.peerwork.rules.text.DutyEvidence;
import org.peerwork.rules.text.PostingReading;

/**
 * Clinical boundary norms imposed on a peer: a ban on self-disclosure, or on any contact with the
 * people served outside the office or the program. Read from the duties and, for a parsed posting,
 * from every other statement of it: a statement that negates sharing lived experience or social
 * contact ("staff must not disclose personal history", "no contact with clients outside the office")
 * is such a ban.
 */
public final class ClinicalBoundaryNormsImposed extends BaseRule<JobDescription> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("ClinicalBoundaryNormsImposed")
      .title("Clinical boundary norms imposed on a peer")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.WORK_ROLE_AND_BOUNDARIES)
      .appliesTo(DocumentType.JOB_DESCRIPTION)
      .rationale("Peer and clinical boundaries differ. Self-disclosure is expected of peers (state codes of ethics), and "
          + "socialising with a lonely service user, going fishing or out to eat, is permitted under peer norms though a "
          + "clinician may not do it. The study's peers were reprimanded for crossing clinical boundaries, not peer ones. A "
          + "blanket ban on self-disclosure or on contact outside the office applies clinical norms to a peer.")
      .suggestion("Replace the ban with peer boundaries: share lived experience when it helps the person; contact outside "
          + "the office is fine when it serves the person and is agreed in supervision; no romantic, financial or other "
          + "conflicting dual relationships.")
      .addCitation(StudySections.study(StudySections.WORK_ROLE))
      .addCitation(Citation.of(SourceCatalog.STATE_ETHICS, "Self-disclosure expected"))
      .addCitation(Citation.of(SourceCatalog.SAMHSA2015, "Category 3: shares lived experiences of recovery"))
      .build();

  private static final Predicate<ActivityCategory> BANNED =
      c -> c == ActivityCategory.SHARING_LIVED_EXPERIENCE || c == ActivityCategory.SOCIAL_ACTIVITY;

  /** The rule; stateless. */
  public ClinicalBoundaryNormsImposed() {
    super(METADATA);
  }

  @Override
  public void check(JobDescription jd, RuleContext ctx, Consumer<Finding> findings) {
    if (!jd.getRole().isPeer()) {
      return;
    }
    List<TextSpan> dutySpans = new ArrayList<>();
    for (DutyReading r : DutyReading.of(jd, ctx)) {
      r.duty.getSpan().filter(s -> r.spansInSource).ifPresent(dutySpans::add);
      for (DutyReading.Signal s : r.negated(BANNED)) {
        report(jd, ctx, findings, s.category(), s.location(), s.evidence(), r.duty);
      }
    }
    if (jd.getSourceText().isEmpty()) {
      return;
    }
    String src = jd.getSourceText().get();
    DutyClassifier classifier = ctx.dutyClassifier();
    PostingReading posting = PostingReading.of(ctx, src);
    dutySpans.sort(java.util.Comparator.comparingInt(TextSpan::getStart));
    int next = 0;
    for (TextSpan st : posting.statements()) {
      while (next < dutySpans.size() && dutySpans.get(next).getEnd() <= st.getStart()) {
        next++;
      }
      if (next < dutySpans.size() && dutySpans.get(next).getStart() < st.getEnd()) {
        continue; // the statement is (part of) a duty, already read above
      }
      DutyClassification c = posting.classify(classifier, st.getStart(), st.getEnd(), false);
      for (DutyEvidence e : c.getEvidence()) {
        if (e.isNegated() && !e.getContext().contains(ContextFlag.PSEUDO_NEGATION) && BANNED.test(e.getCategory())) {
          report(jd, ctx, findings, e.getCategory(), Location.at("sourceText", e.getSpan()), DutyReading.evidence(e), null);
          break;
        }
      }
    }
  }

  private void report(JobDescription jd, RuleContext ctx, Consumer<Finding> findings, ActivityCategory category,
      Location location, org.peerwork.rules.Evidence evidence, Duty duty) {
    String what = category == ActivityCategory.SHARING_LIVED_EXPERIENCE ? "self-disclosure" : "contact outside the office";
    findings.accept(finding(ctx, jd, location,
            Message.of("\"{quote}\" bans {what}: a clinical boundary norm applied to a {role}",
                "quote", evidence.getQuote().orElse(duty == null ? "" : duty.getText()), "what", what, "role", JobRuleSupport.role(jd)))
        .evidence(evidence)
        .verdicts(NormComparison.of(ctx.norms(), category))
        .build());
  }

  @Override
  public List<RuleExample<JobDescription>> examples() {
    return List.of(
        RuleExample.fires("A ban on self-disclosure among the duties",
            Examples.withDuties("jd-nodisclose", "Provide peer support", "Staff must not disclose personal recovery history to clients")),
        RuleExample.fires("A ban on contact outside the office, elsewhere in a posting",
            Examples.posting("jd-office", "Peer Support Specialist\n\nResponsibilities:\n- Share lived experience to inspire hope\n"
                + "- Facilitate peer support groups\n\nBoundaries:\nThere is to be no contact with clients outside the office.\n")),
        RuleExample.silent("Sharing lived experience and meeting people in the community",
            Examples.withDuties("jd-share", "Share your recovery story when it may help", "Meet members for coffee in the community")));
  }
}
