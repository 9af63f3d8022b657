package org.peerwork.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture DESIGN section 3 asks for: dependencies point one way (model &lt;- rules &lt;-
 * examples), no package cycles inside the model or the rules, the model's internal package stays
 * internal, and the library neither prints nor logs.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.peerwork");
  }

  @Test
  void allThreeModulesAreImported() {
    assertThat(classes.contain("org.peerwork.model.assignment.TaskAssignment")).isTrue();
    assertThat(classes.contain("org.peerwork.rules.BaseRule")).isTrue();
    assertThat(classes.contain("org.peerwork.examples.demo.StudyDemo")).isTrue();
    assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("org.peerwork.model.testing")))
        .as("test code is not part of the architecture").isFalse();
  }

  @Test
  void theModelDependsOnNeitherRulesNorExamples() {
    ArchRule rule = noClasses().that().resideInAPackage("org.peerwork.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.peerwork.rules..", "org.peerwork.examples..")
        .because("dependencies point one way: peer-model <- peer-rules <- peer-examples");
    rule.check(classes);
  }

  @Test
  void theRulesDoNotDependOnTheExamples() {
    ArchRule rule = noClasses().that().resideInAPackage("org.peerwork.rules..")
        .should().dependOnClassesThat().resideInAPackage("org.peerwork.examples..")
        .because("dependencies point one way: peer-model <- peer-rules <- peer-examples");
    rule.check(classes);
  }

  @Test
  void noPackageCyclesInTheModel() {
    slices().matching("org.peerwork.model.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noPackageCyclesInTheRules() {
    slices().matching("org.peerwork.rules.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theModelsInternalPackageIsUsedOnlyByTheModelAndTheRules() {
    ArchRule rule = classes().that().resideInAPackage("org.peerwork.model.internal..")
        .should().onlyBeAccessed().byAnyPackage("org.peerwork.model..", "org.peerwork.rules..")
        .because("org.peerwork.model.internal is not API; its module exports it to org.peerwork.rules only");
    rule.check(classes);
  }

  @Test
  void theLibraryKeepsNoStatePerThread() {
    noClasses().that().resideInAnyPackage("org.peerwork.model..", "org.peerwork.rules..")
        .should().dependOnClassesThat().belongToAnyOf(ThreadLocal.class, InheritableThreadLocal.class)
        .because("checks are pure and keep nothing between calls, not even per thread: no hidden caches that "
            + "outlive a check or pin a class loader (DESIGN section 2, principle 5)")
        .check(classes);
  }

  @Test
  void staticFieldsOfTheLibraryHoldNoMutableState() {
    ArchCondition<JavaField> finalOrLazyStandardInstance = new ArchCondition<>("be final, or a volatile holder of the class's own immutable standard instance") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        boolean ok = field.getModifiers().contains(JavaModifier.FINAL)
            || field.getModifiers().contains(JavaModifier.VOLATILE) && field.getRawType().equals(field.getOwner());
        events.add(new SimpleConditionEvent(field, ok, field.getFullName() + " is static and neither final nor a lazily built standard instance"));
      }
    };
    fields().that().areStatic().and().areDeclaredInClassesThat().resideInAnyPackage("org.peerwork.model..", "org.peerwork.rules..")
        .should(finalOrLazyStandardInstance)
        .because("no global mutable state (DESIGN section 2, principle 5)")
        .check(classes);
  }

  @Test
  void theLibraryNeitherPrintsNorLogs() {
    noClasses().that().resideInAnyPackage("org.peerwork.model..", "org.peerwork.rules..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("the library never prints; output is the caller's business (DESIGN section 2)")
        .check(classes);
    noClasses().that().resideInAnyPackage("org.peerwork.model..", "org.peerwork.rules..")
        .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
        .because("the library never logs (DESIGN section 2)")
        .check(classes);
    noClasses().that().resideInAnyPackage("org.peerwork.model..", "org.peerwork.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "org.apache.logging..", "org.apache.log4j..",
            "org.apache.commons.logging..", "ch.qos.logback..", "org.jboss.logging..")
        .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class, System.LoggerFinder.class)
        .because("the library never logs, through any logging API (DESIGN section 2)")
        .check(classes);
  }
}
