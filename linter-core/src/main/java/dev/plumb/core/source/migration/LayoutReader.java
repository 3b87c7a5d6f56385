package dev.plumb.core.source.migration;

import java.util.List;

/** Reads the files of one migration tool's layout into migrations in apply order. */
interface LayoutReader {

  /** The name {@code --layout} and {@code layout:} use, and {@link MigrationSet#layout()} reports. */
  String id();

  /** The names this layout reads, for the message about a file it cannot place. */
  String expectedNames();

  /** Whether the file carries this layout's mark; auto-detection counts the files each layout marks. */
  boolean marks(MigrationFile file);

  /** Reads the files it recognises and leaves the others in {@link LayoutResult#unused()}. */
  LayoutResult read(List<MigrationFile> files);
}
