package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a statement asks the database to do ({@link Operation}) from Plumb's own tokens, so safety rules
 * see the same operations whether JSqlParser, a fallback grammar, or neither understood the statement.
 */
final class OperationReader {

  private final SqlSyntax syntax;
  private final Names names;
  private final Map<String, OperationGrammar> byVerb = new HashMap<>();

  OperationReader(Dialect dialect) {
    requireNonNull(dialect, "no dialect given");
    this.syntax = new SqlSyntax(dialect);
    this.names = new Names(dialect);
    for (OperationGrammar grammar : List.of(new CreateTableOperations(), new AlterTableOperations(),
        new CreateIndexOperations(), new DropIndexOperations(), new ReindexOperations(), new DropOperations(),
        new TruncateOperations(), new SettingOperations(), new SetConfigOperations(), new TransactionOperations(),
        new MaintenanceOperations(), new EnumValueOperations(), new DomainOperations(), new TriggerOperations(),
        new DataChangeOperations(), new RenameTableOperations())) {
      grammar.verbs().forEach(verb -> byVerb.put(verb, grammar));
    }
  }

  /** The statement's operations; empty for a statement no grammar reads or one that does not match. */
  List<Operation> read(SqlStatement statement, String verb) {
    OperationGrammar grammar = byVerb.get(verb);
    if (grammar == null) {
      return List.of();
    }
    try {
      return grammar.read(new OperationSource(statement, syntax, names));
    } catch (RuntimeException e) {
      // Text the grammar did not foresee: the statement simply has no operations for the safety rules.
      return List.of();
    }
  }
}
