package org.peerwork.model.activity;

import org.peerwork.model.evidence.Citation;
import org.peerwork.model.evidence.Vocabulary;

/**
 * What an activity is, whatever words or codes describe it: the rows of the boundary norm table
 * (DESIGN section 5). Each category belongs to one {@link ActivityGroup}; the peer and clinical
 * verdicts on it live in {@code org.peerwork.model.boundary.BoundaryNorms}.
 */
public enum ActivityCategory implements Vocabulary {
  /** Sharing lived experience: telling one's recovery story to inspire hope. */
  SHARING_LIVED_EXPERIENCE("Sharing lived experience", "telling one's recovery story to inspire hope", ActivityGroup.PEER_CORE, "SAMHSA2015", "Category 3: shares lived experiences of recovery"),
  /** Mutual support: encouragement, companionship, emotional support. */
  MUTUAL_SUPPORT("Mutual support", "encouragement, companionship, emotional support", ActivityGroup.PEER_CORE, "SAMHSA2015", "Category 2: provides support"),
  /** Social activity: going fishing or out to eat with a person who is lonely. */
  SOCIAL_ACTIVITY("Social activity", "going fishing or out to eat with a person who is lonely", ActivityGroup.PEER_CORE, "ALMEIDA2020", "Results: Peer Work Role and Boundaries"),
  /** Recovery planning support: helping the person set and pursue their own goals. */
  RECOVERY_PLANNING_SUPPORT("Recovery planning support", "helping the person set and pursue their own goals", ActivityGroup.PEER_CORE, "SAMHSA2015", "Category 5: supports recovery planning"),
  /** Advocacy: speaking up for the person; systems advocacy. */
  ADVOCACY("Advocacy", "speaking up for the person; systems advocacy", ActivityGroup.PEER_CORE, "SAMHSA2015", "Category 11: promotes leadership and advocacy"),
  /** Resource linkage: linking to services and mutual-aid groups; navigation; referral. */
  RESOURCE_LINKAGE("Resource linkage", "linking to services and mutual-aid groups; navigation; referral", ActivityGroup.PEER_CORE, "SAMHSA2015", "Category 6: links to resources, services, and supports"),
  /** Accompaniment: going with the person to appointments, court, the benefits office. */
  ACCOMPANIMENT("Accompaniment", "going with the person to appointments, court, the benefits office", ActivityGroup.PEER_CORE, "STATE-ETHICS", "Permitted: accompany people to appointments"),
  /** Group facilitation: running peer support groups. */
  GROUP_FACILITATION("Group facilitation", "running peer support groups", ActivityGroup.PEER_CORE, "SAMHSA2015", "Peer activities: group facilitation"),
  /** Skill building: teaching how rather than doing for. */
  SKILL_BUILDING("Skill building", "teaching how rather than doing for", ActivityGroup.PEER_CORE, "SAMHSA2012", "A peer teaches how to do daily tasks"),
  /** Outreach: engaging people in the community; hospital visits at the person's request. */
  OUTREACH("Outreach", "engaging people in the community; hospital visits at the person's request", ActivityGroup.PEER_CORE, "NH-HEM-402", "He-M 402.06 peer support services"),
  /** Crisis support: non-clinical presence in a crisis; warmline. */
  CRISIS_SUPPORT("Crisis support", "non-clinical presence in a crisis; warmline", ActivityGroup.PEER_CORE, "SAMHSA2015", "Category 8: helps peers to manage crises"),
  /** Documentation: writing notes, recording contacts. */
  DOCUMENTATION("Documentation", "writing notes, recording contacts", ActivityGroup.SUPPORTING, "PEERWORK", "Supporting work every role does"),
  /** Team collaboration: team meetings, working alongside clinicians. */
  TEAM_COLLABORATION("Team collaboration", "team meetings, working alongside clinicians", ActivityGroup.SUPPORTING, "SAMHSA2015", "Category 10: supports collaboration and teamwork"),
  /** Training and education: attending trainings, continuing education, supervision. */
  TRAINING_AND_EDUCATION("Training and education", "attending trainings, continuing education, supervision", ActivityGroup.SUPPORTING, "SAMHSA2015", "Category 12: promotes growth and development"),
  /** Transportation: driving people to appointments. */
  TRANSPORTATION("Transportation", "driving people to appointments", ActivityGroup.ROLE_DRIFT, "SAMHSA2012", "A peer teaches how to get resources rather than providing them"),
  /** Care coordination: coordinating services; case management. */
  CARE_COORDINATION("Care coordination", "coordinating services; case management", ActivityGroup.ROLE_DRIFT, "SAMHSA2012", "A peer does not provide case management"),
  /** Clerical or custodial work: reception, filing, cleaning the office. */
  CLERICAL_OR_CUSTODIAL("Clerical or custodial work", "reception, filing, cleaning the office", ActivityGroup.ROLE_DRIFT, "ALMEIDA2020", "Results: Peer Work Role and Boundaries"),
  /** Clinical assessment: intake, emergency room clinical assessment, risk assessment. */
  CLINICAL_ASSESSMENT("Clinical assessment", "intake, emergency room clinical assessment, risk assessment", ActivityGroup.CLINICAL, "ALMEIDA2020", "Results: Peer Work Role and Boundaries"),
  /** Diagnosis: diagnosing a condition. */
  DIAGNOSIS("Diagnosis", "diagnosing a condition", ActivityGroup.CLINICAL, "SAMHSA2012", "A peer does not diagnose, assess or treat"),
  /** Psychotherapy: therapy, clinical counseling. */
  PSYCHOTHERAPY("Psychotherapy", "therapy, clinical counseling", ActivityGroup.CLINICAL, "SAMHSA2012", "A peer does not diagnose, assess or treat"),
  /** Treatment planning: writing the clinical treatment plan. */
  TREATMENT_PLANNING("Treatment planning", "writing the clinical treatment plan", ActivityGroup.CLINICAL, "SAMHSA2012", "A peer does not diagnose, assess or treat"),
  /** Medication management: prescribing, administering, monitoring adherence. */
  MEDICATION_MANAGEMENT("Medication management", "prescribing, administering, monitoring adherence", ActivityGroup.CLINICAL, "NAPS2013", "Equally shared power: no medical services"),
  /** Compliance enforcement: enforcing rules or plans, drug testing, monitoring compliance. */
  COMPLIANCE_ENFORCEMENT("Compliance enforcement", "enforcing rules or plans, drug testing, monitoring compliance", ActivityGroup.POWER_OVER, "NAPS2013", "Equally shared power: no power over the person"),
  /** Personal errand: feeding a service user's cat, personal shopping. */
  PERSONAL_ERRAND("Personal errand", "feeding a service user's cat, personal shopping", ActivityGroup.OUTSIDE_ROLE, "ALMEIDA2020", "Results: Peer Work Role and Boundaries"),
  /** Household chore: cleaning a person's home, doing their laundry. */
  HOUSEHOLD_CHORE("Household chore", "cleaning a person's home, doing their laundry", ActivityGroup.OUTSIDE_ROLE, "SAMHSA2012", "A peer teaches how to do daily tasks rather than doing them"),
  /** Financial dealing: loans, gifts of value, bartering. */
  FINANCIAL_DEALING("Financial dealing", "loans, gifts of value, bartering", ActivityGroup.PROHIBITED_CONDUCT, "STATE-ETHICS", "No gifts or money of significant value; no business dealings"),
  /** Romantic or sexual relationship: dating or sexual contact with a person served. */
  ROMANTIC_OR_SEXUAL_RELATIONSHIP("Romantic or sexual relationship", "dating or sexual contact with a person served", ActivityGroup.PROHIBITED_CONDUCT, "STATE-ETHICS", "No sexual or romantic relationships with people served"),
  /** Shared substance use: using alcohol or drugs with a person served. */
  SHARED_SUBSTANCE_USE("Shared substance use", "using alcohol or drugs with a person served", ActivityGroup.PROHIBITED_CONDUCT, "STATE-ETHICS", "Substance misuse while employed as a peer specialist"),
  /** Coercion: threats, force, undue influence, unwarranted promises. */
  COERCION("Coercion", "threats, force, undue influence, unwarranted promises", ActivityGroup.PROHIBITED_CONDUCT, "STATE-ETHICS", "No intimidation, threats, undue influence or unwarranted promises");

  private final String label;
  private final String examples;
  private final ActivityGroup group;
  private final Citation citation;

  ActivityCategory(String label, String examples, ActivityGroup group, String sourceId, String locator) {
    this.label = label;
    this.examples = examples;
    this.group = group;
    this.citation = Citation.of(sourceId, locator);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  /** Typical examples, for documentation and messages. */
  public String examples() {
    return examples;
  }

  /** The coarse group: peer-core, supporting, role drift, clinical, power over, outside role, prohibited. */
  public ActivityGroup group() {
    return group;
  }
}
