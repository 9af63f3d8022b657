package org.peerwork.rules.hiring;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.StudySections;
import org.peerwork.model.hiring.HiringPlan;
import org.peerwork.model.hiring.PositionKind;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.organization.Governance;
import org.peerwork.model.role.CertificationPolicy;
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
 * A certification policy that does not fit the hiring agency or the position:
 *
 * <ul>
 *   <li>{@link CertificationPolicy#RECOVERY_TIME_ONLY} at any agency: recovery time in place of
 *       certification or training toward it;
 *   <li>an agency-led agency (a community mental health center) that asks for no certification,
 *       where the study's agency-led agency hired peers certified or working toward CRSW or CPS
 *       certification;
 *   <li>a get-well position that requires full certification, which a person just after achieving
 *       sobriety rarely has.
 * </ul>
 *
 * <p>A peer-operated agency that asks for no certification, for instance for a get-well position,
 * is what the study describes and passes. At most one finding per plan.
 */
public final class CertificationPolicyMismatch extends BaseRule<HiringPlan> {

  static final RuleMetadata METADATA = RuleMetadata.builder()
      .id("CertificationPolicyMismatch")
      .title("Certification policy does not fit the agency or the position")
      .defaultSeverity(Severity.WARNING)
      .theme(StudyTheme.HIRING)
      .appliesTo(DocumentType.HIRING_PLAN)
      .rationale("The study found that agency-run organisations had more requirements on hiring: the agency-led center "
          + "made a point of hiring people already certified, or working toward certification, as Certified Recovery Support "
          + "Worker or Certified Peer Support. The peer-operated agencies were more comfortable hiring people still "
          + "struggling and offered get-well positions, a less demanding role just after achieving sobriety. Medicaid peer "
          + "support rests on training and credentialing, and the New Hampshire CRSW asks for 500 hours of experience, so a "
          + "get-well hire cannot be certified already. Asking only for recovery time goes against the study's \"quality is "
          + "more important than quantity\". Severity WARNING is peerwork's choice: in each case the policy either cannot "
          + "be met by the people the position is for, or leaves the peer without the credential the agency's services rest "
          + "on; an agency can lower it to INFO by policy.")
      .suggestion("Match the certification policy to the agency and the position: an agency-led center hires peers "
          + "certified or working toward CRSW or CPS certification (and supports the training); a get-well position asks "
          + "for no certification up front; nowhere should recovery time replace certification and the readiness areas.")
      .addCitation(StudySections.study(StudySections.HIRING))
      .addCitation(Citation.of(SourceCatalog.CMS_SMDL_07_011, "Training and credentialing of peer support providers"))
      .addCitation(Citation.of(SourceCatalog.NH_ALC_300, "Alc 303.02: 500 hours of paid or volunteer work experience"))
      .addCitation(Citation.of(SourceCatalog.PEERWORK, "Severity WARNING for a certification policy that does not fit"))
      .build();

  /** The rule; stateless. */
  public CertificationPolicyMismatch() {
    super(METADATA);
  }

  @Override
  public void check(HiringPlan plan, RuleContext ctx, Consumer<Finding> findings) {
    CertificationPolicy policy = plan.getCertificationPolicy();
    Optional<AgencyType> agency = plan.getAgencyType();
    boolean agencyLed = agency.map(a -> a.governance() == Governance.AGENCY_LED).orElse(false);
    Finding.Builder f;
    if (policy == CertificationPolicy.RECOVERY_TIME_ONLY) {
      f = finding(ctx, plan, Location.at("certificationPolicy"),
              Message.of("The plan asks only for recovery time, in place of certification or training toward it"))
          .suggestion("Replace the recovery-time requirement with a certification policy that fits the agency (certified or "
              + "working toward CRSW or CPS certification, or none for a get-well position) and the study's readiness areas.");
    } else if (agencyLed && policy == CertificationPolicy.NOT_REQUIRED) {
      f = finding(ctx, plan, Location.at("certificationPolicy"),
              Message.of("The hiring agency, {agency}, asks for no certification; the study's agency-led agency hired peers certified or working toward CRSW or CPS certification",
                  "agency", Text.withArticle(Text.lower(agency.get()))))
          .suggestion("Ask for CRSW or CPS certification, or for work toward it, and support the new peer's training.");
    } else if (plan.getPositionKind() == PositionKind.GET_WELL && policy == CertificationPolicy.CERTIFIED_REQUIRED) {
      f = finding(ctx, plan, Location.at("certificationPolicy"),
              Message.of("A get-well position requires full certification, which a person just after achieving sobriety rarely has"))
          .suggestion("Ask for no certification up front for a get-well position; offer training toward certification once hired.");
    } else {
      return;
    }
    findings.accept(f.evidence(Evidence.facts("certificationPolicy", policy.name(),
            "agencyType", agency.map(Enum::name).orElse("unstated"), "positionKind", plan.getPositionKind().name()))
        .build());
  }

  @Override
  public List<RuleExample<HiringPlan>> examples() {
    HiringPlan study = Examples.studyPlan("hp-cmhc-certified-or-in-progress");
    return List.of(
        RuleExample.fires("Recovery time in place of certification",
            study.withId("hp-time-only").withCertificationPolicy(CertificationPolicy.RECOVERY_TIME_ONLY).withMinimumRecoveryMonths(24)),
        RuleExample.fires("A community mental health center that asks for no certification",
            study.withId("hp-cmhc-none").withCertificationPolicy(CertificationPolicy.NOT_REQUIRED)),
        RuleExample.fires("A get-well position that requires full certification",
            study.withId("hp-get-well-certified").withAgencyType(AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY)
                .withPositionKind(PositionKind.GET_WELL).withCertificationPolicy(CertificationPolicy.CERTIFIED_REQUIRED)),
        RuleExample.silent("A community mental health center hiring certified or in-progress peers", study),
        RuleExample.silent("A peer-led recovery agency's get-well position with no certification asked",
            study.withId("hp-peer-led-get-well").withAgencyType(AgencyType.PEER_LED_SUBSTANCE_USE_RECOVERY)
                .withPositionKind(PositionKind.GET_WELL).withCertificationPolicy(CertificationPolicy.NOT_REQUIRED)));
  }
}
