// peerwork JShell start-up: imports the API and sets up a checker.
// Opened by: ./mvnw -q -pl peer-examples -am compile exec:exec -Pjshell
// Then try:  /open src/main/jshell/scenarios/agency-types.jsh
import java.io.*;
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import org.peerwork.model.*;
import org.peerwork.model.activity.*;
import org.peerwork.model.assignment.*;
import org.peerwork.model.boundary.*;
import org.peerwork.model.evidence.*;
import org.peerwork.model.hiring.*;
import org.peerwork.model.incident.*;
import org.peerwork.model.job.*;
import org.peerwork.model.json.*;
import org.peerwork.model.organization.*;
import org.peerwork.model.population.*;
import org.peerwork.model.role.*;
import org.peerwork.model.staff.*;
import org.peerwork.model.supervision.*;
import org.peerwork.model.text.*;
import org.peerwork.model.theme.*;
import org.peerwork.model.training.*;
import org.peerwork.model.workplace.*;
import org.peerwork.rules.*;
import org.peerwork.rules.policy.*;
import org.peerwork.rules.report.*;
import org.peerwork.rules.text.*;
import org.peerwork.examples.study.*;

/** The standard checks; share it. */
PeerChecks checks = PeerChecks.standard();

/** Where the scenario scripts write their files (the system property peerwork.out, else peerwork-out). */
Path out = Paths.get(System.getProperty("peerwork.out", "peerwork-out"));

/** Checks every document and returns the reports in order. */
List<Report> checkAll(PeerChecks c, Collection<? extends PeerDocument> documents) {
  return documents.stream().map(c::check).toList();
}

/** Checks a roster and each of its assignments: the assignment reports, then the roster's. */
List<Report> checkRoster(PeerChecks c, Roster roster) {
  List<Report> reports = new ArrayList<>(roster.getAssignments().size() + 1);
  roster.getAssignments().forEach(a -> reports.add(c.check(a)));
  reports.add(c.check(roster));
  return reports;
}

/** Counts findings by study theme, every theme present. */
Map<StudyTheme, Integer> byTheme(Collection<Report> reports) {
  Map<StudyTheme, Integer> m = new EnumMap<>(StudyTheme.class);
  for (StudyTheme t : StudyTheme.values()) m.put(t, 0);
  reports.forEach(r -> r.findings().forEach(f -> m.merge(f.getTheme(), 1, Integer::sum)));
  return m;
}

/** Counts findings by rule id, sorted. */
Map<String, Integer> byRule(Collection<Report> reports) {
  Map<String, Integer> m = new TreeMap<>();
  reports.forEach(r -> r.findings().forEach(f -> m.merge(f.getRuleId(), 1, Integer::sum)));
  return m;
}
