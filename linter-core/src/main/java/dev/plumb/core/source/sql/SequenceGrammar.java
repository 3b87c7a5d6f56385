package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;

/**
 * {@code CREATE SEQUENCE IF NOT EXISTS} (read by JSqlParser without the three words, and applied only when the
 * sequence is new) and ALTER SEQUENCE in the forms JSqlParser rejects.
 */
final class SequenceGrammar implements StatementGrammar {

  private final Names names;
  private final Reparser reparser;
  private final SequenceAlterations alterations;

  SequenceGrammar(Names names, Reparser reparser) {
    this.names = names;
    this.reparser = reparser;
    this.alterations = new SequenceAlterations(names);
  }

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    return StatementGrammar.firstWhole(tokens, alterations::read, t -> createIfNotExists(t, statement));
  }

  private Optional<UnaryOperator<Schema>> createIfNotExists(TokenCursor t, SqlStatement statement) {
    if (!t.accept("CREATE")) {
      return Optional.empty();
    }
    t.acceptAny("TEMP", "TEMPORARY", "UNLOGGED");
    int ifAt = t.position() + 1;
    if (!t.accept("SEQUENCE", "IF", "NOT", "EXISTS")) {
      return Optional.empty();
    }
    String blanked = new TextEdits(statement.text()).blank(t.start(ifAt), t.end(ifAt + 2)).result();
    t.skipRest();
    return reparser.read(new SqlStatement(blanked, statement.span(), statement.offset()))
        .filter(reading -> reading.statement() instanceof CreateSequence)
        .map(reading -> {
          var sequence = ((CreateSequence) reading.statement()).getSequence();
          ObjectPath path = names.inSchema(Optional.ofNullable(sequence.getSchemaName()), sequence.getName());
          UnaryOperator<Schema> create = reparser.change(reading);
          return schema -> schema.sequences().containsKey(path) ? schema : create.apply(schema);
        });
  }
}
