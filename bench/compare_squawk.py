#!/usr/bin/env python3
"""Runs Squawk and Plumb on the same migration folders and prints, as Markdown, per rule pair how many findings
each reports and where they disagree. Called by bench/compare-squawk.sh, which finds both tools; see there.

Matching: each finding is placed in the statement that holds its start line (statements split at top-level
semicolons, outside strings, quoted names, comments and dollar quotes; a line between statements belongs to the
next one). Two findings of one rule pair agree when they are in the same statement of the same file, so Squawk
pointing at a column and Plumb at the whole ALTER TABLE still match. The both / only columns count statements.
"""

import argparse
import json
import os
import re
import subprocess
import sys

DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")


def statement_ranges(text):
    """(first line, last line) of each statement, 1-based: from its first token to its semicolon."""
    ranges = []
    line, start, i, n = 1, None, 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            i += 1
            continue
        if ch in " \t\r\f":
            i += 1
            continue
        if text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith("/*", i):
            i, line = skip_block_comment(text, i, line)
            continue
        if start is None:
            start = line
        if ch == ";":
            ranges.append((start, line))
            start = None
            i += 1
        elif ch in "'\"":
            i, line = skip_quoted(text, i, line)
        elif ch == "$" and DOLLAR_TAG.match(text, i) and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
            tag = DOLLAR_TAG.match(text, i).group(0)
            end = text.find(tag, i + len(tag))
            end = n if end < 0 else end + len(tag)
            line += text.count("\n", i, end)
            i = end
        else:
            i += 1
    if start is not None:
        ranges.append((start, line))
    return ranges


def skip_block_comment(text, i, line):
    """PostgreSQL block comments nest."""
    depth, i = 1, i + 2
    while i < len(text) and depth:
        if text.startswith("/*", i):
            depth, i = depth + 1, i + 2
        elif text.startswith("*/", i):
            depth, i = depth - 1, i + 2
        else:
            line += text[i] == "\n"
            i += 1
    return i, line


def skip_quoted(text, i, line):
    """A string or quoted name; a doubled quote stays inside, and so does a backslash escape in E'...'."""
    quote = text[i]
    escapes = quote == "'" and i > 0 and text[i - 1] in "eE"
    i += 1
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            line += 1
        elif escapes and ch == "\\":
            i += 1
            line += i < len(text) and text[i] == "\n"
        elif ch == quote:
            if text.startswith(quote, i + 1):
                i += 1
            else:
                return i + 1, line
        i += 1
    return i, line


class Statements:
    """Maps (file, line) to the first line of the statement there; files are read once."""

    def __init__(self):
        self.ranges = {}

    def start_of(self, path, line):
        if path not in self.ranges:
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    self.ranges[path] = statement_ranges(f.read())
            except OSError:
                self.ranges[path] = []
        for first, last in self.ranges[path]:
            if line <= last:
                return first
        return self.ranges[path][-1][0] if self.ranges[path] else line


class Finding:
    def __init__(self, tool, rule, path, line, message):
        self.tool, self.rule, self.path, self.line, self.message = tool, rule, path, line, message


