package dev.plumb.core.source.sql;

import dev.plumb.core.model.ReferentialAction;
import net.sf.jsqlparser.statement.ReferentialAction.Type;
import net.sf.jsqlparser.statement.create.table.ForeignKeyReference;

/** JSqlParser's ON DELETE / ON UPDATE actions as the model's; a missing clause means NO ACTION. */
final class ReferentialActions {

  private ReferentialActions() {
  }

  static ReferentialAction onDelete(ForeignKeyReference reference) {
    return of(reference.getReferentialAction(Type.DELETE));
  }

  static ReferentialAction onUpdate(ForeignKeyReference reference) {
    return of(reference.getReferentialAction(Type.UPDATE));
  }

  static ReferentialAction of(net.sf.jsqlparser.statement.ReferentialAction action) {
    if (action == null || action.getAction() == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (action.getAction()) {
      case CASCADE -> ReferentialAction.CASCADE;
      case RESTRICT -> ReferentialAction.RESTRICT;
      case SET_NULL -> ReferentialAction.SET_NULL;
      case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
      case NO_ACTION -> ReferentialAction.NO_ACTION;
    };
  }
}
