package dev.plumb.core.source.sql;

import dev.plumb.core.model.Schema;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Who may do what: GRANT and REVOKE (PostgreSQL's and MySQL's forms), roles and users, ALTER DEFAULT PRIVILEGES,
 * {@code ALTER ... OWNER TO}, row-level security policies and security labels. The model keeps no privileges.
 */
final class PrivilegeGrammar implements StatementGrammar {

  private static final String[] OWNED_KINDS = {"TABLE", "VIEW", "SEQUENCE", "FUNCTION", "PROCEDURE", "ROUTINE",
      "AGGREGATE", "SCHEMA", "TYPE", "DOMAIN", "DATABASE", "PUBLICATION", "SUBSCRIPTION", "SERVER", "COLLATION",
      "CONVERSION", "LANGUAGE", "TABLESPACE", "STATISTICS", "OPERATOR"};

  @Override
  public Optional<UnaryOperator<Schema>> recognize(TokenCursor tokens, SqlStatement statement) {
    return StatementGrammar.noEffectIfAny(tokens, PrivilegeGrammar::grant, PrivilegeGrammar::revoke,
        PrivilegeGrammar::role, PrivilegeGrammar::defaultPrivileges, PrivilegeGrammar::ownerTo,
        PrivilegeGrammar::policy, PrivilegeGrammar::securityLabel);
  }

  private static boolean grant(TokenCursor t) {
    if (!t.accept("GRANT")) {
      return false;
    }
    if (!privileges(t)) {
      return false;
    }
    if (t.accept("ON") && !objects(t)) {
      return false;
    }
    if (!t.accept("TO") || !grantees(t)) {
      return false;
    }
    while (!t.atEnd()) {
      boolean option = StatementGrammar.anyOf(t,
          a -> a.accept("WITH", "GRANT", "OPTION") || a.accept("WITH", "ADMIN", "OPTION"),
          a -> (a.accept("WITH", "INHERIT") || a.accept("WITH", "SET")) && a.value(),
          a -> a.accept("GRANTED", "BY") && grantee(a));
      if (!option) {
        return false;
      }
    }
    return true;
  }

  private static boolean revoke(TokenCursor t) {
    if (!t.accept("REVOKE")) {
      return false;
    }
    if (!t.accept("GRANT", "OPTION", "FOR")) {
      t.accept("ADMIN", "OPTION", "FOR");
    }
    if (!privileges(t) || t.accept("ON") && !objects(t)) {
      return false;
    }
    if (!t.accept("FROM") || !grantees(t)) {
      return false;
    }
    if (t.accept("GRANTED", "BY") && !grantee(t)) {
      return false;
    }
    t.acceptAny("CASCADE", "RESTRICT");
    return true;
  }

  /** {@code ALL [PRIVILEGES]}, or privileges (one or more words, an optional column list) or role names. */
  private static boolean privileges(TokenCursor t) {
    if (t.accept("ALL")) {
      t.accept("PRIVILEGES");
      return !t.peekSymbol('(') || t.group();
    }
    do {
      if (t.name().isEmpty()) {
        return false;
      }
      while (!t.peek("ON") && !t.peek("TO") && !t.peek("FROM") && t.name().isPresent()) {
        // a privilege of several words: ALTER ROUTINE, SHOW VIEW, REPLICATION CLIENT
      }
      if (t.peekSymbol('(')) {
        t.group();
      }
    } while (t.acceptSymbol(','));
    return true;
  }

  /** Objects: {@code [TABLE] a, b}, {@code FUNCTION f(int)}, {@code ALL TABLES IN SCHEMA s}, MySQL's {@code db.*}. */
  private static boolean objects(TokenCursor t) {
    if (t.accept("ALL")) {
      return t.acceptAny("TABLES", "SEQUENCES", "FUNCTIONS", "PROCEDURES", "ROUTINES").isPresent()
          && t.accept("IN", "SCHEMA") && names(t);
    }
    t.acceptAny("TABLE", "SEQUENCE", "DATABASE", "DOMAIN", "FUNCTION", "PROCEDURE", "ROUTINE", "LANGUAGE", "SCHEMA",
        "TABLESPACE", "TYPE", "PARAMETER");
    if (!t.accept("FOREIGN", "DATA", "WRAPPER")) {
      t.accept("FOREIGN", "SERVER");
    }
    do {
      if (t.acceptSymbol('*')) {
        if (t.acceptSymbol('.') && !t.acceptSymbol('*')) {
          return false;
        }
      } else if (t.name().isPresent()) {
        if (t.acceptSymbol('.') && !(t.acceptSymbol('*') || t.name().isPresent())) {
          return false;
        }
        if (t.peekSymbol('(')) {
          t.group();
        }
      } else {
        return false;
      }
    } while (t.acceptSymbol(','));
    return true;
  }

  private static boolean grantees(TokenCursor t) {
    do {
      t.accept("GROUP");
      if (!grantee(t)) {
        return false;
      }
      if (t.accept("IDENTIFIED", "BY") && !t.string()) {
        return false;
      }
    } while (t.acceptSymbol(','));
    return true;
  }

