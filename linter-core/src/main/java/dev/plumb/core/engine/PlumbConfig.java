package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a plumb.yml. Everything is optional: what it leaves out comes from the command line or the
 * defaults, and {@link #empty()} stands for a project without a config file.
 *
 * @param file the config file as named in messages; empty when there is none
 * @param expected the expected-schema file to use when the command line names none, as written
 * @param exclude globs of input files to skip, as written
 * @param layout the migration layout to read the SQL as instead of detecting one (a known layout id)
 * @param rules by rule id, in written order
 * @param postgresVersion the PostgreSQL major version the migrations run on
 * @param assumeInTransaction whether each migration file runs in a transaction, instead of the layout's habit
 * @param requireSuppressionReason whether a plumb:ignore without a reason is an error (suppression-without-reason)
 */
public record PlumbConfig(Optional<String> file, Optional<Dialect> dialect, Optional<String> expected,
                          Optional<FailOn> failOn, List<String> exclude, Optional<String> layout,
                          Map<String, RuleSetting> rules, Optional<Integer> postgresVersion,
                          Optional<Boolean> assumeInTransaction, boolean requireSuppressionReason) {

  public PlumbConfig {
    requireNonNull(file, "file is Optional, not null");
    requireNonNull(dialect, "dialect is Optional, not null");
    requireNonNull(expected, "expected is Optional, not null");
    requireNonNull(failOn, "failOn is Optional, not null");
    exclude = List.copyOf(requireNonNull(exclude, "no exclude list given"));
    requireNonNull(layout, "layout is Optional, not null");
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(rules, "no rules given")));
    requireNonNull(postgresVersion, "postgresVersion is Optional, not null");
    requireNonNull(assumeInTransaction, "assumeInTransaction is Optional, not null");
  }

  /** A config that says nothing about how the migrations are run. */
  public PlumbConfig(Optional<String> file, Optional<Dialect> dialect, Optional<String> expected,
                     Optional<FailOn> failOn, List<String> exclude, Optional<String> layout,
                     Map<String, RuleSetting> rules) {
    this(file, dialect, expected, failOn, exclude, layout, rules, Optional.empty(), Optional.empty(), false);
  }

  /** A config that does not require reasons for suppressions. */
  public PlumbConfig(Optional<String> file, Optional<Dialect> dialect, Optional<String> expected,
                     Optional<FailOn> failOn, List<String> exclude, Optional<String> layout,
                     Map<String, RuleSetting> rules, Optional<Integer> postgresVersion,
                     Optional<Boolean> assumeInTransaction) {
    this(file, dialect, expected, failOn, exclude, layout, rules, postgresVersion, assumeInTransaction, false);
  }

  public static PlumbConfig empty() {
    return new PlumbConfig(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Map.of());
  }

  public Optional<RuleSetting> rule(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }
}
