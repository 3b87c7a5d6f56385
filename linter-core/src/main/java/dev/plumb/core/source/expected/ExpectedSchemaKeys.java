package dev.plumb.core.source.expected;

import java.util.List;

/**
 * The keys each mapping of an expected-schema file may have, in the order messages list them. A test holds
 * these equal to the properties of docs/schema/expected-schema.schema.json so the two cannot drift.
 */
final class ExpectedSchemaKeys {

  static final List<String> TOP = List.of("version", "dialect", "tables");
  static final List<String> TABLE = List.of("name", "schema", "description", "required", "columns", "primaryKey",
      "indexes", "foreignKeys", "extraColumns");
  static final List<String> COLUMN = List.of("name", "type", "nullable", "default", "hasDefault", "description");
  static final List<String> PRIMARY_KEY = List.of("name", "columns");
  static final List<String> INDEX = List.of("name", "columns", "unique");
  static final List<String> FOREIGN_KEY = List.of("name", "columns", "references", "onDelete", "onUpdate");
  static final List<String> REFERENCES = List.of("table", "schema", "columns");

  private ExpectedSchemaKeys() {
  }
}
