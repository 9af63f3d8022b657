// What if the caseload threshold were different? The community mental health center has one peer on
// an intensive treatment team (the study: one peer per team, covering large numbers of people).
// Count the caseload and team-coverage findings on its simulated month as the threshold moves.
AgencyScenario cmhc = Study.communityMentalHealthCenter();
Roster month = MonthSimulation.month(cmhc, YearMonth.of(2019, 11));
System.out.println("default threshold: " + Threshold.MAX_CASELOAD.defaultValue() + " " + Threshold.MAX_CASELOAD.unit()
    + " (" + Threshold.MAX_CASELOAD.citation() + ")");
System.out.printf("%10s %22s %22s%n", "threshold", "CaseloadOverThreshold", "SinglePeerCoversTeam");
for (int t = 10; t <= 90; t += 10) {
  PeerChecks c = checks.withPolicy(Policy.builder().name("caseload " + t)
      .putThreshold(Threshold.MAX_CASELOAD, (double) t)
      .putThreshold(Threshold.MAX_PEOPLE_PER_TEAM_PEER, (double) t).build());
  Report r = c.check(month);
  System.out.printf("%10d %22d %22d%n", t, r.findingsOf("CaseloadOverThreshold").size(), r.findingsOf("SinglePeerCoversTeam").size());
}
