package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

/**
 * One SQL file to replay.
 *
 * @param displayName the name findings show, usually the path relative to the working directory
 */
public record SqlSourceFile(String displayName, String content) {

  public SqlSourceFile {
    requireNonNull(displayName, "no display name given");
    requireNonNull(content, "no content given for " + displayName);
  }
}
