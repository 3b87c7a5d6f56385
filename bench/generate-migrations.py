#!/usr/bin/env python3
"""Writes a large, realistic PostgreSQL migration folder and the expected schema of what it builds.

The migrations grow a schema the way a long-lived application does: tables with 5 to 20 columns, enum types,
indexes (unique, partial, expression, concurrent), columns added, altered, renamed and dropped, foreign keys,
checks and unique constraints added later, views, trigger functions with $$ bodies and their triggers,
comments, seed data and backfills, renames and drops. Every statement is valid against the schema at its
point, so a replay understands them all. The expected schema lists the final tables, with a few deliberate
differences (a column no migration adds, an optional table no migration creates) so that the rules report
something.

    bench/generate-migrations.py [--migrations 2000] [--statements 100000] [--seed 1] OUT_DIR

writes OUT_DIR/migrations/V<n>__<name>.sql and OUT_DIR/schema.yml. The same arguments give the same files.
"""

import argparse
import os
import random

NOUNS = ["user", "account", "order", "invoice", "payment", "product", "customer", "shipment", "address",
         "subscription", "plan", "coupon", "review", "message", "session", "device", "audit", "report", "task",
         "project", "team", "member", "document", "attachment", "tag", "category", "warehouse", "supplier",
         "refund", "ledger", "transfer", "notification", "webhook", "token", "course", "lesson", "enrollment",
         "platform", "ticket", "comment"]
AREAS = ["billing", "core", "crm", "ops", "shop", "auth", "hr", "lms", "support", "analytics"]

# (column name stem, type, may be NOT NULL, default or None, sample value for seed rows)
COLUMNS = [
    ("name", "varchar(200)", True, None, "'alpha'"),
    ("title", "text", True, "''", "'Title'"),
    ("email", "varchar(320)", True, None, "'a@example.com'"),
    ("code", "varchar(40)", True, None, "'C-1'"),
    ("description", "text", False, None, "'described'"),
    ("amount", "numeric(19,4)", True, "0", "12.5"),
    ("quantity", "integer", True, "1", "3"),
    ("sort_order", "integer", False, None, "7"),
    ("is_active", "boolean", True, "true", "true"),
    ("is_deleted", "boolean", True, "false", "false"),
    ("payload", "jsonb", False, "'{}'::jsonb", "'{\"a\": 1}'"),
    ("metadata", "jsonb", True, "'{}'::jsonb", "'{}'"),
    ("external_id", "uuid", False, None, "'6f1c2a4e-2b7d-4c61-9a55-2f3c1d0e9b8a'"),
    ("started_at", "timestamptz", False, None, "now()"),
    ("finished_at", "timestamptz", False, None, "now()"),
    ("due_date", "date", False, None, "'2024-01-31'"),
    ("score", "double precision", False, None, "0.5"),
    ("currency", "char(3)", True, "'EUR'", "'EUR'"),
    ("priority", "smallint", True, "0", "2"),
    ("note", "varchar(1000)", False, None, "'n'"),
    ("counter", "bigint", True, "0", "10"),
    ("ip_address", "inet", False, None, "'10.0.0.1'"),
    ("tags", "text[]", False, None, "'{a,b}'"),
    ("url", "text", False, None, "'https://example.com'"),
    ("ratio", "real", False, None, "0.25"),
]
WIDER = {"varchar(200)": "varchar(400)", "varchar(40)": "varchar(80)", "integer": "bigint",
         "smallint": "integer", "varchar(1000)": "text", "real": "double precision", "numeric(19,4)": "numeric(24,6)"}
ENUM_VALUES = ["new", "pending", "active", "paused", "done", "failed", "cancelled", "archived", "draft", "review"]


class Table:
    def __init__(self, name, noun):
        self.name = name
        self.noun = noun
        self.columns = {}  # name -> [type, not_null, has_default]
        self.pk = ["id"]
        self.fk_columns = set()  # columns of this table in a foreign key (never dropped)
        self.referenced = 0  # foreign keys elsewhere that point at this table
        self.indexes = {}  # index name -> plain key columns (empty for expression keys)
        self.listed = set()  # plain indexes the expected schema may name: not unique, not partial
        self.constraints = set()
        self.triggers = set()


