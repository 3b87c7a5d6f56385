package dev.plumb.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.engine.RuleRegistry;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every built-in rule is discoverable, described, and has a test class beside it. */
class RuleCatalogTest {

  private final RuleRegistry registry = RuleRegistry.discover(RuleCatalogTest.class.getClassLoader());

  @Test
  void everyRuleIsDescribedAndTested() throws ClassNotFoundException {
    assertThat(registry.ids()).contains("missing-table", "missing-column", "column-type-mismatch",
        "column-nullability-mismatch", "column-default-mismatch", "missing-primary-key", "missing-index",
        "missing-foreign-key", "unexpected-column", "unexpected-table", "sql-parse-error",
        "unknown-table-reference", "unknown-column-reference", "unknown-function-reference",
        "unknown-type-reference", "duplicate-object", "non-idempotent-ddl", "foreign-key-cycle",
        "down-migration-mismatch");
    for (RuleRegistry.RegisteredRule rule : registry.all()) {
      RuleDescriptor d = rule.descriptor();
      assertThat(d.summary()).as(d.id()).isNotBlank().doesNotEndWith(".");
      assertThat(d.description()).as(d.id()).hasSizeGreaterThan(40);
      assertThat(d.remediation()).as(d.id()).isNotBlank();
      Class<?> test = Class.forName(rule.rule().getClass().getName() + "Test");
      long tests = Arrays.stream(test.getDeclaredMethods()).filter(RuleCatalogTest::isTest).count();
      assertThat(tests).as("tests of " + d.id() + " (a positive and a negative case at least)")
          .isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void offByDefaultRulesAreTheNoisyOnes() {
    assertThat(registry.all().stream().filter(r -> !r.descriptor().enabledByDefault())
        .map(r -> r.descriptor().id())).containsExactlyInAnyOrder("unexpected-table", "non-idempotent-ddl",
            "missing-statement-timeout", "suppression-without-reason");
  }

  private static boolean isTest(Method method) {
    return method.isAnnotationPresent(org.junit.jupiter.api.Test.class);
  }
}
