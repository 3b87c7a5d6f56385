package dev.plumb.core.source.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** golang-migrate (and tools that copied it): {@code <version>_<name>.up.sql} with its {@code .down.sql}. */
final class GolangMigrateLayout implements LayoutReader {

  private static final Pattern NAME = Pattern.compile("(\\d+)(?:_(.*?))?\\.(up|down)\\.sql",
      Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return "golang-migrate";
  }

  @Override
  public String expectedNames() {
    return "<version>_<name>.up.sql or <version>_<name>.down.sql";
  }

  @Override
  public boolean marks(MigrationFile file) {
    return NAME.matcher(file.fileName()).matches();
  }

  @Override
  public LayoutResult read(List<MigrationFile> files) {
    List<VersionedFile> ups = new ArrayList<>();
    List<VersionedFile> downs = new ArrayList<>();
    List<MigrationFile> unused = new ArrayList<>();
    for (MigrationFile file : files) {
      Matcher name = NAME.matcher(file.fileName());
      if (!name.matches()) {
        unused.add(file);
        continue;
      }
      VersionedFile read = new VersionedFile(Migrations.version(name.group(1)),
          Migrations.description(name.group(2)), file.fileName(), file);
      (name.group(3).equalsIgnoreCase("up") ? ups : downs).add(read);
    }
    DownPairing.Paired paired = DownPairing.pair(ups, downs, DownPairing.Matching.BY_VERSION,
        down -> "down migration for version " + down.version() + ", but there is no " + down.version()
            + "_*.up.sql it could revert; it is not replayed");
    return new LayoutResult(paired.migrations(), true, paired.problems(), unused);
  }
}