class Generator:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.tables = {}
        self.relations = set()  # table, index, view and sequence names share one namespace in PostgreSQL
        self.enums = {}
        self.functions = []
        self.views = {}  # view -> tables it reads
        self.serial = 0

    def fresh(self, stem):
        self.serial += 1
        return f"{stem}_{self.serial}"

    def pick_table(self):
        return self.tables[self.rnd.choice(list(self.tables))] if self.tables else None

    def free_columns(self, table):
        return [c for c in table.columns if c not in table.pk and c not in table.fk_columns]

    # Each statement kind returns the SQL, or None when the schema has nothing it could apply to.

    def create_table(self):
        area, noun = self.rnd.choice(AREAS), self.rnd.choice(NOUNS)
        name = self.fresh(f"{area}_{plural(noun)}")
        table = Table(name, noun)
        lines = ["    id bigserial PRIMARY KEY"]
        table.columns["id"] = ["bigint", True, True]
        parent = self.pick_table() if self.rnd.random() < 0.7 else None
        if parent is not None:
            column = f"{parent.noun}_id"
            action = self.rnd.choice(["ON DELETE CASCADE", "ON DELETE SET NULL", "", "ON DELETE RESTRICT"])
            not_null = "" if "SET NULL" in action else " NOT NULL"
            lines.append(f"    {column} bigint{not_null} REFERENCES {parent.name} (id) {action}".rstrip())
            table.columns[column] = ["bigint", bool(not_null), False]
            table.fk_columns.add(column)
            parent.referenced += 1
        for stem, type_, may_not_null, default, _ in self.rnd.sample(COLUMNS, self.rnd.randint(3, 16)):
            if self.enums and stem == "sort_order" and self.rnd.random() < 0.5:
                stem, type_, default = "status", self.rnd.choice(list(self.enums)), None
            not_null = may_not_null and self.rnd.random() < 0.6
            text = f"    {stem} {type_}" + (" NOT NULL" if not_null else "")
            if default is not None and self.rnd.random() < 0.7:
                text += f" DEFAULT {default}"
            if stem == "code" and self.rnd.random() < 0.4:
                text += " UNIQUE"
            if stem == "amount" and self.rnd.random() < 0.5:
                text += " CHECK (amount >= 0)"
            lines.append(text)
            table.columns[stem] = [type_, not_null, default is not None and "DEFAULT" in text]
        lines.append("    created_at timestamptz NOT NULL DEFAULT now()")
        lines.append("    updated_at timestamptz")
        table.columns["created_at"] = ["timestamptz", True, True]
        table.columns["updated_at"] = ["timestamptz", False, False]
        if "name" in table.columns and self.rnd.random() < 0.3:
            constraint = f"{name}_name_key"
            lines.append(f"    CONSTRAINT {constraint} UNIQUE (name)")
            table.constraints.add(constraint)
        self.tables[name] = table
        self.relations.update([name, f"{name}_pkey", f"{name}_id_seq"])
        exists = "IF NOT EXISTS " if self.rnd.random() < 0.2 else ""
        return f"CREATE TABLE {exists}{name} (\n" + ",\n".join(lines) + "\n)"

    def create_index(self):
        table = self.pick_table()
        columns = self.free_columns(table) + sorted(table.fk_columns)
        if not columns:
            return None
        column = self.rnd.choice(columns)
        name = self.fresh(f"{table.name}_{column}_idx")[:60]
        self.relations.add(name)
        kind = self.rnd.random()
        unique = ""
        where = ""
        keys = [column]
        if kind < 0.2 and table.columns[column][0] in ("text", "varchar(200)", "varchar(320)", "varchar(40)"):
            key_text = f"lower({column})"
            keys = []
        elif kind < 0.4 and "created_at" in table.columns and column != "created_at":
            key_text = f"{column}, created_at DESC"
            keys = [column, "created_at"]
        elif kind < 0.55 and table.columns[column][0] == "jsonb":
            key_text = f"USING gin ({column})"
        else:
            key_text = column
        if self.rnd.random() < 0.25:
            where = " WHERE " + (f"{column} IS NOT NULL" if self.rnd.random() < 0.5 else
                                 "is_deleted = false" if "is_deleted" in table.columns else f"{column} IS NULL")
        if self.rnd.random() < 0.1 and not where:
            unique = "UNIQUE "
        concurrently = "CONCURRENTLY " if self.rnd.random() < 0.3 else ""
        exists = "IF NOT EXISTS " if self.rnd.random() < 0.2 else ""
        table.indexes[name] = keys
        if keys and not unique and not where:
            table.listed.add(name)
        on = f"{table.name} {key_text}" if key_text.startswith("USING") else f"{table.name} ({key_text})"
        return f"CREATE {unique}INDEX {concurrently}{exists}{name} ON {on}{where}"

    def add_column(self):
        table = self.pick_table()
        stem, type_, may_not_null, default, _ = self.rnd.choice(COLUMNS)
        name = self.fresh(stem)
        not_null = may_not_null and default is not None and self.rnd.random() < 0.5
        text = f"ALTER TABLE {table.name} ADD COLUMN {name} {type_}"
        if not_null:
            text += f" NOT NULL DEFAULT {default}"
        elif default is not None and self.rnd.random() < 0.3:
            text += f" DEFAULT {default}"
        table.columns[name] = [type_, not_null, "DEFAULT" in text]
        return text

    def alter_column(self):
        table = self.pick_table()
        columns = self.free_columns(table)
        if not columns:
            return None
        column = self.rnd.choice(columns)
        state = table.columns[column]
        choice = self.rnd.random()
        prefix = f"ALTER TABLE {table.name} ALTER COLUMN {column}"
        if choice < 0.25 and state[0] in WIDER:
            state[0] = WIDER[state[0]]
            return f"{prefix} TYPE {state[0]}"
        if choice < 0.45:
            state[1] = not state[1]
            return f"{prefix} {'SET' if state[1] else 'DROP'} NOT NULL"
        if choice < 0.7:
            state[2] = False
            return f"{prefix} DROP DEFAULT"
        default = next((d for s, t, _, d, _ in COLUMNS if t == state[0] and d is not None), None)
        if default is None:
            return f"UPDATE {table.name} SET {column} = NULL WHERE {column} IS NOT NULL AND id < 0"
        state[2] = True
        return f"{prefix} SET DEFAULT {default}"

    def drop_column(self):
        table = self.pick_table()
        columns = [c for c in self.free_columns(table) if c not in ("created_at", "updated_at", "is_deleted")]
        if len(columns) < 3 or any(table.name in tables for tables in self.views.values()):
            return None
        column = self.rnd.choice(columns)
        del table.columns[column]
        # The database drops the indexes on a dropped column with it.
        for index, keys in list(table.indexes.items()):
            if column in keys or not keys:
                del table.indexes[index]
        return f"ALTER TABLE {table.name} DROP COLUMN {'IF EXISTS ' if self.rnd.random() < 0.3 else ''}{column}"

    def add_foreign_key(self):
        table, parent = self.pick_table(), self.pick_table()
        column = self.fresh(f"{parent.noun}_ref_id")
        table.columns[column] = ["bigint", False, False]
        table.fk_columns.add(column)
        parent.referenced += 1
        constraint = f"{table.name}_{column}_fkey"[:63]
        table.constraints.add(constraint)
        return [f"ALTER TABLE {table.name} ADD COLUMN {column} bigint",
                f"ALTER TABLE {table.name} ADD CONSTRAINT {constraint} FOREIGN KEY ({column}) "
                f"REFERENCES {parent.name} (id) ON DELETE SET NULL"]

    def add_check(self):
        table = self.pick_table()
        numeric = [c for c in self.free_columns(table)
                   if table.columns[c][0] in ("integer", "bigint", "smallint", "numeric(19,4)", "numeric(24,6)")]
        if not numeric:
            return None
        column = self.rnd.choice(numeric)
        constraint = self.fresh(f"{table.name}_{column}_check")[:63]
        table.constraints.add(constraint)
        return f"ALTER TABLE {table.name} ADD CONSTRAINT {constraint} CHECK ({column} >= 0)"

    def add_unique(self):
        table = self.pick_table()
        texts = [c for c in self.free_columns(table) if table.columns[c][0].startswith("varchar")]
        if not texts:
            return None
        column = self.rnd.choice(texts)
        constraint = self.fresh(f"{table.name}_{column}_key")[:63]
        table.constraints.add(constraint)
        return f"ALTER TABLE {table.name} ADD CONSTRAINT {constraint} UNIQUE ({column})"

    def create_enum(self):
        name = self.fresh(f"{self.rnd.choice(NOUNS)}_status")
        values = self.rnd.sample(ENUM_VALUES, self.rnd.randint(3, 6))
        self.enums[name] = values
        return f"CREATE TYPE {name} AS ENUM (" + ", ".join(f"'{v}'" for v in values) + ")"

    def alter_enum(self):
        if not self.enums:
            return None
        name = self.rnd.choice(list(self.enums))
        value = self.fresh("state")
        self.enums[name].append(value)
        return f"ALTER TYPE {name} ADD VALUE '{value}'"

    def create_view(self):
        table = self.pick_table()
        columns = [c for c in table.columns if c != "id"][:4]
        name = self.fresh(f"{table.name}_summary")
        self.relations.add(name)
        self.views[name] = {table.name}
        where = " WHERE t.is_deleted = false" if "is_deleted" in table.columns else ""
        select = ", ".join(["t.id"] + [f"t.{c}" for c in columns])
        return f"CREATE OR REPLACE VIEW {name} AS\nSELECT {select}\nFROM {table.name} t{where}"

    def drop_view(self):
        if not self.views:
            return None
        name = self.rnd.choice(list(self.views))
        del self.views[name]
        return f"DROP VIEW IF EXISTS {name}"

    def create_function(self):
        name = self.fresh("touch_updated_at")
        self.functions.append(name)
        return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger\nLANGUAGE plpgsql AS $$\nBEGIN\n"
                f"    NEW.updated_at := now();\n    IF NEW.created_at IS NULL THEN\n"
                f"        NEW.created_at := now(); -- keep the row's first write\n    END IF;\n"
                f"    RETURN NEW;\nEND;\n$$")

    def create_trigger(self):
        if not self.functions:
            return None
        table = self.pick_table()
        name = self.fresh(f"{table.name}_touch")
        table.triggers.add(name)
        return (f"CREATE TRIGGER {name} BEFORE UPDATE ON {table.name}\n"
                f"FOR EACH ROW EXECUTE FUNCTION {self.rnd.choice(self.functions)}()")

    def comment(self):
        table = self.pick_table()
        if self.rnd.random() < 0.4:
            return f"COMMENT ON TABLE {table.name} IS 'Rows of {table.name}; owned by the {table.name.split('_')[0]} team'"
        column = self.rnd.choice(list(table.columns))
        return f"COMMENT ON COLUMN {table.name}.{column} IS 'The {column.replace('_', ' ')}, as entered'"

    def insert(self):
        table = self.pick_table()
        known = {stem: value for stem, _, _, _, value in COLUMNS}
        columns = [c for c in table.columns if c in known and table.columns[c][0] in [t for _, t, _, _, _ in COLUMNS]]
        if not columns:
            return None
        columns = columns[:6]
        rows = ",\n    ".join("(" + ", ".join(known[c] for c in columns) + ")"
                             for _ in range(self.rnd.randint(1, 5)))
        conflict = " ON CONFLICT DO NOTHING" if self.rnd.random() < 0.3 else ""
        return f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES\n    {rows}{conflict}"

    def backfill(self):
        table = self.pick_table()
        columns = [c for c in self.free_columns(table) if table.columns[c][0] in ("integer", "bigint", "boolean")]
        if not columns:
            return None
        column = self.rnd.choice(columns)
        value = "false" if table.columns[column][0] == "boolean" else "0"
        return f"UPDATE {table.name} SET {column} = {value} WHERE {column} IS NULL"

    def rename_column(self):
        table = self.pick_table()
        columns = [c for c in self.free_columns(table) if c not in ("created_at", "updated_at", "is_deleted")]
        if not columns or any(table.name in tables for tables in self.views.values()):
            return None
        column = self.rnd.choice(columns)
        renamed = self.fresh(column.rsplit("_", 1)[0] if column[-1].isdigit() else column)
        table.columns[renamed] = table.columns.pop(column)
        for keys in table.indexes.values():
            keys[:] = [renamed if k == column else k for k in keys]
        return f"ALTER TABLE {table.name} RENAME COLUMN {column} TO {renamed}"

    def rename_index(self):
        table = self.pick_table()
        if not table.indexes:
            return None
        index = self.rnd.choice(list(table.indexes))
        renamed = self.fresh(f"{table.name}_idx")[:60]
        table.indexes[renamed] = table.indexes.pop(index)
        if index in table.listed:
            table.listed.add(renamed)
        self.relations.add(renamed)
        return f"ALTER INDEX {index} RENAME TO {renamed}"

    def rename_table(self):
        table = self.pick_table()
        if table.referenced or any(table.name in tables for tables in self.views.values()):
            return None
        old, renamed = table.name, self.fresh(table.name.rsplit("_", 1)[0] + "_v")
        del self.tables[old]
        table.name = renamed
        self.tables[renamed] = table
        self.relations.add(renamed)
        return f"ALTER TABLE {old} RENAME TO {renamed}"

    def drop_index(self):
        table = self.pick_table()
        if not table.indexes:
            return None
        index = self.rnd.choice(list(table.indexes))
        del table.indexes[index]
        concurrently = "CONCURRENTLY " if self.rnd.random() < 0.3 else ""
        return f"DROP INDEX {concurrently}IF EXISTS {index}"

    def drop_table(self):
        table = self.pick_table()
        if table.referenced or len(self.tables) < 50 or any(table.name in t for t in self.views.values()):
            return None
        del self.tables[table.name]
        return f"DROP TABLE IF EXISTS {table.name}"

    def create_sequence(self):
        name = self.fresh("ticket_number_seq")
        self.relations.add(name)
        return f"CREATE SEQUENCE {name} START WITH 1000 INCREMENT BY 1"


