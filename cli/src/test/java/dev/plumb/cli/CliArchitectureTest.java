package dev.plumb.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command line is the outermost layer: no other module may reach into it. */
@AnalyzeClasses(packages = "dev.plumb", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

  @ArchTest
  static final ArchRule nothingDependsOnTheCli = noClasses().that().resideOutsideOfPackage("dev.plumb.cli..")
      .should().dependOnClassesThat().resideInAPackage("dev.plumb.cli..");

  @ArchTest
  static final ArchRule rulesDoNotDependOnEachOtherModulesInternals = noClasses().that()
      .resideInAPackage("dev.plumb.core..")
      .should().dependOnClassesThat().resideInAPackage("dev.plumb.rules..");
}
