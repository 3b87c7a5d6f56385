package dev.plumb.core.model.live;

/** The migration tools whose history tables a live database is read for. */
public enum MigrationTool {
  /** {@code flyway_schema_history}: one row per migration run, with checksum and success. */
  FLYWAY("Flyway", "flyway_schema_history"),
  /** {@code schema_migrations (version bigint, dirty boolean)}: only the version the database is at. */
  GOLANG_MIGRATE("golang-migrate", "schema_migrations"),
  /** {@code schema_migrations (version varchar)}: one row per applied version; dbmate keeps the same table. */
  RAILS("Rails or dbmate", "schema_migrations"),
  /** {@code goose_db_version}: a log of applies and rollbacks, the latest row per version wins. */
  GOOSE("goose", "goose_db_version"),
  /** {@code __drizzle_migrations}: one row per migration, with the SHA-256 of its file. */
  DRIZZLE("Drizzle", "__drizzle_migrations");

  private final String displayName;
  private final String table;

  MigrationTool(String displayName, String table) {
    this.displayName = displayName;
    this.table = table;
  }

  public String displayName() {
    return displayName;
  }

  /** The history table's name. */
  public String table() {
    return table;
  }
}
