package dev.plumb.core.source.migration;

import dev.plumb.core.model.migration.MigrationKind;
import java.util.List;

/** SQL files without versions, such as a schema dump, replayed in the order they were given. */
final class FilesLayout implements LayoutReader {

  @Override
  public String id() {
    return "files";
  }

  @Override
  public String expectedNames() {
    return "any .sql file";
  }

  /** Never detected from a name: it is what remains when no other layout recognises the files. */
  @Override
  public boolean marks(MigrationFile file) {
    return false;
  }

  @Override
  public LayoutResult read(List<MigrationFile> files) {
    List<MigrationSource> migrations = files.stream()
        .map(file -> Migrations.unversioned(file, MigrationKind.UNVERSIONED, ""))
        .toList();
    return new LayoutResult(migrations, false, List.of(), List.of());
  }
}
