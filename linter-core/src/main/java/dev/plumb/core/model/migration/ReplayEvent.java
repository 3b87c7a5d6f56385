package dev.plumb.core.model.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;

/**
 * Something a replayed statement did to, or asked of, the schema. Rules read these instead of re-parsing SQL.
 * Spans point at the part of the statement concerned where the replay knows it, else at the statement.
 */
public sealed interface ReplayEvent {

  ObjectKind kind();

  ObjectPath path();

  SourceSpan span();

  /**
   * A CREATE (or ADD). {@code existed}: the object was already there, so the database would have failed unless
   * {@code ifNotExists}.
   */
  record Created(ObjectKind kind, ObjectPath path, SourceSpan span, boolean ifNotExists, boolean existed)
      implements ReplayEvent {

    public Created {
      requireNonNull(kind, "no kind given");
      requireNonNull(path, "no path given");
      requireNonNull(span, "no span given");
    }
  }

  /** A DROP. {@code existed}: false means the database would have failed unless {@code ifExists}. */
  record Dropped(ObjectKind kind, ObjectPath path, SourceSpan span, boolean ifExists, boolean existed)
      implements ReplayEvent {

    public Dropped {
      requireNonNull(kind, "no kind given");
      requireNonNull(path, "no path given");
      requireNonNull(span, "no span given");
    }
  }

  /** An ALTER, RENAME or COMMENT of an existing object. */
  record Changed(ObjectKind kind, ObjectPath path, SourceSpan span) implements ReplayEvent {

    public Changed {
      requireNonNull(kind, "no kind given");
      requireNonNull(path, "no path given");
      requireNonNull(span, "no span given");
    }
  }

  /**
   * The statement refers to an object that does not exist at that point (an index on a missing column, a
   * trigger calling a function not yet created); the replay skipped the part that needed it.
   *
   * @param usage how the statement uses it, for messages: "indexed", "referenced by a foreign key", ...
   */
  record UnresolvedReference(ObjectKind kind, ObjectPath path, SourceSpan span, String usage)
      implements ReplayEvent {

    public UnresolvedReference {
      requireNonNull(kind, "no kind given");
      requireNonNull(path, "no path given");
      requireNonNull(span, "no span given");
      requireNonNull(usage, "no usage given");
    }
  }
}
