package org.peerwork.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.activity.ActivityCodeCatalog;
import org.peerwork.model.activity.ActivityGroup;
import org.peerwork.model.activity.CodeEntry;
import org.peerwork.model.activity.CodeSystem;
import org.peerwork.model.assignment.Setting;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Source;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.evidence.Vocabulary;
import org.peerwork.model.hiring.DesiredTrait;
import org.peerwork.model.hiring.HiringInvolvement;
import org.peerwork.model.hiring.InterviewTopic;
import org.peerwork.model.hiring.PositionKind;
import org.peerwork.model.hiring.ReadinessIndicator;
import org.peerwork.model.hiring.RedFlag;
import org.peerwork.model.incident.ReviewOutcome;
import org.peerwork.model.organization.AgencyType;
import org.peerwork.model.organization.Governance;
import org.peerwork.model.organization.TeamKind;
import org.peerwork.model.population.Population;
import org.peerwork.model.role.CertificationPolicy;
import org.peerwork.model.role.Credential;
import org.peerwork.model.role.CredentialCatalog;
import org.peerwork.model.role.CredentialKind;
import org.peerwork.model.role.CredentialStatus;
import org.peerwork.model.role.Role;
import org.peerwork.model.role.RoleKind;
import org.peerwork.model.supervision.SupervisionFrequency;
import org.peerwork.model.supervision.SupervisorKind;
import org.peerwork.model.supervision.SupervisorTrait;
import org.peerwork.model.theme.StudyTheme;
import org.peerwork.model.training.TrainingAudience;
import org.peerwork.model.training.TrainingTopic;
import org.peerwork.model.validation.PeerValidation;
import org.peerwork.model.workplace.Challenge;
import org.peerwork.model.workplace.WorkCondition;
import org.peerwork.model.workplace.WorkFromHome;

/** The bundled catalogs load, hold what DESIGN section 4 and 9 name, and cite known sources. */
class CatalogsTest {

  private final SourceCatalog sources = SourceCatalog.standard();

