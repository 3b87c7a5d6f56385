package dev.plumb.core.source.migration;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.migration.Migration;
import dev.plumb.core.model.migration.MigrationKind;
import dev.plumb.core.model.migration.MigrationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drizzle: {@code meta/_journal.json} lists the migrations of its folder, {@code <tag>.sql} each, in the order
 * they apply. Drizzle keeps no downs. Its {@code --> statement-breakpoint} separators are SQL comments.
 */
final class DrizzleLayout implements LayoutReader {

  static final String JOURNAL = "meta/_journal.json";
  private static final Pattern TAG = Pattern.compile("(\\d+)_?(.*)");

  static boolean isJournal(MigrationFile file) {
    return file.name().equals(JOURNAL) || file.name().endsWith("/" + JOURNAL);
  }

  @Override
  public String id() {
    return "drizzle";
  }

  @Override
  public String expectedNames() {
    return "<tag>.sql beside a meta/_journal.json that lists the tag";
  }

  @Override
  public boolean marks(MigrationFile file) {
    return isJournal(file);
  }

  @Override
  public LayoutResult read(List<MigrationFile> files) {
    List<MigrationFile> remaining = new ArrayList<>(files.stream().filter(f -> !isJournal(f)).toList());
    List<MigrationSource> migrations = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    List<MigrationFile> journals = files.stream().filter(DrizzleLayout::isJournal)
        .sorted(Comparator.comparing(MigrationFile::name)).toList();
    for (MigrationFile journal : journals) {
      String folder = journal.name().substring(0, journal.name().length() - JOURNAL.length());
      String folderName = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
      List<MigrationFile> sql = remaining.stream().filter(f -> f.isSql() && f.folder().equals(folderName)).toList();
      remaining.removeAll(sql);
      try {
        readFolder(DrizzleJournal.read(journal), journal, sql, migrations, problems);
      } catch (DrizzleJournal.Unreadable e) {
        problems.add(Migrations.problem(e.where(), "cannot read the drizzle journal: " + e.getMessage()
            + "; the SQL files beside it are replayed in name order instead"));
        LayoutResult numbered = new NumberedLayout().read(sql);
        migrations.addAll(numbered.migrations());
        numbered.unused().forEach(f -> migrations.add(Migrations.unversioned(f, MigrationKind.UNVERSIONED, "")));
      }
    }
    return new LayoutResult(migrations, false, problems, remaining);
  }

  private static void readFolder(List<DrizzleJournal.Entry> entries, MigrationFile journal, List<MigrationFile> sql,
                                 List<MigrationSource> migrations, List<SourceProblem> problems) {
    List<MigrationFile> listed = new ArrayList<>();
    for (DrizzleJournal.Entry entry : entries) {
      String fileName = entry.tag() + ".sql";
      Optional<MigrationFile> file = sql.stream().filter(f -> f.fileName().equals(fileName)).findFirst();
      if (file.isEmpty()) {
        problems.add(Migrations.problem(entry.span(), "the journal lists '" + entry.tag() + "' but there is no "
            + fileName + " beside it; drizzle would fail here"));
        continue;
      }
      listed.add(file.get());
      Matcher tag = TAG.matcher(entry.tag());
      MigrationVersion version = Migrations.version(tag.matches() ? tag.group(1) : Long.toString(entry.idx()));
      String description = Migrations.description(tag.matches() ? tag.group(2) : entry.tag());
      Migration migration = new Migration(fileName, Optional.of(version), description, MigrationKind.VERSIONED,
          file.get().name(), Optional.empty());
      migrations.add(new MigrationSource(migration, Migrations.text(file.get()), Optional.empty()));
    }
    for (MigrationFile file : sql) {
      if (!listed.contains(file)) {
        problems.add(Migrations.problem(file.name(), "not listed in " + journal.name() + ", so drizzle does not "
            + "apply it; it is not replayed"));
      }
    }
  }
}
