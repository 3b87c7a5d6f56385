package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.ObjectKind;
import dev.plumb.core.model.migration.ReplayEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one statement did to the schema, gathered while the adapters apply it: they report here instead of
 * returning events, so that applying a statement stays one schema-to-schema function. An event without a span
 * of its own is placed at the whole statement.
 */
final class StatementEvents {

  /** Anything that can be a name: a bare word or a quoted identifier; words inside strings and bodies too. */
  private static final Pattern NAME = Pattern.compile("\"(?:[^\"]|\"\")+\"|`[^`]+`|[A-Za-z_][A-Za-z0-9_$]*");

  private final SourceSpan statement;
  private final DeclaredTypes types;
  private final boolean foreignKeysChecked;
  private final List<ReplayEvent> events = new ArrayList<>();
  private final Set<String> uncertain = new LinkedHashSet<>();
  private boolean writtenIfNotExists;

  /**
   * @param types the user-defined types declared before this statement
   * @param foreignKeysChecked whether the database checks that a foreign key's table exists when the key is
   *     declared (SQLite never does; MySQL not after {@code SET FOREIGN_KEY_CHECKS = 0})
   */
  StatementEvents(SourceSpan statement, DeclaredTypes types, boolean foreignKeysChecked) {
    this.statement = requireNonNull(statement, "no statement span given");
    this.types = requireNonNull(types, "no declared types given");
    this.foreignKeysChecked = foreignKeysChecked;
  }

  /** A collector whose events nobody reads, for a statement inside one whose events are reported otherwise. */
  static StatementEvents discarding(SourceSpan statement) {
    return new StatementEvents(statement, DeclaredTypes.NONE, true);
  }

  DeclaredTypes types() {
    return types;
  }

  boolean foreignKeysChecked() {
    return foreignKeysChecked;
  }

  /** The statement was written with {@code IF NOT EXISTS} that a rewrite for the parser left out. */
  void writtenIfNotExists() {
    writtenIfNotExists = true;
  }

  void created(ObjectKind kind, ObjectPath path, Optional<SourceSpan> span, boolean ifNotExists, boolean existed) {
    events.add(new ReplayEvent.Created(kind, path, at(span), ifNotExists || writtenIfNotExists, existed));
  }

  void dropped(ObjectKind kind, ObjectPath path, Optional<SourceSpan> span, boolean ifExists, boolean existed) {
    events.add(new ReplayEvent.Dropped(kind, path, at(span), ifExists, existed));
  }

  void changed(ObjectKind kind, ObjectPath path, Optional<SourceSpan> span) {
    events.add(new ReplayEvent.Changed(kind, path, at(span)));
  }

  /** @param usage how the statement uses the missing object: "indexed", "referenced by a foreign key", ... */
  void unresolved(ObjectKind kind, ObjectPath path, Optional<SourceSpan> span, String usage) {
    events.add(new ReplayEvent.UnresolvedReference(kind, path, at(span), usage));
  }

  /** The replay cannot tell what the statement did to objects of this name. */
  void uncertain(String name) {
    uncertain.add(name);
  }

  /**
   * Every name written in the text becomes uncertain: for a statement that was not understood, or that runs
   * code (a {@code DO} block) whose effect the replay cannot follow. Strings and bodies are read too, since
   * that is where such code names its objects.
   */
  void uncertainNamesIn(String text, Dialect dialect) {
    uncertain.addAll(namesIn(text, dialect));
  }

  /** Every word and quoted identifier in the text, as the dialect stores names. */
  static Set<String> namesIn(String text, Dialect dialect) {
    Set<String> names = new LinkedHashSet<>();
    Matcher name = NAME.matcher(text);
    while (name.find()) {
      names.add(dialect.normalizeIdentifier(name.group()));
    }
    return names;
  }

  List<ReplayEvent> events() {
    return List.copyOf(events);
  }

  Set<String> uncertainNames() {
    return Set.copyOf(uncertain);
  }

  private SourceSpan at(Optional<SourceSpan> span) {
    return span.orElse(statement);
  }
}
