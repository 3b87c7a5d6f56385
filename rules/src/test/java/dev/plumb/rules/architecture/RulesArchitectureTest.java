package dev.plumb.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.plumb.core.api.Rule;
import dev.plumb.core.api.RuleInfo;

/** Rules are pure functions of the model: no parser types, no JDBC, no engine internals, no I/O. */
@AnalyzeClasses(packages = "dev.plumb.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class RulesArchitectureTest {

  @ArchTest
  static final ArchRule rulesSeeNeitherParserNorJdbc = noClasses().that().resideInAPackage("dev.plumb.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("net.sf.jsqlparser..", "java.sql..", "javax.sql..");

  @ArchTest
  static final ArchRule rulesSeeOnlyTheRuleApi = classes().that().resideInAPackage("dev.plumb.rules..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("dev.plumb.rules..", "dev.plumb.core.api..",
          "dev.plumb.core.model..", "dev.plumb.core.ddl..", "java.lang..", "java.util..");

  @ArchTest
  static final ArchRule everyRuleIsAnnotatedFinalAndStateless = classes().that().implement(Rule.class)
      .should().beAnnotatedWith(RuleInfo.class)
      .andShould().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
      .andShould().haveOnlyFinalFields();
}
