package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.Schema;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Statements JSqlParser 5.4 rejects (or accepts only as "unsupported") that real migrations contain, read on the
 * splitter's tokens so that valid migrations do not produce parse errors and still update the model. Each
 * family of statements has its grammar, which matches a statement as a whole or not at all; what no grammar
 * reads is handed back to JSqlParser rewritten ({@link Reparser}): known gaps blanked out, MySQL's executable
 * comments opened, reserved words that name something quoted.
 */
final class FallbackRecognizer {

  private static final Pattern CREATE_IF_NOT_EXISTS = Pattern.compile(
      "(?is)\\s*CREATE\\s+(?:[A-Z_]+\\s+){1,4}?IF\\s+NOT\\s+EXISTS\\b");

  private static final Pattern DYNAMIC_CODE = Pattern.compile("(?is)\\s*DO\\b.*\\bEXECUTE\\b");

  private final Dialect dialect;
  private final SqlSyntax syntax;
  private final Reparser reparser;
  private final List<StatementGrammar> grammars;
  /** The events of the statement being recognised, for the statements nested in it (a DO block's). */
  private StatementEvents current;

  FallbackRecognizer(Names names, StatementParser parser, StatementApplier applier) {
    this.dialect = names.dialect();
    this.syntax = new SqlSyntax(names.dialect());
    this.reparser = new Reparser(syntax, parser, applier);
    Predicate<String> parses = text -> parser.parse(text) instanceof ParseOutcome.Parsed;
    this.grammars = List.of(
        new SessionGrammar(names.dialect()),
        new MaintenanceGrammar(names.dialect()),
        new PrivilegeGrammar(),
        new ServerObjectGrammar(names.dialect(), parses),
        new CommentGrammar(names),
        new TypeGrammar(names),
        new IndexGrammar(names),
        new SequenceGrammar(names, reparser),
        new ViewGrammar(names),
        new VirtualTableGrammar(names),
        new TriggerGrammar(names, parses),
        new RoutineGrammar(names),
        new MysqlRoutineGrammar(names, parses),
        new AlterTableGrammar(names, reparser),
        new DoBlockGrammar(names, this::understandNested));
  }

  /** A statement inside another (a DO block's): JSqlParser first, then the fallback, as the replay reads one. */
  private Optional<UnaryOperator<Schema>> understandNested(SqlStatement statement) {
    StatementEvents events = current;
    return reparser.read(statement, statement.text(), statement.text()).map(r -> reparser.change(r, events))
        .or(() -> recognize(statement, events));
  }

  /**
   * The change the statement makes, if it is understood; identity for statements with no model effect. What a
   * grammar's change creates and drops is reported to {@code events} as the difference it makes to the schema.
   */
  Optional<UnaryOperator<Schema>> recognize(SqlStatement statement, StatementEvents events) {
    StatementEvents outer = current;
    current = events;
    try {
      return read(statement, events);
    } finally {
      current = outer;
    }
  }

  private Optional<UnaryOperator<Schema>> read(SqlStatement statement, StatementEvents events) {
    if (CREATE_IF_NOT_EXISTS.matcher(statement.text()).lookingAt()) {
      events.writtenIfNotExists();
    }
    if (DYNAMIC_CODE.matcher(statement.text()).lookingAt()) {
      // Dynamic SQL in a block may create, change or drop anything it names: rules must not judge those names.
      events.uncertainNamesIn(statement.text(), dialect);
    }
    SqlStatement readable = statement;
    Optional<SqlStatement> unwrapped = ExecutableComments.unwrapped(statement, syntax);
    if (unwrapped.isPresent()) {
      readable = unwrapped.get();
      Optional<Reparser.Reading> reading = reparser.read(readable, readable.text(), readable.text());
      if (reading.isPresent()) {
        return Optional.of(reparser.change(reading.get(), events));
      }
    }
    TokenCursor tokens = TokenCursor.of(readable.text(), syntax);
    if (unwrapped.isPresent() && tokens.size() == 0) {
      // An executable comment with nothing in it: the mysql client sends nothing.
      return Optional.of(UnaryOperator.identity());
    }
    for (StatementGrammar grammar : grammars) {
      tokens.reset(0);
      Optional<UnaryOperator<Schema>> change = grammar.recognize(tokens, readable);
      if (change.isPresent()) {
        return change.map(c -> SchemaDifferences.reporting(c, events, statement.span()));
      }
    }
    return reparser.understand(readable, events);
  }
}
