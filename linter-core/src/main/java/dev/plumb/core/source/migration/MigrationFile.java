package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A file found for a run, before any layout has read it.
 *
 * @param name the name findings show, with forward slashes (usually relative to the working directory)
 * @param named whether the user named the file itself rather than a folder holding it: a named file that fits
 *     no layout is still replayed, a stray file found in a folder is not
 */
public record MigrationFile(String name, String content, boolean named) {

  public MigrationFile {
    requireNonNull(name, "no name given");
    requireNonNull(content, "no content given for " + name);
  }

  /** The last part of the name: {@code V1__init.sql}. */
  public String fileName() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** The name of the folder holding the file, as written; empty for a file without one. */
  public String folder() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /** The file name without its last extension: {@code V1__init}. */
  public String stem() {
    String fileName = fileName();
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? fileName : fileName.substring(0, dot);
  }

  boolean isSql() {
    return fileName().toLowerCase(Locale.ROOT).endsWith(".sql");
  }
}
