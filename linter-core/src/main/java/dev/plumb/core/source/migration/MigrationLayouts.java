package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.migration.MigrationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layouts Plumb reads, and how it picks one when none is forced. Detection, in this order: a
 * {@code meta/_journal.json} means drizzle; a file with a {@code -- migrate:up} line means dbmate; otherwise
 * the layout that recognises the most file names among folder-per-migration, golang-migrate, flyway and
 * numbered (a tie goes to the one named first); and {@code files} when none recognises any.
 */
public final class MigrationLayouts {

  private static final LayoutReader FLYWAY = new FlywayLayout();
  private static final LayoutReader GOLANG_MIGRATE = new GolangMigrateLayout();
  private static final LayoutReader DBMATE = new DbmateLayout();
  private static final LayoutReader FOLDER_PER_MIGRATION = new FolderPerMigrationLayout();
  private static final LayoutReader DRIZZLE = new DrizzleLayout();
  private static final LayoutReader NUMBERED = new NumberedLayout();
  private static final LayoutReader FILES = new FilesLayout();
  private static final List<LayoutReader> ALL = List.of(FLYWAY, GOLANG_MIGRATE, DBMATE, FOLDER_PER_MIGRATION,
      DRIZZLE, NUMBERED, FILES);
  /** Told apart by counting names, in the order that breaks ties: golang's 001_x.up.sql is also numbered. */
  private static final List<LayoutReader> BY_NAME = List.of(FOLDER_PER_MIGRATION, GOLANG_MIGRATE, FLYWAY, NUMBERED);

  private MigrationLayouts() {
  }

  /** The names {@code --layout} and {@code layout:} accept. */
  public static List<String> ids() {
    return ALL.stream().map(LayoutReader::id).toList();
  }

  public static boolean isKnown(String id) {
    return ids().contains(id);
  }

  /** The layout the files are in, when none is forced. */
  public static String detect(List<MigrationFile> files) {
    return detected(requireNonNull(files, "no files given")).id();
  }

  /**
   * Reads the files as the forced layout, or the detected one. Files the layout does not place are replayed
   * after its migrations when the user named them, and reported (not replayed) when they were found in a
   * folder, as the migration tools would skip them.
   *
   * @param files in the order given
   */
  public static MigrationSet read(List<MigrationFile> files, Optional<String> forced) {
    requireNonNull(files, "no files given");
    requireNonNull(forced, "forced is Optional, not null");
    LayoutReader layout = forced.map(MigrationLayouts::byId).orElseGet(() -> detected(files));
    // Journals and script configs are read by their own layout; no other layout wants them, not even as strays.
    List<MigrationFile> input = files.stream()
        .filter(f -> layout == DRIZZLE || !DrizzleLayout.isJournal(f))
        .filter(f -> layout == FLYWAY || !FlywayScriptConfig.isScriptConfig(f))
        .toList();
    LayoutResult result = layout.read(input);
    List<MigrationSource> migrations = new ArrayList<>(MigrationChecksums.added(layout.id(), result.migrations()));
    List<SourceProblem> problems = new ArrayList<>(result.problems());
    for (MigrationFile file : result.unused()) {
      if (file.named()) {
        migrations.add(Migrations.unversioned(file, MigrationKind.UNVERSIONED, ""));
      } else {
        problems.add(Migrations.problem(file.name(), "not named like a " + layout.id() + " migration ("
            + layout.expectedNames() + "), so it is not replayed; rename it, or exclude it in plumb.yml"));
      }
    }
    return new MigrationSet(layout.id(), result.hasDowns(), migrations, problems);
  }

  private static LayoutReader byId(String id) {
    return ALL.stream().filter(layout -> layout.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown layout '" + id + "'; known: " + ids()));
  }

  private static LayoutReader detected(List<MigrationFile> files) {
    if (files.stream().anyMatch(DRIZZLE::marks)) {
      return DRIZZLE;
    }
    if (files.stream().anyMatch(DBMATE::marks)) {
      return DBMATE;
    }
    LayoutReader best = FILES;
    long most = 0;
    for (LayoutReader layout : BY_NAME) {
      long marked = files.stream().filter(layout::marks).count();
      if (marked > most) {
        best = layout;
        most = marked;
      }
    }
    return best;
  }
}
