package dev.plumb.rules.design;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.DataType;
import dev.plumb.core.model.operation.ColumnDefinition;
import java.util.List;
import java.util.Locale;

/** What the type advice rules share: where they report, and the fix that writes another type in place. */
final class TypeAdvice {

  private TypeAdvice() {
  }

  /** Reports the column at its declaration, with a fix that writes {@code replacement} in place of its type. */
  static FindingBuilder report(RuleContext context, CreatedColumn column, String message, String fixDescription,
                               String replacement) {
    ColumnDefinition definition = column.definition();
    String text = inCaseOf(definition.typeText(), replacement + arraySuffix(definition));
    return context.report(Location.of(definition.span(), column.path()), message)
        .fix(fixDescription, List.of(TextEdit.replace(definition.typeSpan(), text)));
  }

  /** The type as written, for messages: {@code varchar(20)}. */
  static String written(ColumnDefinition definition) {
    return definition.typeText().strip().replaceAll("\\s+", " ");
  }

  /** The replacement in upper case where the type was written so ({@code INTEGER} becomes {@code BIGINT}). */
  static String inCaseOf(String written, String replacement) {
    boolean upper = written.chars().anyMatch(Character::isLetter)
        && written.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    return upper ? replacement.toUpperCase(Locale.ROOT) : replacement;
  }

  private static String arraySuffix(ColumnDefinition definition) {
    return "[]".repeat(definition.type().map(DataType::arrayDimensions).orElse(0));
  }
}
