package org.peerwork.examples.study;

import org.peerwork.model.organization.AgencyType;

/**
 * How a simulated month of task assignments is drawn for one agency: how many contacts a peer has on
 * a working day, how often they are reached on a day off or after hours, and what share of tasks are
 * crisis work, clinical asks, personal errands, social activities and transport. The numbers are
 * illustrative, not measured: the study reports these situations but not their rates. Change them
 * with the {@code with*} methods to ask "what if".
 *
 * @param contactsPerWorkingDay contacts a peer has on a working day, on average (0 to 40)
 * @param dayOffContactRate chance a peer is contacted on a given day off (0 to 1)
 * @param afterHoursRate chance a working-day contact falls after working hours (0 to 1)
 * @param crisisShare share of contacts that are crisis work (0 to 1)
 * @param clinicalAskShare share of contacts that are a clinical task asked of the peer (0 to 1)
 * @param errandShare share of contacts that are a personal errand such as feeding a cat (0 to 1)
 * @param socialShare share of contacts that are a social activity with a lonely person (0 to 1)
 * @param transportShare share of contacts that are driving the person somewhere (0 to 1)
 * @param debriefEveryDays days between a peer's debriefs; 0 for none recorded
 */
public record SimulationProfile(double contactsPerWorkingDay, double dayOffContactRate, double afterHoursRate, double crisisShare,
    double clinicalAskShare, double errandShare, double socialShare, double transportShare, int debriefEveryDays) {

  /** Validates the ranges. */
  public SimulationProfile {
    if (!(contactsPerWorkingDay >= 0 && contactsPerWorkingDay <= 40)) {
      throw new IllegalArgumentException("contactsPerWorkingDay must be between 0 and 40, was " + contactsPerWorkingDay);
    }
    requireShare("dayOffContactRate", dayOffContactRate);
    requireShare("afterHoursRate", afterHoursRate);
    requireShare("crisisShare", crisisShare);
    requireShare("clinicalAskShare", clinicalAskShare);
    requireShare("errandShare", errandShare);
    requireShare("socialShare", socialShare);
    requireShare("transportShare", transportShare);
    double sum = crisisShare + clinicalAskShare + errandShare + socialShare + transportShare;
    if (sum > 1.0 + 1e-9) {
      throw new IllegalArgumentException("crisis, clinical, errand, social and transport shares add up to " + sum + ", more than 1");
    }
    if (debriefEveryDays < 0 || debriefEveryDays > 366) {
      throw new IllegalArgumentException("debriefEveryDays must be between 0 and 366, was " + debriefEveryDays);
    }
  }

  private static void requireShare(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + v);
    }
  }

  /**
   * An illustrative profile for each of the study's agency types: the peer-led substance use agency
   * takes calls on days off and does much crisis work (the opioid crisis); the peer-led wellness
   * agency socialises with lonely people; the community mental health center asks peers for
   * clinical tasks, errands and driving now and then.
   */
  public static SimulationProfile typical(AgencyType type) {
    switch (type) {
      case PEER_LED_SUBSTANCE_USE_RECOVERY:
        return new SimulationProfile(5, 0.5, 0.10, 0.30, 0.0, 0.01, 0.03, 0.03, 0);
      case PEER_LED_MENTAL_HEALTH_WELLNESS:
        return new SimulationProfile(5, 0.02, 0.02, 0.05, 0.0, 0.01, 0.08, 0.02, 7);
      case AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER:
        return new SimulationProfile(7, 0.02, 0.03, 0.10, 0.05, 0.03, 0.02, 0.08, 14);
      default:
        throw new IllegalArgumentException("no profile for " + type);
    }
  }

  /** This profile with another contact rate on days off (0 = a policy of no calls on days off). */
  public SimulationProfile withDayOffContactRate(double rate) {
    return new SimulationProfile(contactsPerWorkingDay, rate, afterHoursRate, crisisShare, clinicalAskShare, errandShare, socialShare,
        transportShare, debriefEveryDays);
  }

  /** This profile with another after-hours rate. */
  public SimulationProfile withAfterHoursRate(double rate) {
    return new SimulationProfile(contactsPerWorkingDay, dayOffContactRate, rate, crisisShare, clinicalAskShare, errandShare, socialShare,
        transportShare, debriefEveryDays);
  }

  /** This profile with another share of clinical tasks asked of peers (0 = clinicians stop asking). */
  public SimulationProfile withClinicalAskShare(double share) {
    return new SimulationProfile(contactsPerWorkingDay, dayOffContactRate, afterHoursRate, crisisShare, share, errandShare, socialShare,
        transportShare, debriefEveryDays);
  }

  /** This profile with another share of personal errands. */
  public SimulationProfile withErrandShare(double share) {
    return new SimulationProfile(contactsPerWorkingDay, dayOffContactRate, afterHoursRate, crisisShare, clinicalAskShare, share, socialShare,
        transportShare, debriefEveryDays);
  }

  /** This profile with another number of contacts per working day. */
  public SimulationProfile withContactsPerWorkingDay(double contacts) {
    return new SimulationProfile(contacts, dayOffContactRate, afterHoursRate, crisisShare, clinicalAskShare, errandShare, socialShare,
        transportShare, debriefEveryDays);
  }

  /** This profile with debriefs every {@code days} days (0 = none recorded). */
  public SimulationProfile withDebriefEveryDays(int days) {
    return new SimulationProfile(contactsPerWorkingDay, dayOffContactRate, afterHoursRate, crisisShare, clinicalAskShare, errandShare,
        socialShare, transportShare, days);
  }
}
