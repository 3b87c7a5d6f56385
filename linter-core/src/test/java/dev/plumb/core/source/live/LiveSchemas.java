package dev.plumb.core.source.live;

import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.Index;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.source.sql.SqlReplayer;
import dev.plumb.core.source.sql.SqlSourceFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Test help: applies DDL to a live database, replays it, and puts tables in a form both sides can be compared in. */
final class LiveSchemas {

  private LiveSchemas() {
  }

  static void apply(Connection connection, String ddl) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : ddl.split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  static Schema replayed(Dialect dialect, String ddl) {
    return new SqlReplayer(dialect).replay(List.of(new SqlSourceFile("V1__schema.sql", ddl))).schema();
  }

  /** The tables without source spans (a live table has none) and with what the dialect's catalog cannot tell. */
  static List<Table> comparable(Schema schema, UnaryOperator<Table> normalisation) {
    return schema.allTables().stream().map(LiveSchemas::withoutSpans).map(normalisation)
        .sorted(java.util.Comparator.comparing(Table::path)).toList();
  }

  static Table withoutSpans(Table t) {
    return new Table(t.path(), t.columns().stream().map(c -> c.withSpan(Optional.empty())).toList(),
        t.primaryKey().map(k -> new PrimaryKey(k.name(), k.columns(), Optional.empty())),
        t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), u.columns(), Optional.empty()))
            .toList(),
        t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), f.columns(), f.referencedTable(),
            f.referencedColumns(), f.onDelete(), f.onUpdate(), f.valid(), Optional.empty())).toList(),
        t.checks().stream().map(c -> new CheckConstraint(c.name(), c.expression(), c.valid(), Optional.empty()))
            .toList(),
        t.indexes().stream().map(i -> new Index(i.path(), i.table(), i.keys(), i.unique(), i.predicate(),
            i.method(), i.valid(), Optional.empty())).toList(),
        t.comment(), Optional.empty());
  }

  static Table mapColumns(Table t, UnaryOperator<Column> change) {
    return t.withColumns(t.columns().stream().map(change).toList());
  }
}
