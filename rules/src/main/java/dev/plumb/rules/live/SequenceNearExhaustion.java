package dev.plumb.rules.live;

import dev.plumb.core.api.FindingBuilder;
import dev.plumb.core.api.Location;
import dev.plumb.core.api.RuleContext;
import dev.plumb.core.api.RuleInfo;
import dev.plumb.core.api.RuleOption;
import dev.plumb.core.api.SchemaRule;
import dev.plumb.core.api.Severity;
import dev.plumb.core.ddl.DdlWriter;
import dev.plumb.core.model.Column;
import dev.plumb.core.model.Sequence;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.model.live.LiveFacts.SequenceUsage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A sequence that reaches its maximum makes every insert fail, at once and for every client. */
@RuleInfo(
    id = "sequence-near-exhaustion",
    severity = Severity.WARNING,
    category = "live",
    summary = "A sequence or auto-increment counter has used most of its range",
    description = "A key filled from a sequence (serial, identity, AUTO_INCREMENT) can only count up to the "
        + "largest value of its type: 2,147,483,647 for `integer`. When it gets there every insert fails with "
        + "\"nextval: reached maximum value\" or a duplicate key, and widening a big table's column takes hours. "
        + "The rule compares each sequence's last value with the lesser of its MAXVALUE and its type's range: "
        + "a warning past `threshold` percent (default 80), an error past `error-threshold` percent (default 95; "
        + "set it to 101 to keep every finding at the rule's configured severity). Options are whole percents.",
    remediation = "Widen the sequence and its column to bigint while there is time. Changing the column's type "
        + "rewrites the table and its indexes under an ACCESS EXCLUSIVE lock; on a large table add a bigint "
        + "column, backfill it in batches and swap it in instead.",
    badExample = "CREATE TABLE events (id serial PRIMARY KEY);  -- 1.9 billion rows later",
    safeExample = "ALTER SEQUENCE events_id_seq AS bigint;\nALTER TABLE events ALTER COLUMN id TYPE bigint;",
    equivalents = {"pghero sequence danger"})
public final class SequenceNearExhaustion implements SchemaRule {

  static final RuleOption<Integer> THRESHOLD = RuleOption.integer("threshold", 80,
      "Percent of the range used from which a sequence is reported as a warning.");
  static final RuleOption<Integer> ERROR_THRESHOLD = RuleOption.integer("error-threshold", 95,
      "Percent of the range used from which the finding is an error.");

  private static final Set<String> NARROW_TYPES = Set.of("smallint", "integer", "int", "int2", "int4",
      "mediumint", "tinyint", "serial", "smallserial");
  private static final long BIGINT_MAX = Long.MAX_VALUE;

  @Override
  public List<RuleOption<?>> options() {
    return List.of(THRESHOLD, ERROR_THRESHOLD);
  }

  @Override
  public void check(RuleContext context) {
    int threshold = context.option(THRESHOLD);
    int errorThreshold = context.option(ERROR_THRESHOLD);
    DdlWriter ddl = new DdlWriter(context.dialect());
    for (SequenceUsage usage : context.liveFacts().sequences()) {
      double percent = usage.usedFraction() * 100;
      if (percent < threshold || usage.lastValue().isEmpty()) {
        continue;
      }
      Optional<Column> column = usage.column().flatMap(c -> context.actual().table(c.parent())
          .flatMap(t -> t.column(c.name())));
      Optional<SourceSpan> span = Optional.ofNullable(context.actual().sequences().get(usage.sequence()))
          .flatMap(Sequence::span).or(() -> column.flatMap(Column::span));
      FindingBuilder finding = context.report(Location.of(span, usage.sequence()), String.format(Locale.ROOT,
          "Sequence %s%s has used %.1f%% of its range (%,d of %,d, %s): inserts fail once it reaches the end",
          usage.sequence(), usage.column().map(c -> " (filling " + c + ")").orElse(""), percent,
          usage.lastValue().get(), usage.maxValue(), usage.type()));
      if (percent >= errorThreshold) {
        finding.severity(Severity.ERROR);
      }
      remediate(finding, ddl, usage, context);
    }
  }

  private static void remediate(FindingBuilder finding, DdlWriter ddl, SequenceUsage usage, RuleContext context) {
    boolean narrow = NARROW_TYPES.contains(usage.type().toLowerCase(Locale.ROOT));
    if (context.dialect().isMysqlFamily()) {
      usage.column().ifPresent(c -> finding.remediation("Widen the AUTO_INCREMENT column to BIGINT, repeating "
          + "the rest of its definition; MySQL copies the table to do so:", "ALTER TABLE " + ddl.tableName(c.parent())
          + " MODIFY COLUMN " + ddl.name(c.name()) + " BIGINT NOT NULL AUTO_INCREMENT;"));
      return;
    }
    String sequence = ddl.tableName(usage.sequence());
    if (!narrow && usage.maxValue() < BIGINT_MAX) {
      finding.remediation("Lift the sequence's own limit:", "ALTER SEQUENCE " + sequence + " NO MAXVALUE;");
      return;
    }
    if (!narrow) {
      finding.remediation("The sequence counts towards the end of bigint itself: look for a large INCREMENT or "
          + "for code that skips values in large steps.");
      return;
    }
    StringBuilder sql = new StringBuilder("ALTER SEQUENCE " + sequence + " AS bigint;");
    usage.column().ifPresent(c -> sql.append("\nALTER TABLE ").append(ddl.tableName(c.parent()))
        .append(" ALTER COLUMN ").append(ddl.name(c.name())).append(" TYPE bigint;"));
    finding.remediation("Widen the sequence and its column to bigint; the column's type change rewrites the table "
        + "and its indexes under an ACCESS EXCLUSIVE lock, so on a large table add a bigint column, backfill it "
        + "in batches and swap it in instead:", sql.toString());
  }
}
