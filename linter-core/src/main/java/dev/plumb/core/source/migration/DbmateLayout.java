package dev.plumb.core.source.migration;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.source.sql.SqlSourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dbmate: {@code <version>_<name>.sql}, each one file with a {@code -- migrate:up} and a {@code -- migrate:down}
 * section. A file without a down section has no down. {@code -- migrate:up transaction:false} runs the up outside
 * a transaction.
 */
final class DbmateLayout implements LayoutReader {

  private static final Pattern NAME = Pattern.compile("(\\d+)_?(.*)\\.sql", Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return "dbmate";
  }

  @Override
  public String expectedNames() {
    return "<version>_<name>.sql with '-- migrate:up' and '-- migrate:down' sections";
  }

  @Override
  public boolean marks(MigrationFile file) {
    // Cheap test first: layout detection looks at every file, and almost none is dbmate's.
    if (!file.isSql() || !file.content().contains("migrate:")) {
      return false;
    }
    Matcher marker = DbmateSections.MARKER.matcher(file.content());
    while (marker.find()) {
      if (marker.group(1).equals("up")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public LayoutResult read(List<MigrationFile> files) {
    List<VersionedFile> versioned = new ArrayList<>();
    List<MigrationFile> unused = new ArrayList<>();
    for (MigrationFile file : files) {
      Matcher name = NAME.matcher(file.fileName());
      if (name.matches()) {
        versioned.add(new VersionedFile(Migrations.version(name.group(1)), Migrations.description(name.group(2)),
            file.fileName(), file));
      } else {
        unused.add(file);
      }
    }
    versioned.sort(VersionedFile.APPLY_ORDER);
    List<MigrationSource> migrations = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    for (VersionedFile file : versioned) {
      DbmateSections sections = DbmateSections.of(file.file().content());
      if (sections.up().isEmpty()) {
        problems.add(Migrations.problem(file.file().name(), "no '-- migrate:up' line, so dbmate cannot apply "
            + "this file; Plumb replays all of it as the up migration"));
      }
      String up = sections.up().orElse(file.file().content());
      String name = file.file().name();
      Optional<String> downFile = sections.down().map(down -> name);
      Migration migration = new Migration(file.name(), Optional.of(file.version()), file.description(),
          MigrationKind.VERSIONED, name, downFile, sections.upTransactional());
      migrations.add(new MigrationSource(migration, new SqlSourceFile(name, up),
          sections.down().map(down -> new SqlSourceFile(name, down))));
    }
    return new LayoutResult(migrations, true, problems, unused);
  }
}
