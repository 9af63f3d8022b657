// What share of a simulated month's assignments break peer norms, before and after a policy change?
// Before: each agency as the study describes it. After: the peer-led substance use agency stops
// calls on days off and after hours; the community mental health center's clinicians stop asking
// peers for clinical tasks and errands, and its clinical supervisor takes peer-role training.
// (The simulation's rates are illustrative.)
YearMonth month = YearMonth.of(2019, 11);

/** Share of the roster's assignments with a warning or an error, in percent. */
double breakingShare(PeerChecks c, Roster roster) {
  long breaking = roster.getAssignments().stream().filter(a -> c.check(a).hasAtLeast(Severity.WARNING)).count();
  return roster.getAssignments().isEmpty() ? 0 : 100.0 * breaking / roster.getAssignments().size();
}

SimulationProfile changed(AgencyScenario a) {
  SimulationProfile p = SimulationProfile.typical(a.type());
  switch (a.type()) {
    case PEER_LED_SUBSTANCE_USE_RECOVERY: return p.withDayOffContactRate(0).withAfterHoursRate(0);
    case AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER: return p.withClinicalAskShare(0).withErrandShare(0);
    default: return p;
  }
}

AgencyScenario trained(AgencyScenario a) {
  if (a.type() != AgencyType.AGENCY_LED_COMMUNITY_MENTAL_HEALTH_CENTER) return a;
  return a.withStaff(s -> s.getSupervisor().map(sup -> s.withSupervisor(sup.withPeerRoleTrained(true))).orElse(s));
}

System.out.printf("%-42s %12s %9s %9s%n", "agency", "assignments", "before %", "after %");
for (AgencyScenario a : Study.agencies()) {
  Roster before = MonthSimulation.month(a, month);
  Roster after = MonthSimulation.month(trained(a), month, changed(a), MonthSimulation.DEFAULT_SEED);
  System.out.printf("%-42s %12d %9.1f %9.1f%n", a.type().label(), before.getAssignments().size(),
      breakingShare(checks, before), breakingShare(checks, after));
}