  @Test
  void sourceCatalogHoldsEverySourceTheCodeNames() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field f : SourceCatalog.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        constants.add((String) f.get(null));
      }
    }
    assertThat(constants).hasSize(17).contains("ALMEIDA2020", "NAPS2013", "SAMHSA2015", "SAMHSA2012", "ICRC-PR", "STATE-ETHICS",
        "CMS-SMDL-07-011", "NH-ALC-300", "NH-HEM-402", "HCPCS", "CPT", "NUCC", "PEERWORK");
    assertThat(sources.all()).extracting(Source::getId).containsExactlyInAnyOrderElementsOf(constants);
    for (Source s : sources.all()) {
      assertThat(PeerValidation.validate(s)).as(s.getId()).isEmpty();
    }
    Source study = sources.find(SourceCatalog.ALMEIDA2020).orElseThrow();
    assertThat(study.getYear()).contains(2020);
    assertThat(study.toString()).startsWith("ALMEIDA2020: ").contains("2020");
    assertThat(sources.find("NO-SUCH-SOURCE")).isEmpty();
    assertThat(sources.find(null)).isEmpty();
    assertThat(sources.contains(null)).isFalse();
    assertThat(SourceCatalog.standard()).isSameAs(sources);
  }

  @Test
  void credentialCatalogHasThePeerCredentialsAndTheClinicalContrast() {
    CredentialCatalog catalog = CredentialCatalog.standard();
    assertThat(catalog.all()).extracting(Credential::getCode).containsExactly("CRSW", "CPS", "ICRC-PR", "LADC", "MLADC", "LICSW");
    for (String peer : List.of("CRSW", "CPS", "ICRC-PR")) {
      assertThat(catalog.find(peer).orElseThrow().getKind()).as(peer).isEqualTo(CredentialKind.PEER);
    }
    for (String clinical : List.of("LADC", "MLADC", "LICSW")) {
      assertThat(catalog.find(clinical).orElseThrow().getKind()).as(clinical).isEqualTo(CredentialKind.CLINICAL);
    }
    Credential crsw = catalog.find("CRSW").orElseThrow();
    assertThat(crsw.getName()).isEqualTo("Certified Recovery Support Worker");
    assertThat(crsw.getJurisdiction()).contains("New Hampshire");
    assertThat(crsw.toString()).startsWith("CRSW (Certified Recovery Support Worker, Peer credential, ");
    for (Credential c : catalog.all()) {
      assertThat(PeerValidation.validate(c)).as(c.getCode()).isEmpty();
      assertThat(c.getCitations()).as(c.getCode()).isNotEmpty().allSatisfy(this::knownSource);
    }
    assertThat(catalog.find("RN")).isEmpty();
    assertThat(catalog.find(null)).isEmpty();
  }

  @Test
  void activityCodeCatalogKnowsPeerServicesAndClinicalOnlyCodes() {
    ActivityCodeCatalog codes = ActivityCodeCatalog.standard();
    CodeEntry h0038 = codes.find(ActivityCode.hcpcs("H0038")).orElseThrow();
    assertThat(h0038.isPeerService()).isTrue();
    assertThat(h0038.isClinicalOnly()).isFalse();
    assertThat(h0038.getCategory().group()).isEqualTo(ActivityGroup.PEER_CORE);
    for (ActivityCode clinical : List.of(ActivityCode.cpt("90791"), ActivityCode.cpt("90792"), ActivityCode.hcpcs("H0031"), ActivityCode.hcpcs("H0032"))) {
      assertThat(codes.isClinicalOnly(clinical)).as(clinical.toString()).isTrue();
      CodeEntry e = codes.find(clinical).orElseThrow();
      assertThat(e.isPeerService()).isFalse();
      assertThat(e.getCategory().group()).as(clinical.toString()).isEqualTo(ActivityGroup.CLINICAL);
    }
    assertThat(codes.find(ActivityCode.cpt("90791")).orElseThrow().getCategory()).isEqualTo(ActivityCategory.CLINICAL_ASSESSMENT);
    assertThat(codes.all().stream().filter(e -> e.getCategory() == ActivityCategory.PSYCHOTHERAPY))
        .as("psychotherapy codes").isNotEmpty().allMatch(CodeEntry::isClinicalOnly);
    assertThat(codes.all()).allSatisfy(e -> {
      assertThat(e.isClinicalOnly() && e.isPeerService()).as(e.getCode().toString()).isFalse();
      assertThat(PeerValidation.validate(e)).isEmpty();
      knownSource(e.getCitation());
    });
    // the same code in another system is another code
    assertThat(codes.isClinicalOnly(ActivityCode.of(CodeSystem.LOCAL, "90791"))).isFalse();
    assertThat(codes.isClinicalOnly(null)).isFalse();
    ActivityCodeCatalog withLocal = codes.with(List.of(CodeEntry.builder().code(ActivityCode.local("RISK-1")).display("Risk screen")
        .category(ActivityCategory.CLINICAL_ASSESSMENT).clinicalOnly(true).peerService(false).citation(Citation.of(SourceCatalog.PEERWORK, "test")).build()));
    assertThat(withLocal.isClinicalOnly(ActivityCode.local("RISK-1"))).isTrue();
    assertThat(codes.isClinicalOnly(ActivityCode.local("RISK-1"))).as("the standard catalog is unchanged").isFalse();
    assertThat(withLocal.all()).hasSize(codes.all().size() + 1);
  }

  @Test
  void boundaryNormTableIsCompleteAndCitesKnownSources() {
    BoundaryNorms norms = BoundaryNorms.standard();
    assertThat(norms.all()).hasSize(NormSet.values().length * ActivityCategory.values().length)
        .allSatisfy(n -> n.getCitations().forEach(this::knownSource));
    assertThat(norms.verdict(NormSet.PEER, ActivityCategory.SHARING_LIVED_EXPERIENCE)).isEqualTo(Verdict.EXPECTED);
    assertThat(norms.verdict(NormSet.PEER, ActivityCategory.FINANCIAL_DEALING)).isEqualTo(Verdict.PROHIBITED);
  }

  @Test
  void nuccCodesMapToRoles() {
    assertThat(Role.fromNuccCode("175T00000X")).contains(Role.PEER_SUPPORT_SPECIALIST);
    assertThat(Role.fromNuccCode("172V00000X")).contains(Role.COMMUNITY_HEALTH_WORKER);
    assertThat(Role.fromNuccCode("171M00000X")).contains(Role.CASE_MANAGER);
    assertThat(Role.fromNuccCode("101YA0400X")).contains(Role.ADDICTION_COUNSELOR);
    assertThat(Role.fromNuccCode("999999999X")).isEmpty();
    assertThat(Role.fromNuccCode(null)).isEmpty();
    assertThat(Role.RECOVERY_COACH.nuccCode()).contains("175T00000X");
  }

  static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(
      ActivityCategory.class, ActivityGroup.class, CodeSystem.class, Setting.class, NormSet.class, Verdict.class, DesiredTrait.class,
      HiringInvolvement.class, InterviewTopic.class, PositionKind.class, ReadinessIndicator.class, RedFlag.class, ReviewOutcome.class,
      AgencyType.class, Governance.class, TeamKind.class, Population.class, CertificationPolicy.class, CredentialKind.class,
      CredentialStatus.class, Role.class, RoleKind.class, SupervisionFrequency.class, SupervisorKind.class, SupervisorTrait.class,
      StudyTheme.class, TrainingAudience.class, TrainingTopic.class, Challenge.class, WorkCondition.class, WorkFromHome.class);

  @Test
  void everyVocabularyTermHasALabelAndACitationOfAKnownSource() {
    for (Class<? extends Enum<?>> type : VOCABULARIES) {
      assertThat(Vocabulary.class).as(type.getSimpleName()).isAssignableFrom(type);
      for (Enum<?> term : type.getEnumConstants()) {
        Vocabulary v = (Vocabulary) term;
        assertThat(v.label()).as("%s.%s", type.getSimpleName(), term).isNotBlank().doesNotEndWith(".");
        knownSource(v.citation());
        assertThat(PeerValidation.validate(v.citation())).isEmpty();
      }
    }
  }

  @Test
  void theStudysVocabulariesAreComplete() {
    assertThat(StudyTheme.values()).hasSize(6);
    assertThat(SupervisorTrait.values()).hasSize(6);
    assertThat(ReadinessIndicator.values()).hasSize(5);
    assertThat(DesiredTrait.values()).hasSize(4);
    assertThat(RedFlag.values()).hasSize(4);
    assertThat(HiringInvolvement.values()).hasSize(3);
    assertThat(AgencyType.values()).hasSize(3);
    assertThat(Challenge.values()).contains(Challenge.INTERNAL_STIGMA, Challenge.EXTERNAL_STIGMA, Challenge.HEALTH_CARE_STIGMA, Challenge.LOW_PAY, Challenge.HIGH_DEMAND);
    assertThat(TrainingTopic.SELF_CARE.audiences()).contains(TrainingAudience.PEER_STAFF);
    assertThat(TrainingTopic.WORKING_WITH_PEERS.audiences()).contains(TrainingAudience.CLINICAL_STAFF, TrainingAudience.SUPERVISORS);
    for (Population p : Population.values()) {
      assertThat(TrainingTopic.values()).as("a training prepares staff for %s", p).anyMatch(t -> t.populations().contains(p));
    }
    assertThat(InterviewTopic.values()).filteredOn(InterviewTopic::personal)
        .contains(InterviewTopic.OWN_RECOVERY, InterviewTopic.LOW_TIMES, InterviewTopic.LEGAL_ISSUES);
  }

  private void knownSource(Citation c) {
    assertThat(sources.contains(c.getSourceId())).as("source of %s", c).isTrue();
    assertThat(c.getLocator()).isNotBlank();
  }
}
