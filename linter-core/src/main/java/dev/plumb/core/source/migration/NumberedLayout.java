package dev.plumb.core.source.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain numbered files, {@code 001_core.sql} or {@code 20240101120000-add-users.sql}, in numeric order, no downs. */
final class NumberedLayout implements LayoutReader {

  static final Pattern NAME = Pattern.compile("(\\d+(?:\\.\\d+)*)(?:[_\\-.](.*))?\\.sql", Pattern.CASE_INSENSITIVE);
  private static final Pattern UP_OR_DOWN = Pattern.compile(".*\\.(?:up|down)\\.sql", Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return "numbered";
  }

  @Override
  public String expectedNames() {
    return "<number>_<name>.sql";
  }

  /** An up or down file is golang-migrate's mark, though its name starts with a number too. */
  @Override
  public boolean marks(MigrationFile file) {
    return NAME.matcher(file.fileName()).matches() && !UP_OR_DOWN.matcher(file.fileName()).matches();
  }

  @Override
  public LayoutResult read(List<MigrationFile> files) {
    List<VersionedFile> numbered = new ArrayList<>();
    List<MigrationFile> unused = new ArrayList<>();
    for (MigrationFile file : files) {
      Matcher name = NAME.matcher(file.fileName());
      if (name.matches()) {
        numbered.add(new VersionedFile(Migrations.version(name.group(1)), Migrations.description(name.group(2)),
            file.fileName(), file));
      } else {
        unused.add(file);
      }
    }
    return new LayoutResult(DownPairing.inApplyOrder(numbered), false, List.of(), unused);
  }
}