KINDS = [  # (weight, kind); a kind that does not apply yet is replaced by CREATE TABLE
    (1.5, "create_table"), (15, "create_index"), (13, "add_column"), (10, "alter_column"), (3, "drop_column"),
    (4, "add_foreign_key"), (3, "add_check"), (2, "add_unique"), (1, "create_enum"), (1, "alter_enum"),
    (2, "create_view"), (0.3, "drop_view"), (2, "create_function"), (2, "create_trigger"), (10, "comment"),
    (14, "insert"), (3, "backfill"), (1, "rename_column"), (0.5, "rename_index"), (0.4, "rename_table"),
    (1, "drop_index"), (0.3, "drop_table"), (0.5, "create_sequence"),
]


def plural(noun):
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "es" if noun.endswith("s") else noun + "s"


def migration_sizes(migrations, statements, rnd):
    sizes = [rnd.randint(5, 2 * statements // migrations - 5) for _ in range(migrations)]
    while sum(sizes) != statements:
        k = rnd.randrange(migrations)
        step = 1 if sum(sizes) < statements else -1
        if sizes[k] + step >= 1:
            sizes[k] += step
    return sizes


def write_expected(generator, path, rnd):
    with open(path, "w") as out:
        out.write("dialect: postgresql\ntables:\n")
        for k, table in enumerate(generator.tables.values()):
            out.write(f"  - name: {table.name}\n    columns:\n")
            for column, (type_, not_null, has_default) in table.columns.items():
                fields = [f"name: {column}", f"type: {quoted(type_)}", f"nullable: {'false' if not_null else 'true'}"]
                if has_default and rnd.random() < 0.3:
                    fields.append("hasDefault: true")
                out.write("      - { " + ", ".join(fields) + " }\n")
            if k % 40 == 0:
                out.write("      - { name: archived_at, type: timestamptz }\n")
            out.write("    primaryKey: [id]\n")
            plain = [keys for index, keys in table.indexes.items() if index in table.listed][:3]
            if plain:
                out.write("    indexes:\n")
                for keys in plain:
                    out.write(f"      - {{ columns: [{', '.join(keys)}] }}\n")
        out.write("  - name: rate_limit_violations\n    required: false\n"
                  "    columns:\n      - { name: id, type: bigint, nullable: false }\n")


def quoted(type_):
    return f'"{type_}"' if any(c in type_ for c in ",[]") else type_


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--migrations", type=int, default=2000)
    parser.add_argument("--statements", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("out")
    args = parser.parse_args()
    generator = Generator(args.seed)
    rnd = generator.rnd
    weights = [w for w, _ in KINDS]
    kinds = [k for _, k in KINDS]
    folder = os.path.join(args.out, "migrations")
    os.makedirs(folder, exist_ok=True)
    written = 0
    pending = []
    sizes = migration_sizes(args.migrations, args.statements, rnd)
    for number, size in enumerate(sizes, start=1):
        statements, pending = pending[:size], pending[size:]
        while len(statements) < size:
            room = size - len(statements)
            kind = "create_table" if len(generator.tables) < 20 else rnd.choices(kinds, weights)[0]
            if number == len(sizes) and room == 1:
                kind = "comment"  # the last statement of all: one that is a single statement
            sql = getattr(generator, kind)() or generator.add_column()
            parts = sql if isinstance(sql, list) else [sql]
            # What does not fit opens the next migration: the generator has already counted it as applied.
            statements.extend(parts[:room])
            pending.extend(parts[room:])
        topic = f"{rnd.choice(AREAS)}_{plural(rnd.choice(NOUNS))}"
        with open(os.path.join(folder, f"V{number}__{topic}.sql"), "w") as out:
            out.write(f"-- {topic}: generated migration {number}\n\n")
            out.write(";\n\n".join(statements) + ";\n")
        written += len(statements)
    write_expected(generator, os.path.join(args.out, "schema.yml"), rnd)
    print(f"{args.migrations} migrations, {written} statements, {len(generator.tables)} tables in {args.out}")


if __name__ == "__main__":
    main()
