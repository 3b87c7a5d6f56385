package dev.plumb.core.source.sql;

import dev.plumb.core.model.Extension;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.migration.ObjectKind;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;

/**
 * Well-known statements JSqlParser 5.4 rejects (or only accepts as "unsupported"), recognised on the text so that
 * valid migrations do not produce parse errors. Deliberately small; each entry is a JSqlParser gap:
 * <ul>
 *   <li>no model effect: BEGIN / START TRANSACTION / END / ABORT, {@code SET x TO keyword}, RESET, VACUUM,
 *       CLUSTER, REINDEX, LOCK, {@code ALTER ... OWNER TO}, COMMENT ON objects the model keeps no comment for;</li>
 *   <li>rewritten and parsed again: {@code SET DATA TYPE} (as {@code TYPE}), {@code CREATE SEQUENCE IF NOT EXISTS}
 *       (applied only when the sequence is new), {@code DROP INDEX CONCURRENTLY}; the words left out are blanked,
 *       not cut, so every position in the rewritten text is still the one in the file;</li>
 *   <li>applied from the text: {@code DROP TYPE}, {@code ALTER INDEX ... RENAME TO}, {@code CREATE EXTENSION},
 *       MySQL's {@code ALTER TABLE t DROP FOREIGN KEY name}.</li>
 * </ul>
 */
final class FallbackRecognizer {

  private static final String NAME = "(?:\"(?:[^\"]|\"\")*\"|`[^`]*`|[\\w$]+)";
  private static final String QUALIFIED = NAME + "(?:\\s*\\.\\s*" + NAME + ")?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

  private static final List<Pattern> NO_EFFECT = List.of(
      Pattern.compile("(BEGIN|START\\s+TRANSACTION)(\\s+(TRANSACTION|WORK|ISOLATION\\s+LEVEL|READ|NOT|DEFERRABLE)\\b.*)?",
          FLAGS),
      Pattern.compile("(COMMIT|END|ROLLBACK|ABORT)(\\s+(TRANSACTION|WORK|AND\\s+(NO\\s+)?CHAIN))*", FLAGS),
      Pattern.compile("(SET|RESET)\\s+.+", FLAGS),
      Pattern.compile("(VACUUM|CLUSTER|REINDEX|LOCK)\\b.*", FLAGS),
      Pattern.compile("ALTER\\s+.+\\s+OWNER\\s+TO\\s+" + NAME, FLAGS),
      Pattern.compile("COMMENT\\s+ON\\s+(FUNCTION|PROCEDURE|INDEX|SCHEMA|TYPE|SEQUENCE|EXTENSION|CONSTRAINT|TRIGGER"
          + "|DOMAIN|ROLE|DATABASE|MATERIALIZED\\s+VIEW)\\b.+", FLAGS));

  private static final Pattern SET_DATA_TYPE = Pattern.compile("\\bSET\\s+DATA\\s+(?=TYPE\\b)", FLAGS);
  private static final Pattern ALTER_TABLE = Pattern.compile("ALTER\\s+TABLE\\b.+", FLAGS);
  private static final Pattern CREATE_SEQUENCE_IF_NOT_EXISTS = Pattern.compile(
      "(CREATE\\s+(?:TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?SEQUENCE\\s+)IF\\s+NOT\\s+EXISTS\\s+(.+)", FLAGS);
  private static final Pattern DROP_INDEX_CONCURRENTLY = Pattern.compile("(DROP\\s+INDEX\\s+)CONCURRENTLY\\s+(.+)",
      FLAGS);
  private static final Pattern DROP_TYPE = Pattern.compile(
      "DROP\\s+TYPE\\s+(?:IF\\s+EXISTS\\s+)?(" + QUALIFIED + "(?:\\s*,\\s*" + QUALIFIED + ")*)(\\s+(CASCADE|RESTRICT))?",
      FLAGS);
  private static final Pattern ALTER_INDEX_RENAME = Pattern.compile(
      "ALTER\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?(" + QUALIFIED + ")\\s+RENAME\\s+TO\\s+(" + NAME + ")", FLAGS);
  private static final Pattern CREATE_EXTENSION = Pattern.compile(
      "CREATE\\s+EXTENSION\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(" + NAME + ").*", FLAGS);
  private static final Pattern DROP_FOREIGN_KEY = Pattern.compile(
      "ALTER\\s+TABLE\\s+(" + QUALIFIED + ")\\s+DROP\\s+FOREIGN\\s+KEY\\s+(" + NAME + ")", FLAGS);

  private final Names names;
  private final SqlSyntax syntax;
  private final StatementParser parser;
  private final StatementApplier applier;

  FallbackRecognizer(Names names, StatementParser parser, StatementApplier applier) {
    this.names = names;
    this.syntax = new SqlSyntax(names.dialect());
    this.parser = parser;
    this.applier = applier;
  }

