package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.CreateFunctionalStatement;
import net.sf.jsqlparser.statement.DoStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterDomain;
import net.sf.jsqlparser.statement.alter.AlterType;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.domain.CreateDomain;
import net.sf.jsqlparser.statement.create.extension.CreateExtension;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Applies one parsed statement to the schema. This is where JSqlParser's types end: what comes out is the
 * model. Statements that define nothing the model holds (DML, SET, GRANT, transaction control) leave it as is,
 * though INSERT and UPDATE are checked for the tables and columns they name. What each statement did is reported
 * to its {@link StatementEvents}.
 */
final class StatementApplier {

  private final CreateTableReplay createTable;
  private final AlterTableReplay alterTable;
  private final IndexReplay indexes;
  private final DropReplay drops;
  private final ObjectReplay objects;
  private final RoutineReplay routines;
  private final DataReplay data;
  private final Names names;
  private final SqlSyntax syntax;
  private final TypeGrammar domains;
  private final SequenceAlterations sequences;

  StatementApplier(Names names) {
    this.createTable = new CreateTableReplay(names);
    this.alterTable = new AlterTableReplay(names);
    this.indexes = new IndexReplay(names);
    this.drops = new DropReplay(names);
    this.objects = new ObjectReplay(names);
    this.routines = new RoutineReplay(names);
    this.data = new DataReplay(names);
    this.names = names;
    this.syntax = new SqlSyntax(names.dialect());
    this.domains = new TypeGrammar(names);
    this.sequences = new SequenceAlterations(names);
  }

  /** @param written the statement as written, for the places and texts JSqlParser loses */
  Schema apply(Schema schema, Statement statement, WrittenStatement written, StatementEvents events) {
    if (statement instanceof CreateTable create) {
      return createTable.apply(schema, create, written, events);
    }
    if (statement instanceof Alter alter) {
      return alterTable.apply(schema, alter, written, events);
    }
    if (statement instanceof CreateIndex create) {
      return indexes.create(schema, create, written, events);
    }
    if (statement instanceof Drop drop) {
      return drops.apply(schema, drop, written, events);
    }
    if (statement instanceof CreateType create) {
      return objects.createType(schema, create, written, events);
    }
    if (statement instanceof CreateDomain create) {
      // The events come from JSqlParser's reading, the domain itself from the tokens (see fromTokens).
      return fromTokens(objects.createDomain(schema, create, written, events), written);
    }
    if (statement instanceof AlterType alter) {
      return objects.alterType(schema, alter, written, events);
    }
    if (statement instanceof CreateView create) {
      return objects.createView(schema, create, written, events);
    }
    if (statement instanceof CreateSequence create) {
      return objects.createSequence(schema, create, written, events);
    }
    if (statement instanceof CreateSchema create) {
      return objects.createSchema(schema, create, written, events);
    }
    if (statement instanceof CreateExtension create) {
      return objects.createExtension(schema, create, written, events);
    }
    if (statement instanceof Comment comment) {
      return objects.comment(schema, comment, written, events);
    }
    if (statement instanceof CreateFunctionalStatement create) {
      return routines.createRoutine(schema, create, written, events);
    }
    if (statement instanceof CreateTrigger create) {
      return routines.createTrigger(schema, create, written, events);
    }
    if (statement instanceof Insert insert) {
      data.insert(schema, insert, written, events);
    } else if (statement instanceof Update update) {
      data.update(schema, update, written, events);
    } else if (statement instanceof DoStatement || statement instanceof Execute) {
      // Code the replay cannot follow may create, change or drop anything it names.
      events.uncertainNamesIn(written.text(), names.dialect());
    }
    if (statement instanceof RenameTableStatement rename) {
      return renamed(schema, rename);
    }
    if (statement instanceof CreateDomain || statement instanceof AlterDomain || statement instanceof AlterSequence) {
      return fromTokens(schema, written);
    }
    return schema;
  }

  /** MySQL's RENAME TABLE a TO b, c TO d: in order, so that a swap through a third name works. */
  private Schema renamed(Schema schema, RenameTableStatement rename) {
    Schema result = schema;
    for (var pair : rename.getTableNames()) {
      ObjectPath from = names.path(pair.getKey());
      ObjectPath to = names.path(pair.getValue());
      result = SchemaEdits.renameTable(result, from, to);
    }
    return result;
  }

  /**
   * Domains and ALTER SEQUENCE are read from the statement's tokens whichever parser accepted it: JSqlParser's
   * reading keeps no default, no ownership and no rename.
   */
  private Schema fromTokens(Schema schema, WrittenStatement written) {
    SqlStatement statement = new SqlStatement(written.text(), written.span().orElseThrow(), 0);
    TokenCursor tokens = TokenCursor.of(written.text(), syntax);
    Optional<UnaryOperator<Schema>> change = tokens.peek("ALTER", "SEQUENCE") ? sequences.read(tokens)
        .filter(c -> tokens.atEnd()) : domains.recognize(tokens, statement);
    return change.map(c -> c.apply(schema)).orElse(schema);
  }
}
