package dev.plumb.core.source.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One folder per migration, named {@code <version>_<name>} and holding {@code up.sql} and {@code down.sql}:
 * diesel ({@code 2017-12-01-000000_create_users}) and sourcegraph ({@code 1528395834_squashed}, or just the
 * version).
 */
final class FolderPerMigrationLayout implements LayoutReader {

  private static final Pattern FOLDER = Pattern.compile("(\\d+(?:[-.]\\d+)*)(?:_(.*))?");

  @Override
  public String id() {
    return "folder-per-migration";
  }

  @Override
  public String expectedNames() {
    return "<version>_<name>/up.sql or <version>_<name>/down.sql";
  }

  @Override
  public boolean marks(MigrationFile file) {
    return role(file) != null && FOLDER.matcher(folderName(file)).matches();
  }

  @Override
  public LayoutResult read(List<MigrationFile> files) {
    List<VersionedFile> ups = new ArrayList<>();
    List<VersionedFile> downs = new ArrayList<>();
    List<MigrationFile> unused = new ArrayList<>();
    for (MigrationFile file : files) {
      Matcher folder = FOLDER.matcher(folderName(file));
      String role = role(file);
      if (role == null || !folder.matches()) {
        unused.add(file);
        continue;
      }
      VersionedFile read = new VersionedFile(Migrations.version(folder.group(1)),
          Migrations.description(folder.group(2)), folderName(file), file);
      (role.equals("up") ? ups : downs).add(read);
    }
    DownPairing.Paired paired = DownPairing.pair(ups, downs, DownPairing.Matching.BY_FOLDER,
        down -> "down.sql without an up.sql beside it; it is not replayed");
    return new LayoutResult(paired.migrations(), true, paired.problems(), unused);
  }

  private static String folderName(MigrationFile file) {
    String folder = file.folder();
    return folder.substring(folder.lastIndexOf('/') + 1);
  }

  /** "up", "down", or null for any other file. */
  private static String role(MigrationFile file) {
    return switch (file.fileName().toLowerCase(Locale.ROOT)) {
      case "up.sql" -> "up";
      case "down.sql" -> "down";
      default -> null;
    };
  }
}
