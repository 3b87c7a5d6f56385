package dev.plumb.cli;

import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.engine.RuleRegistry;
import dev.plumb.core.report.docs.RuleDocWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(names = "--docs", paramLabel = "DIR", description = "Write one Markdown page per rule into DIR.")
  private Path docsDirectory;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    RuleRegistry registry = RuleRegistry.discover(RulesCommand.class.getClassLoader());
    if (docsDirectory != null) {
      Files.createDirectories(docsDirectory);
      for (RuleRegistry.RegisteredRule rule : registry.all()) {
        Files.writeString(docsDirectory.resolve(rule.descriptor().id() + ".md"), RuleDocWriter.page(rule.descriptor()));
      }
      out.printf("wrote %d rule pages to %s%n", registry.all().size(), docsDirectory);
      out.flush();
      return ExitCodes.CLEAN;
    }
    // The id column is as wide as the longest id, so the other columns line up whatever the rules are.
    int width = registry.all().stream().mapToInt(r -> r.descriptor().id().length()).max().orElse(0);
    for (RuleRegistry.RegisteredRule rule : registry.all()) {
      RuleDescriptor d = rule.descriptor();
      out.printf("%-" + width + "s  %-8s %-4s %s%n", d.id(), d.defaultSeverity().id(),
          d.enabledByDefault() ? "on" : "off", d.summary());
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
