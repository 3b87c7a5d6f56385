package dev.plumb.cli;

import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.engine.RuleRegistry;
import dev.plumb.core.report.docs.RuleDocWriter;
import dev.plumb.core.source.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
    description = "List the rules: id, default severity, whether on by default, summary; or explain one.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--docs", paramLabel = "DIR", description = "Write one Markdown page per rule into DIR.")
  private Path docsDirectory;

  @Option(names = "--explain", paramLabel = "ID", description = "Print the rule's documentation page.")
  private String explain;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    RuleRegistry registry = RuleRegistry.discover(RulesCommand.class.getClassLoader());
    if (explain != null) {
      return explain(registry, out);
    }
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

  /** The same page {@code --docs} writes, on standard output; an unknown id names the nearest known one. */
  private int explain(RuleRegistry registry, PrintWriter out) {
    Optional<RuleRegistry.RegisteredRule> rule = registry.find(explain);
    if (rule.isEmpty()) {
      List<String> ids = registry.all().stream().map(r -> r.descriptor().id()).toList();
      String hint = Suggestions.nearest(explain, ids).map(id -> "; did you mean '" + id + "'?").orElse("");
      spec.commandLine().getErr().println("plumb: unknown rule '" + explain + "'" + hint);
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE_OR_INPUT;
    }
    out.print(RuleDocWriter.page(rule.get().descriptor()));
    out.flush();
    return ExitCodes.CLEAN;
  }
}
