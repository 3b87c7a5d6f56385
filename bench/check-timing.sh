#!/usr/bin/env bash
# Times `bin/plumb check` end to end (JVM start included) on a generated project: N migration files, each
# creating a table with 8 columns, a foreign key and two indexes, plus an expected schema listing every table
# (with one column missing per table, so every rule has work). Prints the median wall time of RUNS runs and the
# peak resident memory.
#
#   bench/check-timing.sh [N=500] [RUNS=5]
set -euo pipefail
n=${1:-500}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/cli/target/plumb.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/migrations"
{
  echo "dialect: postgresql"
  echo "tables:"
} > "$work/schema.yml"
for i in $(seq 1 "$n"); do
  parent=$(( i > 1 ? i - 1 : 1 ))
  cat > "$work/migrations/V${i}__table_${i}.sql" <<SQL
CREATE TABLE t_${i} (
    id          bigserial PRIMARY KEY,
    parent_id   bigint REFERENCES t_${parent} (id) ON DELETE CASCADE,
    name        varchar(200) NOT NULL,
    status      text NOT NULL DEFAULT 'new',
    amount      numeric(19, 4),
    payload     jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz
);
CREATE INDEX t_${i}_parent_idx ON t_${i} (parent_id);
CREATE INDEX CONCURRENTLY t_${i}_status_idx ON t_${i} (status) WHERE status <> 'done';
COMMENT ON TABLE t_${i} IS 'generated table ${i}';
SQL
  cat >> "$work/schema.yml" <<YAML
  - name: t_${i}
    columns:
      - { name: id, type: bigint, nullable: false }
      - { name: parent_id, type: int8 }
      - { name: name, type: varchar(200), nullable: false }
      - { name: status, type: text, nullable: false, default: "'new'" }
      - { name: created_at, type: timestamptz, nullable: false, hasDefault: true }
      - { name: deleted_at, type: timestamptz }
    primaryKey: [id]
    indexes:
      - { columns: [parent_id] }
    foreignKeys:
      - { columns: [parent_id], references: { table: t_${parent}, columns: [id] }, onDelete: cascade }
YAML
done

times=()
for r in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time" "$root/bin/plumb" check --fail-on never --format json \
    --output "$work/out.json" --expected "$work/schema.yml" "$work/migrations"
  times+=("$(cat "$work/time")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$n" -v runs="$runs" '
  { secs[NR] = $1; if ($2 > rss) rss = $2 }
  END { printf "plumb check, %d migrations (%d statements): median %.2f s over %d runs, peak RSS %d MiB\n",
        n, n * 4, secs[int((NR + 1) / 2)], runs, rss / 1024 }'
grep -o "\"statementsUnderstood\" *: *[0-9]*" "$work/out.json" | head -1 || true
