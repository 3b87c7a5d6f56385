package dev.plumb.core.source.sql;

import dev.plumb.core.ddl.DefaultNames;
import dev.plumb.core.model.CheckConstraint;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.ColumnGeneration;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.DataTypes;
import dev.plumb.core.model.Dialect;
import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.PrimaryKey;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.UniqueConstraint;
import dev.plumb.core.source.SqlExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.ForeignKeyReference;

/**
 * Reads a JSqlParser column definition. JSqlParser keeps most inline constraints only as a list of spec
 * strings ({@code NOT}, {@code NULL}, {@code DEFAULT}, {@code now()}, {@code CHECK}, {@code (a > 0)}), with
 * whole expressions as one string, so this walks that list; references come from the typed
 * {@link ForeignKeyReference} it also keeps. Expressions are taken as written where the written definition
 * shows them, and the column, its inline constraints and its sequence are placed at the definition.
 */
final class ColumnReader {

  private final Names names;

  ColumnReader(Names names) {
    this.names = names;
  }

  ColumnDeclaration read(ObjectPath table, ColumnDefinition definition, WrittenElement written) {
    Dialect dialect = names.dialect();
    String name = names.identifier(definition.getColumnName());
    ObjectPath path = table.child(name);
    DataTypes.ParsedType parsed = DataTypes.parse(definition.getColDataType().toString(), dialect);
    Optional<SourceSpan> span = written.span();
    Spec spec = new Spec();
    readSpecs(definition, written, spec);

    Optional<Sequence> sequence = Optional.empty();
    if (parsed.serial() && dialect.isMysqlFamily()) {
      spec.generation = ColumnGeneration.IDENTITY_BY_DEFAULT;
      spec.nullable = false;
    } else if (parsed.serial()) {
      Sequence owned = ownedSequence(table, name, parsed.type(), span);
      sequence = Optional.of(owned);
      spec.defaultExpression = Optional.of("nextval('" + sqlName(owned.path()) + "')");
      spec.nullable = false;
    } else if (spec.generation.isIdentity() && !dialect.isMysqlFamily()) {
      // Identity columns are NOT NULL and own a sequence, as serial ones do; MySQL's AUTO_INCREMENT has neither.
      sequence = Optional.of(ownedSequence(table, name, parsed.type(), span));
      spec.nullable = false;
    }
    if (spec.primaryKey.isPresent()) {
      spec.nullable = false;
    }
    Column column = new Column(path, parsed.type(), spec.nullable, spec.defaultExpression, spec.generation,
        spec.generationExpression, Optional.empty(), span);
    return new ColumnDeclaration(column, spec.primaryKey, spec.uniques, spec.foreignKeys, spec.checks, sequence);
  }

