package dev.plumb.core.source.sql;

import dev.plumb.core.model.Schema;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Statements JSqlParser 5.4 rejects (or accepts only as "unsupported") that real migrations contain, read on the
 * splitter's tokens so that valid migrations do not produce parse errors and still update the model. Each
 * family of statements has its grammar, which matches a statement as a whole or not at all; what no grammar
 * reads is handed back to JSqlParser rewritten ({@link Reparser}): known gaps blanked out, MySQL's executable
 * comments opened, reserved words that name something quoted.
 */
final class FallbackRecognizer {

  private final SqlSyntax syntax;
  private final Reparser reparser;
  private final List<StatementGrammar> grammars;

  FallbackRecognizer(Names names, StatementParser parser, StatementApplier applier) {
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
    return reparser.read(statement, statement.text(), statement.text()).map(reparser::change)
        .or(() -> recognize(statement));
  }

  /** The change the statement makes, if it is understood; identity for statements with no model effect. */
  Optional<UnaryOperator<Schema>> recognize(SqlStatement statement) {
    SqlStatement readable = statement;
    Optional<SqlStatement> unwrapped = ExecutableComments.unwrapped(statement, syntax);
    if (unwrapped.isPresent()) {
      readable = unwrapped.get();
      Optional<Reparser.Reading> reading = reparser.read(readable, readable.text(), readable.text());
      if (reading.isPresent()) {
        return Optional.of(reparser.change(reading.get()));
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
        return change;
      }
    }
    return reparser.understand(readable);
  }
}
