package dev.plumb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.engine.RuleRegistry;
import dev.plumb.core.report.docs.RuleDocWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/rules holds one current page per rule; regenerate with {@code bin/plumb rules --docs docs/rules}. */
class RuleDocsTest {

  private static final Path DOCS = CliRun.ROOT.resolve("docs/rules");

  @Test
  void everyRuleHasItsCurrentPageAndNothingElseIsThere() throws IOException {
    RuleRegistry registry = RuleRegistry.discover(RuleDocsTest.class.getClassLoader());
    assertThat(registry.all()).hasSizeGreaterThanOrEqualTo(11);
    for (RuleRegistry.RegisteredRule rule : registry.all()) {
      Path page = DOCS.resolve(rule.descriptor().id() + ".md");
      assertThat(page).as("docs page of " + rule.descriptor().id()).exists();
      assertThat(Files.readString(page)).as(page + " is stale; run: bin/plumb rules --docs docs/rules")
          .isEqualTo(RuleDocWriter.page(rule.descriptor()));
    }
    try (Stream<Path> pages = Files.list(DOCS)) {
      List<String> ids = pages.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).toList();
      assertThat(ids).containsExactlyInAnyOrderElementsOf(registry.ids());
    }
  }
}
