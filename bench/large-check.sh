#!/usr/bin/env bash
# Times `bin/plumb check` end to end (JVM start included) on a large generated migration folder: by default
# 2,000 migrations with 100,000 statements of varied PostgreSQL DDL, DML seed data and plpgsql functions, and an
# expected schema of the final tables (bench/generate-migrations.py). Prints the wall time and peak resident
# memory of each run, their median and maximum, and how many statements Plumb understood.
#
#   bench/large-check.sh [RUNS=3] [MIGRATIONS=2000] [STATEMENTS=100000]
#
# PLUMB_JAVA_OPTS overrides the JVM flags bin/plumb uses, to compare settings.
set -euo pipefail
runs=${1:-3}
migrations=${2:-2000}
statements=${3:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/cli/target/plumb.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/generate-migrations.py" --migrations "$migrations" --statements "$statements" "$work"

echo "cores: $(nproc), $(java -version 2>&1 | head -1)"
for r in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" "$root/bin/plumb" check --fail-on never --format json \
    --output "$work/out.json" --expected "$work/schema.yml" "$work/migrations"
  read -r secs rss < "$work/time"
  echo "run $r: $secs s wall, $((rss / 1024)) MiB peak RSS"
  echo "$secs $rss" >> "$work/runs"
done
sort -n "$work/runs" | awk -v runs="$runs" '
  { secs[NR] = $1; if ($2 > rss) rss = $2 }
  END { printf "plumb check: median %.2f s wall over %d runs, peak RSS %d MiB\n", secs[int((NR + 1) / 2)], runs,
        rss / 1024 }'
grep -o '"statements[A-Za-z]*" *: *[0-9]*' "$work/out.json" | tr -d ' "' | paste -sd ' ' -
