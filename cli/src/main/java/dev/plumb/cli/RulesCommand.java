package dev.plumb.cli;

import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.engine.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plumb rules}: lists every rule Plumb knows, with its default severity and summary. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = PlumbVersion.class,
    description = "List the rules: id, default severity, whether on by default, summary.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleRegistry registry = RuleRegistry.discover(RulesCommand.class.getClassLoader());
    for (RuleRegistry.RegisteredRule rule : registry.all()) {
      RuleDescriptor d = rule.descriptor();
      out.printf("%-28s %-8s %-4s %s%n", d.id(), d.defaultSeverity().id(), d.enabledByDefault() ? "on" : "off",
          d.summary());
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
