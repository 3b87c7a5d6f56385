package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.CreateFunctionalStatement;
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

/**
 * Applies one parsed statement to the schema. This is where JSqlParser's types end: what comes out is the
 * model. Statements that define nothing the model holds (DML, SET, GRANT, transaction control) leave it as is.
 */
final class StatementApplier {

  private final CreateTableReplay createTable;
  private final AlterTableReplay alterTable;
  private final IndexReplay indexes;
  private final DropReplay drops;
  private final ObjectReplay objects;
  private final RoutineReplay routines;
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
    this.names = names;
    this.syntax = new SqlSyntax(names.dialect());
    this.domains = new TypeGrammar(names);
    this.sequences = new SequenceAlterations(names);
  }

  /** @param written the statement as written, for the places and texts JSqlParser loses */
  Schema apply(Schema schema, Statement statement, WrittenStatement written) {
    Optional<SourceSpan> span = written.span();
    if (statement instanceof CreateTable create) {
      return createTable.apply(schema, create, written);
    }
    if (statement instanceof Alter alter) {
      return alterTable.apply(schema, alter, written);
    }
    if (statement instanceof CreateIndex create) {
      return indexes.create(schema, create, written);
    }
    if (statement instanceof Drop drop) {
      return drops.apply(schema, drop);
    }
    if (statement instanceof CreateType create) {
      return objects.createType(schema, create, span);
    }
    if (statement instanceof AlterType alter) {
      return objects.alterType(schema, alter);
    }
    if (statement instanceof CreateView create) {
      return objects.createView(schema, create, written);
    }
    if (statement instanceof CreateSequence create) {
      return objects.createSequence(schema, create, span);
    }
    if (statement instanceof CreateSchema create) {
      return objects.createSchema(schema, create);
    }
    if (statement instanceof CreateExtension create) {
      return objects.createExtension(schema, create, span);
    }
    if (statement instanceof Comment comment) {
      return objects.comment(schema, comment);
    }
    if (statement instanceof CreateFunctionalStatement create) {
      return routines.createRoutine(schema, create, span);
    }
    if (statement instanceof CreateTrigger create) {
      return routines.createTrigger(schema, create, span);
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
