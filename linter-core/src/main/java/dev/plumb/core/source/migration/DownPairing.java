package dev.plumb.core.source.migration;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.migration.MigrationVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts ups in apply order and gives each its down. A down left over has no up to revert, and is reported
 * instead of replayed.
 */
final class DownPairing {

  /** How a down finds its up. */
  enum Matching {
    /** Same version; where a version is used twice, the up with the same description. */
    BY_VERSION,
    /** Same folder: the folder is the migration. */
    BY_FOLDER
  }

  record Paired(List<MigrationSource> migrations, List<SourceProblem> problems) {
  }

  private DownPairing() {
  }

  /**
   * @param orphan the message for a down without an up
   */
  static Paired pair(List<VersionedFile> ups, List<VersionedFile> downs, Matching matching,
                     Function<VersionedFile, String> orphan) {
    List<VersionedFile> ordered = new ArrayList<>(ups);
    ordered.sort(VersionedFile.APPLY_ORDER);
    List<Optional<MigrationFile>> paired = new ArrayList<>();
    ordered.forEach(up -> paired.add(Optional.empty()));
    Map<MigrationVersion, List<Integer>> byVersion = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      byVersion.computeIfAbsent(ordered.get(i).version(), v -> new ArrayList<>()).add(i);
    }
    List<SourceProblem> problems = new ArrayList<>();
    for (VersionedFile down : downs) {
      int index = upOf(ordered, byVersion.getOrDefault(down.version(), List.of()), paired, down, matching);
      if (index < 0) {
        problems.add(Migrations.problem(down.file().name(), orphan.apply(down)));
      } else {
        paired.set(index, Optional.of(down.file()));
      }
    }
    List<MigrationSource> migrations = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      VersionedFile up = ordered.get(i);
      migrations.add(Migrations.versioned(up.name(), up.version(), up.description(), up.file(), paired.get(i)));
    }
    return new Paired(migrations, problems);
  }

  /** For layouts without downs. */
  static List<MigrationSource> inApplyOrder(List<VersionedFile> ups) {
    return pair(ups, List.of(), Matching.BY_VERSION, down -> "").migrations();
  }

  /** Among the ups of the down's version (by index), the one it reverts; -1 if none. */
  private static int upOf(List<VersionedFile> ups, List<Integer> sameVersion, List<Optional<MigrationFile>> paired,
                          VersionedFile down, Matching matching) {
    int candidate = -1;
    for (int i : sameVersion) {
      VersionedFile up = ups.get(i);
      if (paired.get(i).isPresent()) {
        continue;
      }
      if (matching == Matching.BY_FOLDER) {
        if (up.file().folder().equals(down.file().folder())) {
          return i;
        }
      } else if (up.description().equals(down.description())) {
        return i;
      } else if (candidate < 0) {
        candidate = i;
      }
    }
    return candidate;
  }
}
