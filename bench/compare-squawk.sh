#!/usr/bin/env bash
# Runs Squawk (the PostgreSQL migration linter) and Plumb on the same migrations and prints a Markdown report:
# per rule pair (bench/squawk-rules.tsv) how many findings each tool reports and in how many statements they
# agree, the rules either tool has alone, and every disagreement as file:line, tool, rule and message.
#
#   bench/compare-squawk.sh DIR...
#
# DIR is one migrations folder, or a folder of several projects: a folder with no .sql file of its own is
# searched for subfolders named `migrations`, and each is one unit (`bench/compare-squawk.sh examples` compares
# examples/*/migrations). Plumb checks each unit as one migration history; Squawk lints every .sql file under it,
# recursively, with its default rules.
#
# Squawk is squawk-cli $SQUAWK_VERSION from npm, installed into a temporary folder that is removed afterwards;
# SQUAWK=/path/to/squawk uses that one instead. Both tools get PostgreSQL $PG_VERSION (default 14, Plumb's default);
# ASSUME_IN_TRANSACTION=true|false tells both whether each file runs in a transaction (unset: Squawk assumes not,
# Plumb follows the migration layout). Paired Plumb rules that are off by default are turned on.
#
# Findings are matched by statement, not by exact position: bench/compare_squawk.py splits each file at its
# top-level semicolons (outside strings, quoted names, comments and dollar quotes) and places a finding in the
# statement holding its line, so Squawk pointing at a column and Plumb at the whole ALTER TABLE agree.
set -euo pipefail
SQUAWK_VERSION=2.66.0
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

fail() { echo "compare-squawk: $*" >&2; exit 2; }
[ $# -ge 1 ] || fail "usage: bench/compare-squawk.sh DIR..."
command -v java >/dev/null || fail "java not found: Plumb needs a Java 17 runtime on the PATH"
command -v python3 >/dev/null || fail "python3 not found: the comparison needs it"
if [ -z "${SQUAWK:-}" ]; then
  command -v npm >/dev/null || fail "npm not found: install Node.js and npm, or set SQUAWK=/path/to/squawk"
fi
case "${PG_VERSION:-14}" in ''|*[!0-9]*) fail "PG_VERSION must be a major version such as 14, got '$PG_VERSION'" ;; esac
case "${ASSUME_IN_TRANSACTION:-}" in ''|true|false) ;; *) fail "ASSUME_IN_TRANSACTION must be true or false, got '$ASSUME_IN_TRANSACTION'" ;; esac
for dir in "$@"; do
  [ -d "$dir" ] || fail "$dir is not a folder"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "${SQUAWK:-}" ]; then
  npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error "squawk-cli@$SQUAWK_VERSION" >"$work/npm.log" 2>&1 \
    || fail "npm install squawk-cli@$SQUAWK_VERSION failed: $(tail -1 "$work/npm.log")"
  SQUAWK="$work/npm/node_modules/.bin/squawk"
fi
"$SQUAWK" --version >/dev/null 2>&1 || fail "$SQUAWK does not run"

jar="$root/cli/target/plumb.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)

python3 "$here/compare_squawk.py" --squawk "$SQUAWK" --plumb "$root/bin/plumb" --mapping "$here/squawk-rules.tsv" \
  --work "$work" --pg-version "${PG_VERSION:-14}" --assume-in-transaction "${ASSUME_IN_TRANSACTION:-}" "$@"
