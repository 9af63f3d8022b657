// Tabulate findings by the study's six themes for each agency (its documents, its week and a
// simulated month) and export every finding to CSV for R or pandas:
//   R:      read.csv("peerwork-out/findings-by-agency.csv", encoding = "UTF-8")
//   pandas: pandas.read_csv("peerwork-out/findings-by-agency.csv")
Map<String, List<Report>> reportsByAgency = new LinkedHashMap<>();
for (AgencyScenario a : Study.agencies()) {
  List<Report> reports = new ArrayList<>(checkAll(checks, a.allDocuments()));
  reports.addAll(checkRoster(checks, MonthSimulation.month(a, YearMonth.of(2019, 11))));
  reportsByAgency.put(a.key(), reports);
}

System.out.printf("%-30s", "theme");
reportsByAgency.keySet().forEach(k -> System.out.printf(" %7s", k));
System.out.printf(" %7s%n", "all");
for (StudyTheme t : StudyTheme.values()) {
  System.out.printf("%-30s", t.number() + " " + t.label());
  int sum = 0;
  for (List<Report> rs : reportsByAgency.values()) {
    int n = byTheme(rs).get(t);
    sum += n;
    System.out.printf(" %7d", n);
  }
  System.out.printf(" %7d%n", sum);
}

// One CSV row per finding (CsvExport's columns), reports in agency order.
Files.createDirectories(out);
Path csv = out.resolve("findings-by-agency.csv");
try (Writer w = Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.UTF_8)) {
  CsvExport.write(reportsByAgency.values().stream().flatMap(List::stream).toList(), w);
}
System.out.println("wrote " + Files.readAllLines(csv).size() + " lines to " + csv.toAbsolutePath());
