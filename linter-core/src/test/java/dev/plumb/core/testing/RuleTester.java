package dev.plumb.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.plumb.core.api.Finding;
import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.api.Rule;
import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.engine.LintEngine;
import dev.plumb.core.engine.LintInput;
import dev.plumb.core.engine.LintInputBuilder;
import dev.plumb.core.engine.RuleRegistry;
import dev.plumb.core.engine.RuleSelection;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.report.LintReport;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.live.LiveDatabase;
import dev.plumb.core.source.migration.MigrationFile;
import dev.plumb.core.source.migration.MigrationLayouts;
import dev.plumb.core.source.migration.MigrationSet;
import dev.plumb.core.source.migration.MigrationSource;
import dev.plumb.core.source.sql.SqlSourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs one rule on inline inputs and checks its findings against markers written beside the input, strictly
 * both ways: a marker {@code -- expect: rule-id} (SQL) or {@code # expect: rule-id} (YAML) says the rule
 * reports a finding on the next line that is not a comment; {@code expect: rule-id (warning)} also checks the
 * severity; {@code expect-file: rule-id} says the finding is about the whole file, anchored at its line 1. A
 * finding without a marker fails the test, and so does a marker without a finding, and so does input that does
 * not parse.
 *
 * <p>The SQL files form a migration set read as a run reads one: the layout is detected from the names (or
 * forced with {@link #layout(String)}), so {@code V2__x.sql} is version 2 and {@code U2__x.sql} its undo,
 * {@code 002_x.up.sql} pairs with {@code 002_x.down.sql}, {@code 002_x/up.sql} with {@code 002_x/down.sql}.
 *
 * <p>A live database is given as its schema and health facts ({@link #live(Schema, LiveFacts)}), or as the SQL
 * that builds its schema ({@link #liveSql}), whose markers count like a migration's: the replayed objects keep
 * their lines. A finding about an object no file declares is anchored where the run was set up, line 1 of
 * {@value #ANCHOR}: expect it with {@link #expectAtAnchor}.
 */
public final class RuleTester {

  private static final Pattern MARKER = Pattern.compile("^\\s*(?:--|#)\\s*expect(-file|-comment)?:\\s*(.+?)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPECTATION = Pattern.compile("([a-z0-9-]+)(?:\\s*\\((error|warning|note)\\))?");

  /** Where findings about objects no file declares are anchored. */
  public static final String ANCHOR = "plumb.yml";

  private final Rule rule;
  private final List<Rule> alongside = new ArrayList<>();
  private Optional<Schema> liveSchema = Optional.empty();
  private LiveFacts liveFacts = LiveFacts.NONE;
  private final List<String> liveNotes = new ArrayList<>();
  private final Map<String, String> liveSources = new LinkedHashMap<>();
  private final List<Expectation> anchored = new ArrayList<>();
  private final Map<String, String> migrations = new LinkedHashMap<>();
  private final Map<String, Map.Entry<String, String>> downs = new LinkedHashMap<>();
  private Dialect dialect = Dialect.POSTGRESQL;
  private String expectedName;
  private String expectedContent;
  private Optional<String> layout = Optional.empty();
  private boolean allowParseErrors;
  private MigrationSettings settings = MigrationSettings.DEFAULT;
  private final Map<String, Object> options = new LinkedHashMap<>();

  private RuleTester(Rule rule) {
    this.rule = rule;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(rule);
  }

  public RuleTester dialect(Dialect newDialect) {
    this.dialect = newDialect;
    return this;
  }

  public RuleTester expected(String yaml) {
    return expected("schema.yml", yaml);
  }

  public RuleTester expected(String name, String yaml) {
    this.expectedName = name;
    this.expectedContent = yaml;
    return this;
  }

  /**
   * A file of the migration set, named with its folders as a run would show it ({@code db/V1__t.sql}); its
   * name gives its role in the layout: up, down, undo, repeatable, a drizzle {@code meta/_journal.json}.
   */
  public RuleTester migration(String name, String sql) {
    migrations.put(name, sql);
    return this;
  }

  /** Reads the files as this layout ({@code flyway}, {@code dbmate}, ...) instead of detecting one. */
  public RuleTester layout(String id) {
    this.layout = Optional.of(id);
    return this;
  }

  /**
   * Gives the migration added last a down migration; with any down, the migrations are replayed as a set whose
   * layout keeps downs.
   */
  public RuleTester down(String name, String sql) {
    if (migrations.isEmpty()) {
      throw new IllegalStateException("add the up migration before its down");
    }
    String up = migrations.keySet().stream().reduce((first, second) -> second).orElseThrow();
    downs.put(up, Map.entry(name, sql));
    return this;
  }

  /** The PostgreSQL version the migrations run on (plumb.yml {@code postgresVersion:}). */
  public RuleTester postgresVersion(int version) {
    this.settings = settings.withPostgresVersion(version);
    return this;
  }

  /** Whether each file runs in a transaction (plumb.yml {@code assumeInTransaction:}), not the layout's habit. */
  public RuleTester assumeInTransaction(boolean inTransaction) {
    this.settings = settings.withAssumeInTransaction(inTransaction);
    return this;
  }

  /** Sets one of the rule's options, as plumb.yml would under the rule's id. */
  public RuleTester option(String name, Object value) {
    options.put(name, value);
    return this;
  }

  /** The run checks a live database with this schema and these health facts. */
  public RuleTester live(Schema schema, LiveFacts facts) {
    this.liveSchema = Optional.of(schema);
    this.liveFacts = facts;
    return this;
  }

  /**
   * The run checks a live database whose schema is what this SQL builds (replayed in the tester's dialect), with
   * these health facts; the SQL's expect markers are checked.
   */
  public RuleTester liveSql(String name, String sql, LiveFacts facts) {
    LintInput replayed = new LintInputBuilder(Optional.of(dialect), Path.of("").toAbsolutePath()).sql(name, sql)
        .build();
    assertThat(replayed.problems()).as("the live schema's SQL must parse").isEmpty();
    liveSources.put(name, sql);
    return live(replayed.actual(), facts);
  }

  /** Notes the live database's introspection left, such as a catalog it could not read. */
  public RuleTester liveNotes(String... notes) {
    liveNotes.addAll(List.of(notes));
    return this;
  }

  /** Expects a finding of this rule (at this severity, if given) at line 1 of {@value #ANCHOR}. */
  public RuleTester expectAtAnchor(String ruleId, Optional<Severity> severity) {
    anchored.add(new Expectation(ANCHOR, 1, ruleId, severity));
    return this;
  }

  /** Expects a finding of this rule at line 1 of {@value #ANCHOR}. */
  public RuleTester expectAtAnchor(String ruleId) {
    return expectAtAnchor(ruleId, Optional.empty());
  }

  /** For tests of the parse-error rule itself: statements that do not parse are part of the input. */
  public RuleTester allowingParseErrors() {
    this.allowParseErrors = true;
    return this;
  }

  /**
   * Runs these rules too, for rules about other rules' findings (unused-suppression); only the findings of the
   * rule under test are compared with the markers and returned.
   */
  public RuleTester alongside(Rule... others) {
    alongside.addAll(List.of(others));
    return this;
  }

  /** Runs the rule, checks the markers, and returns the findings for further assertions. */
  public List<Finding> check() {
    LintInput input = buildInput();
    if (!allowParseErrors) {
      assertThat(input.problems()).as("the test input must parse")
          .allMatch(p -> p.kind().equals(SourceProblem.LIVE_DATABASE_NOTE));
    }
    List<Rule> rules = new ArrayList<>(alongside);
    rules.add(0, rule);
    RuleRegistry registry = RuleRegistry.of(rules);
    String id = RuleDescriptor.of(rule).id();
    RuleSelection selection = options.isEmpty() ? RuleSelection.all(registry)
        : RuleSelection.configured(registry, Map.of(id, new RuleSelection.Setting(false, Optional.empty(), options)));
    List<String> failures = new ArrayList<>();
    LintReport report = new LintEngine(selection, "test", failures::add).run(input);
    assertThat(failures).as("rule failures").isEmpty();
    List<Finding> own = report.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    compare(own);
    return own;
  }

  private LintInput buildInput() {
    LintInputBuilder builder = new LintInputBuilder(Optional.of(dialect), Path.of("").toAbsolutePath())
        .settings(settings);
    builder.configFile(ANCHOR);
    liveSchema.ifPresent(schema -> builder.live(new LiveDatabase(schema.dialect(), "jdbc:test", schema, liveFacts,
        liveNotes)));
    try {
      if (expectedContent != null) {
        builder.expected(expectedName, expectedContent);
      }
      if (!downs.isEmpty()) {
        builder.migrations(migrationSet());
      } else if (!migrations.isEmpty()) {
        List<MigrationFile> files = new ArrayList<>();
        migrations.forEach((name, sql) -> files.add(new MigrationFile(name, sql, true)));
        builder.migrations(MigrationLayouts.read(files, layout));
      }
    } catch (InputException e) {
      fail("test input was rejected: " + e.getMessage());
    }
    return builder.build();
  }

  private MigrationSet migrationSet() {
    List<MigrationSource> sources = new ArrayList<>();
    migrations.forEach((name, sql) -> {
      Optional<Map.Entry<String, String>> down = Optional.ofNullable(downs.get(name));
      Migration migration = new Migration(name, Optional.empty(), "", MigrationKind.VERSIONED, name,
          down.map(Map.Entry::getKey));
      sources.add(new MigrationSource(migration, new SqlSourceFile(name, sql),
          down.map(d -> new SqlSourceFile(d.getKey(), d.getValue()))));
    });
    return new MigrationSet("golang-migrate", true, sources, List.of());
  }

  /** One marker: a finding of this rule on this line, at this severity if one is given. */
  private record Expectation(String file, int line, String ruleId, Optional<Severity> severity) {

    boolean matches(Finding finding) {
      SourceSpan span = finding.location().span().orElseThrow();
      return span.file().equals(file) && span.line() == line && finding.ruleId().equals(ruleId)
          && severity.map(s -> s == finding.severity()).orElse(true);
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + ruleId + severity.map(s -> " (" + s.id() + ")").orElse("");
    }
  }

  private void compare(List<Finding> findings) {
    List<Expectation> wanted = new ArrayList<>();
    if (expectedContent != null) {
      wanted.addAll(markers(expectedName, expectedContent));
    }
    migrations.forEach((name, sql) -> wanted.addAll(markers(name, sql)));
    downs.values().forEach(down -> wanted.addAll(markers(down.getKey(), down.getValue())));
    liveSources.forEach((name, sql) -> wanted.addAll(markers(name, sql)));
    wanted.addAll(anchored);
    List<Finding> unmatched = new ArrayList<>(findings);
    List<Expectation> missing = new ArrayList<>();
    for (Expectation expectation : wanted) {
      Optional<Finding> match = unmatched.stream().filter(expectation::matches).findFirst();
      match.ifPresentOrElse(unmatched::remove, () -> missing.add(expectation));
    }
    if (!missing.isEmpty() || !unmatched.isEmpty()) {
      fail("findings differ from the expect markers%n  marked but not reported: %s%n  reported but not marked:%n"
          + "    %s", missing, unmatched.stream().map(RuleTester::describe).collect(Collectors.joining("\n    ")));
    }
  }

  private static String describe(Finding finding) {
    SourceSpan span = finding.location().span().orElseThrow();
    return span.file() + ":" + span.line() + " " + finding.ruleId() + " (" + finding.severity().id() + ") "
        + finding.message();
  }

  private static List<Expectation> markers(String file, String content) {
    List<Expectation> found = new ArrayList<>();
    String[] lines = content.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      if (!marker.matches()) {
        continue;
      }
      // expect-file: line 1 (findings about the whole file); expect-comment: the next line even if it is a
      // comment (findings about a plumb:ignore directive); expect: the next line with content.
      int target = "-file".equals(marker.group(1)) ? 1 : "-comment".equals(marker.group(1)) ? i + 2
          : nextContentLine(lines, i + 1);
      Matcher each = EXPECTATION.matcher(marker.group(2));
      while (each.find()) {
        Optional<Severity> severity = Optional.ofNullable(each.group(2)).flatMap(Severity::fromId);
        found.add(new Expectation(file, target, each.group(1), severity));
      }
    }
    return found;
  }

  private static int nextContentLine(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      String text = lines[i].strip();
      if (!text.isEmpty() && !text.startsWith("--") && !text.startsWith("#")) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("an expect marker must stand before a line with content");
  }
}
