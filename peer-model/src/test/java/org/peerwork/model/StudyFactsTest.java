package org.peerwork.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerwork.model.activity.ActivityCategory;
import org.peerwork.model.boundary.BoundaryNorm;
import org.peerwork.model.boundary.BoundaryNorms;
import org.peerwork.model.boundary.NormSet;
import org.peerwork.model.boundary.Verdict;
import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.SourceCatalog;
import org.peerwork.model.role.Role;

/** The study's own boundary facts, as the norm table must state them. */
class StudyFactsTest {

  private final BoundaryNorms norms = BoundaryNorms.standard();

  @Test
  void emergencyRoomClinicalAssessmentIsOutOfScopeForPeersAndExpectedOfClinicians() {
    assertThat(norms.verdict(Role.PEER_SUPPORT_SPECIALIST.normSet(), ActivityCategory.CLINICAL_ASSESSMENT)).isEqualTo(Verdict.OUT_OF_SCOPE);
    assertThat(norms.verdict(Role.CLINICIAN.normSet(), ActivityCategory.CLINICAL_ASSESSMENT)).isEqualTo(Verdict.EXPECTED);
    assertThat(norms.norm(NormSet.PEER, ActivityCategory.CLINICAL_ASSESSMENT).getCitations())
        .extracting(Citation::getSourceId).contains(SourceCatalog.ALMEIDA2020);
  }

  @Test
  void feedingAServiceUsersCatIsOutOfScopeForEveryone() {
    for (NormSet set : NormSet.values()) {
      assertThat(norms.verdict(set, ActivityCategory.PERSONAL_ERRAND)).isEqualTo(Verdict.OUT_OF_SCOPE);
    }
  }

  @Test
  void fishingWithALonelyServiceUserIsPermittedForPeersAndProhibitedForClinicians() {
    assertThat(norms.verdict(NormSet.PEER, ActivityCategory.SOCIAL_ACTIVITY)).isEqualTo(Verdict.PERMITTED);
    assertThat(norms.verdict(NormSet.CLINICAL, ActivityCategory.SOCIAL_ACTIVITY)).isEqualTo(Verdict.PROHIBITED);
  }

  @Test
  void everyCategoryHasAVerdictAndAKnownCitationUnderBothNormSets() {
    SourceCatalog sources = SourceCatalog.standard();
    for (NormSet set : NormSet.values()) {
      for (ActivityCategory c : ActivityCategory.values()) {
        BoundaryNorm n = norms.norm(set, c);
        assertThat(n.getVerdict()).as("%s %s", set, c).isNotNull();
        assertThat(n.getRationale()).as("%s %s", set, c).isNotBlank();
        assertThat(n.getCitations()).as("%s %s", set, c).isNotEmpty()
            .allSatisfy(cit -> assertThat(sources.contains(cit.getSourceId())).as(cit.toString()).isTrue());
      }
    }
    assertThat(norms.all()).hasSize(2 * ActivityCategory.values().length);
  }

  @Test
  void peerRolesAreJudgedByPeerNormsAndOthersByProfessionalNorms() {
    for (Role r : Role.values()) {
      assertThat(r.normSet()).as(r.name()).isEqualTo(r.isPeer() ? NormSet.PEER : NormSet.CLINICAL);
    }
    assertThat(Role.fromNuccCode("175T00000X")).contains(Role.PEER_SUPPORT_SPECIALIST);
  }
}
