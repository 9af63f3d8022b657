// Compare the study's three agency types: findings per 100 assignments in a simulated month, and
// findings on each agency's week and documents, by the study's six themes.
YearMonth month = YearMonth.of(2019, 11);
System.out.printf("%-42s %11s %9s %13s%n", "agency", "assignments", "findings", "per 100 tasks");
for (AgencyScenario a : Study.agencies()) {
  Roster r = MonthSimulation.month(a, month);
  int findings = checkRoster(checks, r).stream().mapToInt(x -> x.findings().size()).sum();
  System.out.printf("%-42s %11d %9d %13.1f%n", a.type().label(), r.getAssignments().size(), findings,
      100.0 * findings / Math.max(1, r.getAssignments().size()));
}
System.out.println();
System.out.printf("%-28s", "theme (week and documents)");
for (AgencyScenario a : Study.agencies()) System.out.printf(" %6s", a.key());
System.out.println();
Map<String, Map<StudyTheme, Integer>> themes = new LinkedHashMap<>();
for (AgencyScenario a : Study.agencies()) themes.put(a.key(), byTheme(checkAll(checks, a.allDocuments())));
for (StudyTheme t : StudyTheme.values()) {
  System.out.printf("%d %-26s", t.number(), t.label());
  for (String k : themes.keySet()) System.out.printf(" %6d", themes.get(k).get(t));
  System.out.println();
}