  /**
   * The change the statement makes, if this recogniser knows it; identity for statements with no model effect.
   * What the change does is reported to {@code events} when it is applied.
   */
  Optional<UnaryOperator<Schema>> recognize(SqlStatement statement, StatementEvents events) {
    String text = statement.text();
    Optional<SourceSpan> span = Optional.of(statement.span());
    if (NO_EFFECT.stream().anyMatch(p -> p.matcher(text).matches())) {
      return Optional.of(UnaryOperator.identity());
    }
    if (ALTER_TABLE.matcher(text).matches() && SET_DATA_TYPE.matcher(text).find()) {
      return reparsed(statement, blanked(text, SET_DATA_TYPE.matcher(text)), false, events);
    }
    Matcher matcher = CREATE_SEQUENCE_IF_NOT_EXISTS.matcher(text);
    if (matcher.matches()) {
      return reparsed(statement, blanked(text, matcher.end(1), matcher.start(2)), true, events);
    }
    matcher = DROP_INDEX_CONCURRENTLY.matcher(text);
    if (matcher.matches()) {
      return reparsed(statement, blanked(text, matcher.end(1), matcher.start(2)), false, events);
    }
    matcher = DROP_TYPE.matcher(text);
    if (matcher.matches()) {
      List<ObjectPath> types = List.of(matcher.group(1).split("\\s*,\\s*")).stream()
          .map(t -> names.qualified(t.replaceAll("\\s+", ""))).toList();
      boolean ifExists = text.substring(0, matcher.start(1)).matches("(?is).*\\bEXISTS\\s+");
      return Optional.of(schema -> {
        Schema result = schema;
        for (ObjectPath type : types) {
          events.dropped(ObjectKind.TYPE, type, span, ifExists, events.types().exists(type, result));
          result = result.withoutEnumType(type);
        }
        return result;
      });
    }
    matcher = ALTER_INDEX_RENAME.matcher(text);
    if (matcher.matches()) {
      ObjectPath index = names.qualified(matcher.group(1).replaceAll("\\s+", ""));
      String renamed = names.identifier(matcher.group(2));
      return Optional.of(schema -> {
        schema.index(index).ifPresent(i -> events.changed(ObjectKind.INDEX, index, span));
        return new IndexReplay(names).rename(schema, index, renamed);
      });
    }
    matcher = CREATE_EXTENSION.matcher(text);
    if (matcher.matches()) {
      boolean ifNotExists = matcher.group(1) != null;
      String name = names.identifier(matcher.group(2));
      return Optional.of(schema -> {
        boolean existed = schema.extensions().containsKey(name);
        events.created(ObjectKind.EXTENSION, ObjectPath.of(name), span, ifNotExists, existed);
        return ifNotExists && existed ? schema : schema.withExtension(new Extension(name, Optional.empty(), span));
      });
    }
    matcher = DROP_FOREIGN_KEY.matcher(text);
    if (matcher.matches()) {
      ObjectPath table = names.qualified(matcher.group(1).replaceAll("\\s+", ""));
      String name = names.identifier(matcher.group(2));
      return Optional.of(schema -> {
        schema.table(table).ifPresentOrElse(t -> events.dropped(ObjectKind.CONSTRAINT, table.child(name), span,
            false, ConstraintEdits.names(t).contains(name)),
            () -> events.unresolved(ObjectKind.TABLE, table, span, "altered"));
        return schema.updateTable(table, t -> ConstraintEdits.withoutConstraint(t, name));
      });
    }
    return Optional.empty();
  }

  private Optional<UnaryOperator<Schema>> reparsed(SqlStatement original, String rewritten, boolean onlyIfNew,
                                                   StatementEvents events) {
    if (!(parser.parse(rewritten) instanceof ParseOutcome.Parsed parsed)) {
      return Optional.empty();
    }
    WrittenStatement written = WrittenStatement.of(
        new SqlStatement(rewritten, original.span(), original.offset()), syntax);
    if (onlyIfNew && parsed.statement() instanceof CreateSequence create) {
      var sequence = create.getSequence();
      ObjectPath path = names.inSchema(Optional.ofNullable(sequence.getSchemaName()), sequence.getName());
      events.writtenIfNotExists();
      return Optional.of(schema -> schema.sequences().containsKey(path)
          ? created(schema, path, original, events) : applier.apply(schema, create, written, events));
    }
    return Optional.of(schema -> applier.apply(schema, parsed.statement(), written, events));
  }

  private static Schema created(Schema schema, ObjectPath sequence, SqlStatement original, StatementEvents events) {
    events.created(ObjectKind.SEQUENCE, sequence, Optional.of(original.span()), true, true);
    return schema;
  }

  /** The text with every match blanked out. */
  private static String blanked(String text, Matcher matches) {
    String result = text;
    while (matches.find()) {
      result = blanked(result, matches.start(), matches.end());
    }
    return result;
  }

  /** The text with {@code start..end} turned into spaces, line breaks kept, so that nothing after it moves. */
  private static String blanked(String text, int start, int end) {
    StringBuilder out = new StringBuilder(text);
    for (int i = start; i < end; i++) {
      char c = out.charAt(i);
      if (c != '\n' && c != '\r') {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }
}
