#!/usr/bin/env bash
# Applies this example's migrations to a fresh PostgreSQL database the way Flyway would (recording each in
# flyway_schema_history with Flyway's checksum), then drifts it by hand the way production databases drift,
# and shows what `plumb check --db` reports.
#
#   examples/live-drift/run.sh            # uses PostgreSQL at 127.0.0.1:5432 as user postgres
#   PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... examples/live-drift/run.sh
#
# Needs psql and python3, and a role that may create databases. The database plumb_live_drift is dropped at
# the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=plumb_live_drift
command -v psql >/dev/null || { echo "run.sh: psql is needed" >&2; exit 2; }
psql -qAt -d postgres -c 'SELECT 1' >/dev/null || { echo "run.sh: no PostgreSQL at $PGHOST:$PGPORT" >&2; exit 2; }
[ -f "$root/cli/target/plumb.jar" ] || (cd "$root" && mvn -B -q -DskipTests package)

work=$(mktemp -d)
trap 'rm -rf "$work"; psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
cp -r "$here/migrations" "$work/migrations"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null

# 1. What Flyway would do: apply each migration and record it with its checksum.
psql -q -d "$db" -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
CREATE TABLE flyway_schema_history (
  installed_rank integer PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,
  type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL,
  installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);
SQL
rank=0
for file in "$work"/migrations/V*.sql; do
  rank=$((rank + 1))
  name=$(basename "$file")
  version=${name#V}; version=${version%%__*}
  description=${name#*__}; description=${description%.sql}; description=${description//_/ }
  # Flyway's checksum: CRC32 over the file's lines without their line breaks, as a signed 32-bit integer.
  checksum=$(python3 -c 'import sys, zlib
c = 0
text = open(sys.argv[1], encoding="utf-8").read().lstrip("\ufeff")
for line in text.splitlines():
    c = zlib.crc32(line.encode("utf-8"), c)
print(c - (1 << 32) if c >= 1 << 31 else c)' "$file")
  psql -q -d "$db" -v ON_ERROR_STOP=1 -f "$file" >/dev/null
  psql -q -d "$db" -c "INSERT INTO flyway_schema_history VALUES ($rank, '$version', '$description', 'SQL',
    '$name', $checksum, 'deploy', now(), 12, true)" >/dev/null
done

# 2. Drift, by hand, the way it happens in production.
psql -q -d "$db" -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
-- a hotfix applied in psql, never written as a migration
ALTER TABLE invoices ADD COLUMN paid_at timestamptz;
-- a CREATE INDEX CONCURRENTLY that failed half way leaves an invalid index (simulated: needs a superuser)
CREATE INDEX invoices_issued_at_idx ON invoices (issued_at);
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'invoices_issued_at_idx'::regclass;
-- a foreign key added NOT VALID during an incident and never validated
ALTER TABLE invoices ADD CONSTRAINT invoices_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
SQL
# a migration edited after it was applied
sed -i "s/DEFAULT 'open'/DEFAULT 'draft'/" "$work/migrations/V3__invoice_status.sql"

# 3. What Plumb says.
cd "$work"
password=()
[ -n "${PGPASSWORD:-}" ] && password=(--password-env PGPASSWORD)
"$root/bin/plumb" check --db "jdbc:postgresql://$PGHOST:$PGPORT/$db" --user "$PGUSER" "${password[@]}" \
  --color=never migrations || true