def load_mapping(path):
    """Ordered (squawk rule, [plumb rules], note) rows of the mapping file."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if not raw.strip() or raw.startswith("#"):
                continue
            cells = raw.rstrip("\n").split("\t")
            plumb = [] if cells[1].strip() == "-" else [p.strip() for p in cells[1].split(",")]
            rows.append((cells[0].strip(), plumb, cells[2].strip() if len(cells) > 2 else ""))
    return rows


def pair_groups(rows):
    """Squawk rules that share a Plumb rule are compared together: one group per connected set."""
    groups = []
    for squawk, plumb, _ in rows:
        if not plumb:
            continue
        joined = [g for g in groups if set(plumb) & set(g[1])]
        merged = ([squawk], list(plumb))
        for g in joined:
            groups.remove(g)
            merged = (g[0] + merged[0], g[1] + [p for p in merged[1] if p not in g[1]])
        groups.append(merged)
    return sorted(groups, key=lambda g: min(i for i, r in enumerate(rows) if r[0] in g[0]))


def migration_units(folder):
    """A folder with no SQL file of its own but with subfolders named migrations is a folder of projects."""
    folder = os.path.abspath(folder)
    own_sql = any(name.endswith(".sql") and os.path.isfile(os.path.join(folder, name)) for name in os.listdir(folder))
    if own_sql or os.path.basename(folder) == "migrations":
        return [folder]
    units = []
    for root, dirs, _ in os.walk(folder):
        dirs.sort()
        for d in list(dirs):
            if d == "migrations":
                units.append(os.path.join(root, d))
                dirs.remove(d)
    return units or [folder]


def sql_files(unit):
    found = []
    for root, dirs, files in os.walk(unit):
        dirs.sort()
        found += [os.path.join(root, f) for f in sorted(files) if f.endswith(".sql")]
    return found


def shown(path):
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def run_squawk(args, files):
    """Squawk runs its default rules. Its JSON lines and columns are 0-based; batches keep the command line short."""
    findings = []
    for k in range(0, len(files), 200):
        cmd = [args.squawk, "--reporter", "json", "--pg-version", f"{args.pg_version}.0"]
        if args.assume_in_transaction == "true":
            cmd.append("--assume-in-transaction")
        done = subprocess.run(cmd + files[k:k + 200], cwd=args.work, capture_output=True, text=True)
        try:
            reported = json.loads(done.stdout or "[]")
        except json.JSONDecodeError:
            sys.exit(f"compare-squawk: squawk failed (exit {done.returncode}): {done.stderr.strip() or done.stdout[:300]}")
        for r in reported:
            path = os.path.abspath(os.path.join(args.work, r["file"]))
            findings.append(Finding("Squawk", r["rule_name"], path, r["line"] + 1, r["message"]))
    return findings


def run_plumb(args, unit, config):
    out = os.path.join(args.work, "plumb.json")
    cmd = [args.plumb, "check", "--format", "json", "--fail-on", "never", "--dialect", "postgresql",
           "--base-dir", unit, "--config", config, "--output", out, unit]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"compare-squawk: plumb failed on {shown(unit)} (exit {done.returncode}): {done.stderr.strip()}")
    with open(out, encoding="utf-8") as f:
        report = json.load(f)
    findings = []
    for r in report["findings"]:
        path = os.path.join(unit, r["file"]) if "file" in r else unit
        findings.append(Finding("Plumb", r["ruleId"], os.path.abspath(path), r.get("line", 0), r["message"]))
    return report["tool"]["version"], findings


def plumb_rules(args):
    """id -> (severity, on by default) from `plumb rules`."""
    done = subprocess.run([args.plumb, "rules"], capture_output=True, text=True, check=True)
    rules = {}
    for line in done.stdout.splitlines():
        cells = line.split()
        if len(cells) >= 3:
            rules[cells[0]] = (cells[1], cells[2] == "on")
    return rules


def plumb_config(args, available, paired):
    """Turns on the paired Plumb rules that are off by default, and passes the settings Squawk gets when this
    Plumb reads them (an older build rejects the keys, so they are tried on an empty folder first)."""
    lines = ["dialect: postgresql", "rules:"]
    lines += [f"  {rule}: {available[rule][0]}" for rule in sorted(paired) if rule in available and not available[rule][1]]
    if len(lines) == 2:
        lines.pop()
    settings = [f"postgresVersion: {args.pg_version}"]
    if args.assume_in_transaction:
        settings.append(f"assumeInTransaction: {args.assume_in_transaction}")
    path = os.path.join(args.work, "plumb.yml")
    probe = os.path.join(args.work, "probe")
    os.makedirs(probe, exist_ok=True)
    with open(os.path.join(probe, "V1__probe.sql"), "w", encoding="utf-8") as f:
        f.write("SELECT 1;\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(settings + lines) + "\n")
    done = subprocess.run([args.plumb, "check", "--fail-on", "never", "--config", path, probe], capture_output=True)
    if done.returncode == 0:
        return path, True
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path, False


def cell(names, known=None):
    return ", ".join(f"`{n}`" + ("" if known is None or n in known else " †") for n in names)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--squawk", required=True)
    parser.add_argument("--plumb", required=True)
    parser.add_argument("--mapping", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--pg-version", default="14")
    parser.add_argument("--assume-in-transaction", default="", choices=["", "true", "false"])
    parser.add_argument("dirs", nargs="+")
    args = parser.parse_args()

    rows = load_mapping(args.mapping)
    groups = pair_groups(rows)
    mapped_squawk = {r[0] for r in rows}
    paired_plumb = {p for g in groups for p in g[1]}
    available = plumb_rules(args)
    config, settings_read = plumb_config(args, available, paired_plumb)
    squawk_version = subprocess.run([args.squawk, "--version"], capture_output=True, text=True).stdout.split()[-1]

    squawk, plumb, units, plumb_version = [], [], [], "?"
    for folder in args.dirs:
        if not os.path.isdir(folder):
            sys.exit(f"compare-squawk: {folder} is not a folder")
        for unit in migration_units(folder):
            files = sql_files(unit)
            units.append((unit, len(files)))
            if files:
                squawk += run_squawk(args, files)
            plumb_version, found = run_plumb(args, unit, config)
            plumb += found

    statements = Statements()

    def key(finding):
        return finding.path, statements.start_of(finding.path, finding.line) if finding.line else 0

    out = []
    say = out.append
    say(f"# Squawk {squawk_version} and Plumb {plumb_version} on the same migrations\n")
    for unit, count in units:
        say(f"- `{shown(unit)}`: {count} SQL files")
    transaction = {"": "each tool's default (Squawk: no; Plumb: by layout)", "true": "yes", "false": "no"}
    say(f"\nPostgreSQL {args.pg_version}; each file in a transaction: {transaction[args.assume_in_transaction]}."
        + ("" if settings_read else " This Plumb build does not read these settings from plumb.yml, so it used its defaults."))
    say("Counts are findings; *both*, *Squawk only* and *Plumb only* count statements (findings in the same file and "
        "statement agree). † marks a Plumb rule this Plumb build does not have.\n")
    say("| Squawk rule | Plumb rule | Squawk count | Plumb count | both | Squawk only | Plumb only |")
    say("|---|---|---:|---:|---:|---:|---:|")
    disagreements = []
    for squawk_rules, plumb_ids in groups:
        s = [f for f in squawk if f.rule in squawk_rules]
        p = [f for f in plumb if f.rule in plumb_ids]
        s_keys, p_keys = {key(f) for f in s}, {key(f) for f in p}
        say(f"| {cell(squawk_rules)} | {cell(plumb_ids, available)} | {len(s)} | {len(p)} | {len(s_keys & p_keys)} "
            f"| {len(s_keys - p_keys)} | {len(p_keys - s_keys)} |")
        only = [f for f in s if key(f) not in p_keys] + [f for f in p if key(f) not in s_keys]
        if only:
            disagreements.append((squawk_rules, plumb_ids, sorted(only, key=lambda f: (f.path, f.line, f.tool))))

    say("\n## Squawk rules without a Plumb pair\n")
    say("| Squawk rule | Squawk count | note |")
    say("|---|---:|---|")
    unpaired = [(r[0], r[2]) for r in rows if not r[1]]
    unpaired += [(name, "not in bench/squawk-rules.tsv") for name in sorted({f.rule for f in squawk} - mapped_squawk)]
    for name, note in unpaired:
        say(f"| `{name}` | {sum(f.rule == name for f in squawk)} | {note} |")

    say("\n## Plumb rules without a Squawk pair\n")
    say("| Plumb rule | Plumb count |")
    say("|---|---:|")
    for name in sorted(set(available) | {f.rule for f in plumb}):
        if name not in paired_plumb:
            say(f"| `{name}` | {sum(f.rule == name for f in plumb)} |")

    say("\n## Disagreements\n")
    if not disagreements:
        say("None: every paired finding of one tool has one of the other in the same statement.")
    for squawk_rules, plumb_ids, only in disagreements:
        say(f"### {', '.join(squawk_rules)} / {', '.join(plumb_ids)}\n")
        for f in only:
            say(f"- `{shown(f.path)}:{f.line}` {f.tool} only, `{f.rule}`: {f.message}")
        say("")
    print("\n".join(out).rstrip())


if __name__ == "__main__":
    main()
