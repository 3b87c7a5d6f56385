package dev.plumb.core.model.expected;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.DataType;
import dev.plumb.core.model.SourceSpan;
import java.util.Optional;

/**
 * A column the application expects. Every attribute left out of the YAML is empty and is not checked.
 *
 * @param typeAsWritten the type text as the YAML has it, for messages
 * @param defaultExpression the exact DEFAULT expected ({@code default:})
 * @param hasDefault whether some default is expected, whatever it is ({@code hasDefault:})
 */
public record ExpectedColumn(String name, Optional<DataType> type, Optional<String> typeAsWritten,
                             Optional<Boolean> nullable, Optional<String> defaultExpression,
                             Optional<Boolean> hasDefault, SourceSpan span) {

  public ExpectedColumn {
    requireNonNull(name, "no column name given");
    requireNonNull(type, "type is Optional, not null");
    requireNonNull(typeAsWritten, "typeAsWritten is Optional, not null");
    requireNonNull(nullable, "nullable is Optional, not null");
    requireNonNull(defaultExpression, "defaultExpression is Optional, not null");
    requireNonNull(hasDefault, "hasDefault is Optional, not null");
    requireNonNull(span, "no span given for column " + name);
  }
}
