package dev.plumb.core.source.sql;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * INSERT and UPDATE in a migration (seed data, backfills): they change no schema, but the table and the columns
 * they write must exist by then.
 */
final class DataReplay {

  private final Names names;

  DataReplay(Names names) {
    this.names = names;
  }

  void insert(Schema schema, Insert insert, WrittenStatement written, StatementEvents events) {
    Optional<Table> table = target(schema, insert.getTable(), "INTO", written, "inserted into", events);
    if (table.isEmpty() || insert.getColumns() == null) {
      return;
    }
    for (Column column : insert.getColumns()) {
      References.column(table.get(), names.identifier(column.getColumnName()), written.span(), Optional.of("INTO"),
          written, "inserted into", events);
    }
  }

  /** The columns after SET belong to the updated table, unless it is joined with others (MySQL). */
  void update(Schema schema, Update update, WrittenStatement written, StatementEvents events) {
    Optional<Table> table = target(schema, update.getTable(), "UPDATE", written, "updated", events);
    boolean joined = (update.getJoins() != null && !update.getJoins().isEmpty())
        || (update.getStartJoins() != null && !update.getStartJoins().isEmpty());
    if (table.isEmpty() || joined || update.getUpdateSets() == null) {
      return;
    }
    String alias = update.getTable().getAlias() == null ? "" : names.identifier(update.getTable().getAlias()
        .getName());
    for (UpdateSet set : update.getUpdateSets()) {
      for (Column column : set.getColumns() == null ? List.<Column>of() : set.getColumns()) {
        String qualifier = column.getTable() == null || column.getTable().getName() == null ? ""
            : names.identifier(column.getTable().getName());
        if (qualifier.isEmpty() || qualifier.equals(table.get().name()) || qualifier.equals(alias)) {
          References.column(table.get(), names.identifier(column.getColumnName()), written.span(),
              Optional.of("SET"), written, "updated", events);
        }
      }
    }
  }

  /** The table written to; empty (and reported if missing) unless the model has it. */
  private Optional<Table> target(Schema schema, net.sf.jsqlparser.schema.Table written, String keyword,
                                 WrittenStatement statement, String usage, StatementEvents events) {
    if (written == null || written.getName() == null) {
      return Optional.empty();
    }
    ObjectPath path = names.path(written);
    if (ViewSources.isSystem(path, names.dialect())
        || !References.relation(schema, path, keyword, statement, usage, events)) {
      return Optional.empty();
    }
    return schema.table(path);
  }
}