  private void readSpecs(ColumnDefinition definition, WrittenElement written, Spec spec) {
    List<String> tokens = definition.getColumnSpecs() == null ? List.of() : definition.getColumnSpecs();
    String column = names.identifier(definition.getColumnName());
    Optional<SourceSpan> span = written.span();
    Optional<String> constraintName = Optional.empty();
    int checksSeen = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).strip().toUpperCase(Locale.ROOT);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).strip() : "";
      String nextWord = next.toUpperCase(Locale.ROOT);
      if (word.equals("CONSTRAINT") && !next.isEmpty()) {
        constraintName = Optional.of(names.identifier(next));
        i++;
        continue;
      }
      if (word.equals("NOT") && nextWord.equals("NULL")) {
        spec.nullable = false;
        i++;
      } else if (word.equals("NULL")) {
        spec.nullable = true;
      } else if (word.equals("PRIMARY") && nextWord.equals("KEY")) {
        spec.primaryKey = Optional.of(new PrimaryKey(constraintName, List.of(column), span));
        i++;
      } else if (word.equals("UNIQUE")) {
        spec.uniques.add(new UniqueConstraint(constraintName, List.of(column), span));
        i += nextWord.equals("KEY") ? 1 : 0;
      } else if (word.equals("DEFAULT") && !next.isEmpty()) {
        Optional<String> following = i + 2 < tokens.size() ? Optional.of(tokens.get(i + 2)) : Optional.empty();
        spec.defaultExpression = Optional.of(written.defaultExpression(following)
            .filter(text -> sameApartFromLayout(text, next)).orElse(next));
        i++;
      } else if (word.equals("CHECK") && !next.isEmpty()) {
        String expression = written.checkExpression(checksSeen++).orElseGet(() -> SqlExpressions.unparenthesized(next));
        spec.checks.add(new CheckConstraint(constraintName, expression, true, span));
        i++;
      } else if (word.startsWith("REFERENCES") && definition.getForeignKeyReference() != null) {
        if (names.dialect() == Dialect.MYSQL) {
          // MySQL parses a column's REFERENCES and creates no foreign key (mysql-inline-references-ignored).
          continue;
        }
        spec.foreignKeys.add(foreignKey(constraintName, List.of(column), definition.getForeignKeyReference(), true,
            span));
      } else if (word.startsWith("GENERATED") && word.contains("IDENTITY")) {
        spec.generation = word.contains("ALWAYS") ? ColumnGeneration.IDENTITY_ALWAYS
            : ColumnGeneration.IDENTITY_BY_DEFAULT;
      } else if (word.equals("AUTO_INCREMENT") || word.equals("AUTOINCREMENT")) {
        spec.generation = ColumnGeneration.IDENTITY_BY_DEFAULT;
      } else if (word.equals("AS") && next.startsWith("(")) {
        // GENERATED ALWAYS AS (expr) [STORED | VIRTUAL]; MySQL may leave out GENERATED ALWAYS.
        String storage = i + 2 < tokens.size() ? tokens.get(i + 2).strip().toUpperCase(Locale.ROOT) : "";
        spec.generation = storage.equals("STORED") ? ColumnGeneration.STORED : ColumnGeneration.VIRTUAL;
        spec.generationExpression = Optional.of(written.generationExpression()
            .orElseGet(() -> SqlExpressions.unparenthesized(next)));
        i++;
      } else if (word.equals("COLLATE")) {
        i++;
        continue;
      } else {
        // DEFERRABLE, STORED and other words that change nothing in the model.
        continue;
      }
      // A constraint name applies to the one constraint that follows it.
      constraintName = Optional.empty();
    }
  }

  ForeignKey foreignKey(Optional<String> name, List<String> columns, ForeignKeyReference reference, boolean valid,
                        Optional<SourceSpan> span) {
    return new ForeignKey(name, columns, names.path(reference.getTable()),
        names.identifiers(reference.getReferencedColumnNames()),
        ReferentialActions.onDelete(reference), ReferentialActions.onUpdate(reference), valid, span);
  }

  private Sequence ownedSequence(ObjectPath table, String column, DataType type, Optional<SourceSpan> span) {
    ObjectPath path = ObjectPath.of(table.parent().name(), DefaultNames.sequence(table.name(), column));
    return new Sequence(path, Optional.of(type), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(table.child(column)), span);
  }

  /** The sequence as a nextval argument: schema-qualified only outside the default schema. */
  private String sqlName(ObjectPath sequence) {
    Dialect dialect = names.dialect();
    String name = dialect.quoteIfNeeded(sequence.name());
    String schema = sequence.parent().name();
    return schema.equals(dialect.defaultSchema()) ? name : dialect.quoteIfNeeded(schema) + "." + name;
  }

  /**
   * Whether text taken from the source says what the parser's rendering says, apart from blanks and case: a
   * guard for expressions whose end in the source is inferred rather than marked.
   */
  static boolean sameApartFromLayout(String written, String rendered) {
    return withoutLayout(written).equals(withoutLayout(rendered));
  }

  private static String withoutLayout(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c)).map(Character::toLowerCase)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** What the spec list says, gathered before the column is built. */
  private static final class Spec {
    boolean nullable = true;
    Optional<String> defaultExpression = Optional.empty();
    ColumnGeneration generation = ColumnGeneration.NONE;
    Optional<String> generationExpression = Optional.empty();
    Optional<PrimaryKey> primaryKey = Optional.empty();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
  }
}