  /** A role, PUBLIC, CURRENT_USER and the like, or a MySQL account {@code 'app'@'%'}. */
  private static boolean grantee(TokenCursor t) {
    return SettingGrammar.user(t);
  }

  private static boolean names(TokenCursor t) {
    do {
      if (t.qualifiedName().isEmpty()) {
        return false;
      }
    } while (t.acceptSymbol(','));
    return true;
  }

  /** CREATE / ALTER / DROP ROLE, USER or GROUP with their option words. */
  private static boolean role(TokenCursor t) {
    String verb = t.acceptAny("CREATE", "ALTER", "DROP").orElse("");
    if (verb.isEmpty() || t.acceptAny("ROLE", "USER", "GROUP").isEmpty()) {
      return false;
    }
    if (verb.equals("DROP")) {
      t.accept("IF", "EXISTS");
      return grantees(t);
    }
    if (verb.equals("CREATE")) {
      t.accept("IF", "NOT", "EXISTS");
    } else {
      t.accept("IF", "EXISTS");
    }
    if (!grantee(t)) {
      return false;
    }
    if (verb.equals("ALTER")) {
      if (t.accept("RENAME", "TO")) {
        return t.name().isPresent();
      }
      if (t.accept("IN", "DATABASE") && t.name().isEmpty()) {
        return false;
      }
      if (t.peek("SET") || t.peek("RESET")) {
        return SettingGrammar.setting(t, t.syntax().dialect());
      }
    }
    return roleOptions(t);
  }

  /** LOGIN, PASSWORD 'x', CONNECTION LIMIT 3, VALID UNTIL '...', IDENTIFIED BY 'x', more accounts after a comma. */
  private static boolean roleOptions(TokenCursor t) {
    while (!t.atEnd()) {
      if (!(t.name().isPresent() || t.string() || t.number() || t.acceptSymbol('=') || t.acceptSymbol(',')
          || t.acceptSymbol('@') || t.acceptSymbol('-'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean defaultPrivileges(TokenCursor t) {
    if (!t.accept("ALTER", "DEFAULT", "PRIVILEGES")) {
      return false;
    }
    while (t.accept("FOR") || t.accept("IN", "SCHEMA")) {
      t.acceptAny("ROLE", "USER");
      if (!names(t)) {
        return false;
      }
    }
    int action = t.position();
    if (grant(t)) {
      return true;
    }
    t.reset(action);
    return revoke(t);
  }

  /** {@code ALTER <kind> name[(arguments)] OWNER TO role}. */
  private static boolean ownerTo(TokenCursor t) {
    if (!t.accept("ALTER")) {
      return false;
    }
    boolean kind = t.accept("MATERIALIZED", "VIEW") || t.accept("FOREIGN", "TABLE") || t.accept("EVENT", "TRIGGER")
        || t.accept("FOREIGN", "DATA", "WRAPPER") || t.accept("TEXT", "SEARCH", "CONFIGURATION")
        || t.accept("TEXT", "SEARCH", "DICTIONARY") || t.acceptAny(OWNED_KINDS).isPresent();
    if (!kind) {
      return false;
    }
    t.accept("IF", "EXISTS");
    t.accept("ONLY");
    if (t.qualifiedName().isEmpty() || t.peekSymbol('(') && !t.group()) {
      return false;
    }
    return t.accept("OWNER", "TO") && grantee(t);
  }

  private static boolean policy(TokenCursor t) {
    String verb = t.acceptAny("CREATE", "ALTER", "DROP").orElse("");
    if (verb.isEmpty() || !t.accept("POLICY")) {
      return false;
    }
    if (verb.equals("DROP")) {
      t.accept("IF", "EXISTS");
    }
    if (t.name().isEmpty() || !t.accept("ON") || t.qualifiedName().isEmpty()) {
      return false;
    }
    if (verb.equals("DROP")) {
      t.acceptAny("CASCADE", "RESTRICT");
      return true;
    }
    if (verb.equals("ALTER") && t.accept("RENAME", "TO")) {
      return t.name().isPresent();
    }
    if (verb.equals("CREATE") && t.accept("AS")) {
      if (t.acceptAny("PERMISSIVE", "RESTRICTIVE").isEmpty()) {
        return false;
      }
    }
    if (verb.equals("CREATE") && t.accept("FOR")) {
      if (t.acceptAny("ALL", "SELECT", "INSERT", "UPDATE", "DELETE").isEmpty()) {
        return false;
      }
    }
    if (t.accept("TO") && !grantees(t)) {
      return false;
    }
    if (t.accept("USING") && !t.group()) {
      return false;
    }
    return !t.accept("WITH", "CHECK") || t.group();
  }

  private static boolean securityLabel(TokenCursor t) {
    if (!t.accept("SECURITY", "LABEL")) {
      return false;
    }
    if (t.accept("FOR") && t.name().isEmpty()) {
      return false;
    }
    if (!t.accept("ON")) {
      return false;
    }
    // ON <kind words> <name>[(arguments)]: names, dots and an argument list only.
    while (!t.atEnd() && !t.peek("IS")) {
      if (!(t.name().isPresent() || t.acceptSymbol('.') || t.peekSymbol('(') && t.group())) {
        return false;
      }
    }
    return t.accept("IS") && (t.string() || t.accept("NULL"));
  }
}
