package org.peerwork.rules.bench.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;
import org.peerwork.model.activity.ActivityCode;
import org.peerwork.model.assignment.TaskAssignment;
import org.peerwork.rules.bench.AssignmentChecker;
import org.peerwork.rules.bench.BenchFinding;

/**
 * The five rules in Drools 10: the DRL {@code assignment-rules.drl} compiled once, at construction,
 * to the executable model, and run in a stateless session per check. Not thread-safe (the global
 * findings list is set per execution), as Drools sessions are not; the benchmarks are single-threaded.
 */
public final class DroolsChecker implements AssignmentChecker {

  static final String DRL = "org/peerwork/rules/bench/drools/assignment-rules.drl";

  private final KieBase kieBase;
  private final StatelessKieSession session;

  /** Compiles the DRL to the executable model and builds the knowledge base: seconds, once. */
  public DroolsChecker() {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.write("src/main/resources/" + DRL, ks.getResources().newClassPathResource(DRL, DroolsChecker.class.getClassLoader()));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("DRL does not compile: " + errors);
    }
    KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
    this.kieBase = container.getKieBase();
    this.session = kieBase.newStatelessKieSession();
  }

  /** The knowledge base, for tests. */
  public KieBase kieBase() {
    return kieBase;
  }

  @Override
  public String name() {
    return "Drools";
  }

  @Override
  public List<BenchFinding> check(TaskAssignment assignment) {
    List<Object> facts = new ArrayList<>(4);
    addFacts(assignment, facts);
    List<BenchFinding> findings = new ArrayList<>(2);
    session.setGlobal("findings", findings);
    session.execute(facts);
    return findings;
  }

  /** The whole roster in one stateless execution: Drools' own batch form. */
  @Override
  public long checkAll(List<TaskAssignment> assignments, Consumer<BenchFinding> sink) {
    List<Object> facts = new ArrayList<>(assignments.size() * 2);
    for (TaskAssignment a : assignments) {
      addFacts(a, facts);
    }
    List<BenchFinding> findings = new ArrayList<>();
    session.setGlobal("findings", findings);
    session.execute(facts);
    findings.forEach(sink);
    return findings.size();
  }

  private static void addFacts(TaskAssignment a, List<Object> facts) {
    facts.add(a);
    List<ActivityCode> codes = a.getActivity().getCodes();
    for (int i = 0; i < codes.size(); i++) {
      facts.add(new CodeLine(a.getId(), i, codes.get(i)));
    }
  }
}
