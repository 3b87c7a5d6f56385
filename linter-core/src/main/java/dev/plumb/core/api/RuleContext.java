package dev.plumb.core.api;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.migration.MigrationTrace;
import dev.plumb.core.model.expected.ExpectedSchema;
import dev.plumb.core.model.live.LiveFacts;
import java.util.List;
import java.util.Optional;

/** What a rule sees while it runs, and where it reports. */
public interface RuleContext {

  /** The schema under check: migrations replayed, a SQL dump, or a live database. */
  Schema actual();

  /** The expected schema, if the run was given one. */
  Optional<ExpectedSchema> expected();

  Dialect dialect();

  /**
   * The live database's health facts (invalid indexes, unvalidated constraints, sequence usage, integrity
   * problems) when the schema under check was read from one; {@link LiveFacts#NONE} otherwise.
   */
  LiveFacts liveFacts();

  /** The migrations replayed statement by statement, when the schema under check came from SQL files. */
  Optional<MigrationTrace> migrations();

  /** How the migrations will be run: the PostgreSQL version, whether files run in a transaction. */
  MigrationSettings settings();

  /** Problems the sources met while building the model (statements that did not parse, ...). */
  List<SourceProblem> sourceProblems();

  <T> T option(RuleOption<T> option);

  /** The severity this rule runs at: its default, or what the config set. */
  Severity severity();

  /** The fact computed from this run's input, once for all rules that ask (see {@link DerivedFact}). */
  <T> T derived(DerivedFact<T> fact);

  /** Starts a finding of this rule at the location; add remediations to the returned builder. */
  FindingBuilder report(Location location, String message);
}
