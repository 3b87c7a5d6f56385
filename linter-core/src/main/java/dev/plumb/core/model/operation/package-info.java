/**
 * What a migration statement asks the database to do, read from its text without a parser's types: the
 * operations lock and safety rules reason about (an index built without CONCURRENTLY, a column added NOT NULL,
 * a constraint added without NOT VALID, a lock timeout set). Every operation keeps the places in the file an
 * editor fix needs, such as the keyword after which {@code CONCURRENTLY} goes.
 */
package dev.plumb.core.model.operation;
