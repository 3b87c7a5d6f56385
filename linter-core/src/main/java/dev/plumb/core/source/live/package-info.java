/**
 * Live databases read over JDBC into the schema model: one {@link dev.plumb.core.source.live.Introspector} per
 * kind of database, read-only by construction. Nothing outside this package sees a JDBC type.
 */
package dev.plumb.core.source.live;
