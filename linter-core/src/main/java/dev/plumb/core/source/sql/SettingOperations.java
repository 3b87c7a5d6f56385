package dev.plumb.core.source.sql;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.operation.Operation;
import dev.plumb.core.model.operation.Operation.SetSetting;
import dev.plumb.core.model.operation.Operation.SettingScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Session settings: PostgreSQL's and H2's {@code SET [SESSION|LOCAL] name {=|TO} value}, MySQL's
 * {@code SET [GLOBAL|SESSION] a = x, @@session.b = y} (one operation per assignment; user variables and
 * {@code SET NAMES} are no settings), and PostgreSQL's {@code RESET name}, read as {@code SET name TO DEFAULT}
 * (which PostgreSQL documents it to be), with {@code RESET ALL} as the setting {@code all}. Role, authorization,
 * constraint and transaction statements that start with SET give no operation.
 */
final class SettingOperations implements OperationGrammar {

  /** Words after SET that make a statement something other than a setting. */
  private static final String[] NOT_SETTINGS = {"ROLE", "AUTHORIZATION", "CHARACTERISTICS", "CONSTRAINTS",
      "TRANSACTION", "NAMES", "CHARACTER", "CHARSET", "PASSWORD", "DEFAULT", "RESOURCE"};
  private static final Set<String> GLOBAL_SCOPES = Set.of("GLOBAL", "PERSIST", "PERSIST_ONLY");
  private static final String[] MYSQL_SCOPES = {"GLOBAL", "SESSION", "LOCAL", "PERSIST", "PERSIST_ONLY"};

  @Override
  public Set<String> verbs() {
    return Set.of("SET", "RESET");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    TokenCursor t = source.tokens();
    Dialect dialect = source.dialect();
    if (dialect == Dialect.POSTGRESQL && t.accept("RESET")) {
      return reset(source);
    }
    if (!t.accept("SET")) {
      return List.of();
    }
    if (dialect.isMysqlFamily()) {
      return mysqlSet(source);
    }
    return dialect == Dialect.SQLITE ? List.of() : set(source);
  }

  /** {@code SET [SESSION|LOCAL] name {=|TO} value}; H2 may leave out the {@code =}. */
  private static List<Operation> set(OperationSource source) {
    TokenCursor t = source.tokens();
    SettingScope scope = t.accept("LOCAL") ? SettingScope.LOCAL : SettingScope.SESSION;
    if (scope == SettingScope.SESSION) {
      t.accept("SESSION");
    }
    if (t.acceptAny(NOT_SETTINGS).isPresent()) {
      return List.of();
    }
    Optional<String> name = t.accept("TIME", "ZONE") ? Optional.of("timezone")
        : t.qualifiedName().map(written -> settingName(source, written));
    if (name.isEmpty() || t.peek("FROM", "CURRENT")) {
      return List.of();
    }
    if (!t.accept("TO")) {
      t.acceptSymbol('=');
    }
    if (t.atEnd()) {
      return List.of();
    }
    String value = OperationTokens.value(source, t.position(), t.size());
    return List.of(new SetSetting(name.get(), value, scope, source.span()));
  }

  private static List<Operation> reset(OperationSource source) {
    TokenCursor t = source.tokens();
    Optional<String> name = t.accept("ALL") ? Optional.of("all") : t.accept("TIME", "ZONE") ? Optional.of("timezone")
        : t.peek("ROLE") || t.peek("SESSION") ? Optional.empty()
        : t.qualifiedName().map(written -> settingName(source, written));
    if (name.isEmpty() || !t.atEnd()) {
      return List.of();
    }
    return List.of(new SetSetting(name.get(), "DEFAULT", SettingScope.SESSION, source.span()));
  }

  /**
   * Comma-separated assignments, each its own operation spanning the assignment (the first one from SET on). A
   * GLOBAL or SESSION keyword holds for the assignments after it until the next one, as MySQL reads it;
   * {@code @@global.x} holds for its own assignment.
   */
  private static List<Operation> mysqlSet(OperationSource source) {
    TokenCursor t = source.tokens();
    if (t.peek("SESSION", "TRANSACTION") || t.peek("GLOBAL", "TRANSACTION")
        || t.acceptAny(NOT_SETTINGS).isPresent()) {
      return List.of();
    }
    List<Operation> settings = new ArrayList<>();
    SettingScope scope = SettingScope.SESSION;
    int partStart = 0;
    do {
      Optional<String> keyword = t.acceptAny(MYSQL_SCOPES);
      if (keyword.isPresent()) {
        scope = scope(keyword.get());
      }
      SettingScope own = scope;
      boolean userVariable = false;
      Optional<String> name;
      if (t.acceptSymbol('@') && !t.acceptSymbol('@')) {
        userVariable = true;
        name = t.isString(t.position()) ? t.stringValue() : t.name();
      } else {
        if (t.isSymbol(t.position() + 1, '.')) {
          Optional<String> prefix = t.acceptAny(MYSQL_SCOPES);
          if (prefix.isPresent() && t.acceptSymbol('.')) {
            own = scope(prefix.get());
          }
        }
        name = t.qualifiedName().map(written -> settingName(source, written));
      }
      boolean assigned = t.acceptSymbol('=') || t.acceptSymbol(':') && t.acceptSymbol('=');
      int valueStart = t.position();
      if (name.isEmpty() || !assigned || !SettingGrammar.expression(t)) {
        return List.of();
      }
      int valueEnd = t.position();
      if (!userVariable) {
        settings.add(new SetSetting(name.get(), OperationTokens.value(source, valueStart, valueEnd), own,
            source.span(partStart, valueEnd)));
      }
      partStart = valueEnd + 1;
    } while (t.acceptSymbol(','));
    return t.atEnd() ? settings : List.of();
  }

  private static SettingScope scope(String keyword) {
    return GLOBAL_SCOPES.contains(keyword) ? SettingScope.GLOBAL : SettingScope.SESSION;
  }

  /** Lower case, quotes removed, parts kept: {@code lock_timeout}, {@code myapp.tenant}. */
  static String settingName(OperationSource source, String written) {
    return Names.splitDotted(written).stream()
        .map(part -> source.dialect().normalizeIdentifier(part).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("."));
  }
}
