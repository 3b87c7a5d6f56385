package dev.plumb.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps linter-core standalone and its stages apart: sources build models, the engine runs, reports write. */
@AnalyzeClasses(packages = "dev.plumb.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnNoOtherModule = classes().that().resideInAPackage("dev.plumb.core..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "dev.plumb.core..", "java..", "javax.annotation.processing..", "javax.lang.model..", "javax.tools..",
          "net.sf.jsqlparser..", "com.fasterxml.jackson..", "org.yaml.snakeyaml..", "org.pcollections..");

  /** Persistent collections hold the schema's maps, behind the model's own package-private classes. */
  @ArchTest
  static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("dev.plumb.core.model..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("dev.plumb.core.model..", "java..", "org.pcollections..");

  @ArchTest
  static final ArchRule onlyPackagePrivateModelClassesSeePersistentCollections = classes().that()
      .resideInAPackage("dev.plumb.core.model..").and().arePublic()
      .should().onlyDependOnClassesThat().resideInAnyPackage("dev.plumb.core.model..", "java..");

  @ArchTest
  static final ArchRule ruleApiSeesOnlyTheModel = classes().that().resideInAPackage("dev.plumb.core.api..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("dev.plumb.core.api..", "dev.plumb.core.model..",
          "java..");

  @ArchTest
  static final ArchRule ddlWriterSeesOnlyTheModel = classes().that().resideInAPackage("dev.plumb.core.ddl..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("dev.plumb.core.ddl..", "dev.plumb.core.model..",
          "java..");

  @ArchTest
  static final ArchRule onlySqlSourcesSeeTheParser = noClasses().that().resideOutsideOfPackage(
          "dev.plumb.core.source.sql..")
      .should().dependOnClassesThat().resideInAPackage("net.sf.jsqlparser..");

  @ArchTest
  static final ArchRule sourcesDoNotRunRulesOrWriteReports = noClasses().that().resideInAPackage(
          "dev.plumb.core.source..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.plumb.core.engine..", "dev.plumb.core.report..");

  @ArchTest
  static final ArchRule reportsOnlyWrite = noClasses().that().resideInAPackage("dev.plumb.core.report..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.plumb.core.source..", "dev.plumb.core.engine..");

  /** JDBC stays in the live sources: rules, the engine and reports see the model a connection was read into. */
  @ArchTest
  static final ArchRule onlyLiveSourcesTouchJdbc = noClasses().that().resideOutsideOfPackage(
          "dev.plumb.core.source.live..")
      .should().dependOnClassesThat().resideInAPackage("java.sql..");
}
