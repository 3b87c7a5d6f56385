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

/**
 * PostgreSQL's {@code SELECT [pg_catalog.]set_config('name', 'value', is_local) [, ...]}, the function form of
 * SET that pg_dump and migration tools write; {@code is_local} true is {@code SET LOCAL}. Any other SELECT gives no
 * operation, and is turned down by its text before it is cut into tokens, as SELECT is the commonest verb.
 */
final class SetConfigOperations implements OperationGrammar {

  private static final String FUNCTION = "set_config";
  private static final Set<String> TRUE = Set.of("true", "t", "on", "yes", "1", "y");

  @Override
  public Set<String> verbs() {
    return Set.of("SELECT");
  }

  @Override
  public List<Operation> read(OperationSource source) {
    if (source.dialect() != Dialect.POSTGRESQL || !callsSetConfig(source.text())) {
      return List.of();
    }
    TokenCursor t = source.tokens();
    if (!t.accept("SELECT")) {
      return List.of();
    }
    List<Operation> settings = new ArrayList<>();
    int partStart = 0;
    do {
      int callEnd = OperationTokens.itemEnd(t, t.position());
      Optional<SetSetting> setting = call(source, partStart, callEnd);
      if (setting.isEmpty()) {
        return List.of();
      }
      settings.add(setting.get());
      t.reset(callEnd);
      partStart = callEnd + 1;
    } while (t.acceptSymbol(','));
    return t.atEnd() ? settings : List.of();
  }

  /** {@code set_config('name', value, is_local) [[AS] alias]} from the cursor to {@code end}. */
  private static Optional<SetSetting> call(OperationSource source, int partStart, int end) {
    TokenCursor t = source.tokens();
    Optional<String> function = t.qualifiedName();
    boolean setConfig = function.map(f -> f.equalsIgnoreCase(FUNCTION) || f.equalsIgnoreCase("pg_catalog." + FUNCTION))
        .orElse(false);
    int open = t.position();
    int close = t.closing(open);
    if (!setConfig || close < 0 || !t.acceptSymbol('(')) {
      return Optional.empty();
    }
    Optional<String> name = t.stringValue();
    int valueStart = t.position() + 1;
    int valueEnd = OperationTokens.itemEnd(t, valueStart);
    int localStart = valueEnd + 1;
    if (name.isEmpty() || !t.acceptSymbol(',') || !t.isSymbol(valueEnd, ',')
        || OperationTokens.itemEnd(t, localStart) != close || localStart >= close || valueEnd == valueStart) {
      return Optional.empty();
    }
    t.reset(close + 1);
    boolean aliased = t.accept("AS") || t.position() < end;
    if (aliased && t.name().isEmpty() || t.position() != end) {
      return Optional.empty();
    }
    String isLocal = OperationTokens.value(source, localStart, close).strip().toLowerCase(Locale.ROOT);
    SettingScope scope = TRUE.contains(isLocal) ? SettingScope.LOCAL : SettingScope.SESSION;
    return Optional.of(new SetSetting(name.get().strip().toLowerCase(Locale.ROOT),
        OperationTokens.value(source, valueStart, valueEnd), scope, source.span(partStart, end)));
  }

  /** Whether {@code set_config} is the first thing selected, checked on the text alone. */
  private static boolean callsSetConfig(String text) {
    int i = "SELECT".length();
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (text.regionMatches(true, i, "pg_catalog.", 0, "pg_catalog.".length())) {
      i += "pg_catalog.".length();
    }
    return text.regionMatches(true, i, FUNCTION, 0, FUNCTION.length());
  }
}
