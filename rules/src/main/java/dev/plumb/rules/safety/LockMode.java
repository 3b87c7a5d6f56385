package dev.plumb.rules.safety;

import java.util.Locale;

/**
 * The table locks DDL takes, strongest last: PostgreSQL's table-level modes, and MySQL's exclusive metadata lock.
 * Each says in plain words what it stops while it is held, because that, not the mode's name, is what a reviewer
 * needs to judge a migration.
 */
public enum LockMode {
  ROW_EXCLUSIVE("ROW EXCLUSIVE", false, false,
      "blocks only other schema changes, VACUUM FULL and explicit table locks; reads and writes go on"),
  SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE", false, false,
      "blocks other schema changes and VACUUM; reads and writes go on"),
  SHARE("SHARE", false, true, "blocks INSERT, UPDATE and DELETE; reads go on"),
  SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE", false, true, "blocks INSERT, UPDATE and DELETE; reads go on"),
  EXCLUSIVE("EXCLUSIVE", false, true, "blocks every write and SELECT ... FOR UPDATE; only plain reads go on"),
  ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", true, true, "blocks every read and write of the table"),
  /**
   * MySQL and MariaDB: an ALTER, DROP, RENAME or TRUNCATE waits for an exclusive metadata lock, and while it waits
   * every new query on the table queues behind it.
   */
  METADATA_EXCLUSIVE("exclusive metadata", true, true,
      "waits for every open transaction on the table, and while it waits every new query on the table queues "
          + "behind it");

  private final String sqlName;
  private final boolean blocksReads;
  private final boolean blocksWrites;
  private final String blocks;

  LockMode(String sqlName, boolean blocksReads, boolean blocksWrites, String blocks) {
    this.sqlName = sqlName;
    this.blocksReads = blocksReads;
    this.blocksWrites = blocksWrites;
    this.blocks = blocks;
  }

  /** The mode as the database names it: {@code ACCESS EXCLUSIVE}. */
  public String sqlName() {
    return sqlName;
  }

  public boolean blocksReads() {
    return blocksReads;
  }

  public boolean blocksWrites() {
    return blocksWrites;
  }

  /** Whether holding it (or waiting for it) stops the application's reads or writes. */
  public boolean blocksTraffic() {
    return blocksReads || blocksWrites;
  }

  /** What it stops, in words: "blocks every read and write of the table". */
  public String blocks() {
    return blocks;
  }

  /** For messages: "an ACCESS EXCLUSIVE lock, which blocks every read and write of the table". */
  public String describe() {
    String article = sqlName.toLowerCase(Locale.ROOT).matches("^[aeiou].*") ? "an " : "a ";
    return article + sqlName + " lock, which " + blocks;
  }

  public LockMode strongest(LockMode other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
