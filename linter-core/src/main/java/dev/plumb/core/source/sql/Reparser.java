package dev.plumb.core.source.sql;

import dev.plumb.core.model.Schema;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.Statement;

/**
 * Hands JSqlParser a rewrite of a statement it rejected: the known gaps blanked out, identifiers it reserves
 * quoted. What the parser returns is applied as usual; element places and expression texts are read from the
 * position-keeping version of the text, so findings still point into the file as written.
 */
final class Reparser {

  /** What JSqlParser made of a rewrite, and the text element places are read from. */
  record Reading(Statement statement, WrittenStatement written) {
  }

  private final SqlSyntax syntax;
  private final StatementParser parser;
  private final StatementApplier applier;
  private final ParserRewrites rewrites;
  private final KeywordQuoting quoting;

  Reparser(SqlSyntax syntax, StatementParser parser, StatementApplier applier) {
    this.syntax = syntax;
    this.parser = parser;
    this.applier = applier;
    this.rewrites = new ParserRewrites(syntax);
    this.quoting = new KeywordQuoting(syntax);
  }

  /**
   * The statement read by JSqlParser as written, then with the known gaps rewritten, then with reserved words
   * quoted where they name something.
   */
  Optional<Reading> read(SqlStatement statement) {
    String text = statement.text();
    Set<String> positionKeeping = new LinkedHashSet<>();
    positionKeeping.add(text);
    positionKeeping.add(rewrites.blanked(text));
    for (String candidate : positionKeeping) {
      Optional<Reading> reading = read(statement, candidate, candidate);
      if (reading.isPresent()) {
        return reading;
      }
    }
    for (String candidate : positionKeeping) {
      Optional<String> reordered = rewrites.reordered(candidate);
      if (reordered.isPresent()) {
        Optional<Reading> reading = read(statement, reordered.get(), candidate);
        if (reading.isPresent()) {
          return reading;
        }
      }
      Optional<String> quoted = quoting.quoted(reordered.orElse(candidate));
      if (quoted.isPresent()) {
        Optional<Reading> reading = read(statement, quoted.get(), candidate);
        if (reading.isPresent()) {
          return reading;
        }
      }
    }
    return Optional.empty();
  }

  /** The change JSqlParser's reading of the statement (or a rewrite of it) makes. */
  /** For statements read inside a grammar, whose events the grammar reports as a whole. */
  Optional<UnaryOperator<Schema>> understand(SqlStatement statement) {
    return understand(statement, StatementEvents.discarding(statement.span()));
  }

  /** For statements read inside a grammar, whose events the grammar reports as a whole. */
  UnaryOperator<Schema> change(Reading reading) {
    return change(reading, StatementEvents.discarding(reading.written().span().orElseThrow()));
  }

  Optional<UnaryOperator<Schema>> understand(SqlStatement statement, StatementEvents events) {
    return read(statement).map(reading -> change(reading, events));
  }

  UnaryOperator<Schema> change(Reading reading, StatementEvents events) {
    return schema -> applier.apply(schema, reading.statement(), reading.written(), events);
  }

  /**
   * @param parserText what JSqlParser reads
   * @param writtenText the statement with every position as in the file, for element places and texts
   */
  Optional<Reading> read(SqlStatement original, String parserText, String writtenText) {
    if (!(parser.parse(parserText) instanceof ParseOutcome.Parsed parsed)) {
      return Optional.empty();
    }
    WrittenStatement written = WrittenStatement.of(
        new SqlStatement(writtenText, original.span(), original.offset()), syntax);
    return Optional.of(new Reading(parsed.statement(), written));
  }
}
