package dev.plumb.core.engine;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.DerivedFact;
import dev.plumb.core.api.Finding;
import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.MigrationSettings;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.Severity;
import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.engine.RuleSelection.SelectedRule;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.model.live.LiveFacts;
import dev.plumb.core.model.migration.MigrationTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The context one rule runs in; gathers what it reports and completes the findings when it returns. */
final class RunContext implements RuleContext {

  private final LintInput input;
  private final SelectedRule rule;
  private final List<Builder> reported = new ArrayList<>();

  private final DerivedFacts facts;

  RunContext(LintInput input, SelectedRule rule, DerivedFacts facts) {
    this.input = input;
    this.rule = rule;
    this.facts = facts;
  }

  @Override
  public <T> T derived(DerivedFact<T> fact) {
    return facts.get(fact, this);
  }

  @Override
  public Schema actual() {
    return input.actual();
  }

  @Override
  public Optional<ExpectedSchema> expected() {
    return input.expected();
  }

  @Override
  public Dialect dialect() {
    return input.expected().map(ExpectedSchema::dialect).orElse(input.actual().dialect());
  }

  @Override
  public LiveFacts liveFacts() {
    return input.liveFacts().orElse(LiveFacts.NONE);
  }

  @Override
  public boolean checksLiveDatabase() {
    return input.liveFacts().isPresent();
  }

  @Override
  public Optional<MigrationTrace> migrations() {
    return input.trace();
  }

  @Override
  public MigrationSettings settings() {
    return input.settings();
  }

  @Override
  public List<SourceProblem> sourceProblems() {
    return input.problems();
  }

  @Override
  public <T> T option(RuleOption<T> option) {
    return rule.option(option);
  }

  @Override
  public Severity severity() {
    return rule.severity();
  }

  @Override
  public FindingBuilder report(Location location, String message) {
    Builder builder = new Builder(location, message);
    reported.add(builder);
    return builder;
  }

  List<Finding> findings() {
    return reported.stream().map(Builder::build).toList();
  }

  private final class Builder implements FindingBuilder {

    private final Location location;
    private final String message;
    private final List<RelatedLocation> related = new ArrayList<>();
    private final List<Remediation> remediations = new ArrayList<>();
    private Severity severity = rule.severity();

    Builder(Location location, String message) {
      this.location = location;
      this.message = message;
    }

    @Override
    public FindingBuilder severity(Severity newSeverity) {
      severity = requireNonNull(newSeverity, "no severity given");
      return this;
    }

    @Override
    public FindingBuilder related(SourceSpan span, String text) {
      related.add(new RelatedLocation(span, text));
      return this;
    }

    @Override
    public FindingBuilder remediation(String description) {
      remediations.add(Remediation.text(description));
      return this;
    }

    @Override
    public FindingBuilder remediation(String description, String sql) {
      remediations.add(Remediation.sql(description, sql));
      return this;
    }

    @Override
    public FindingBuilder fix(String description, List<TextEdit> edits) {
      remediations.add(new Remediation(description, Optional.empty(), edits));
      return this;
    }

    /** Only live objects are looked for in the files: a finding about the files' own objects has its place. */
    private Optional<SourceSpan> declaration(ObjectPath object) {
      return input.liveFacts().isPresent() ? derived(Declarations.FACT).of(object) : Optional.empty();
    }

    Finding build() {
      // Reports need a file for every finding; one about an object alone is anchored where the files declare it,
      // else where the run was set up.
      Location anchored = location.span().isPresent() ? location
          : new Location(Optional.of(location.object().flatMap(this::declaration)
              .orElse(input.fallbackAnchor())), location.object());
      return new Finding(rule.id(), severity, message, anchored, related, remediations);
    }
  }
}
