package dev.plumb.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, kept on the rule class itself. The build indexes every class that carries it, so a rule
 * is registered by existing: there is no list to edit.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /** Kebab-case id, the same in config, suppressions, output and docs; never changes once released. */
  String id();

  Severity severity();

  /** One sentence about the defect. */
  String summary();

  /** Why it matters and when it fires; Markdown allowed. */
  String description();

  /** What to do about it, in the imperative. */
  String remediation();

  /** Rules that are noisy for most users ship switched off; config switches them on. */
  boolean enabledByDefault() default true;

  /** A grouping for docs and listings: expected, migration, safety, live, source. */
  String category();

  /**
   * For rules about locks: the lock the statement takes and what it blocks while held, e.g.
   * {@code ACCESS EXCLUSIVE on the table: blocks every read and write}. Empty for other rules.
   */
  String lock() default "";

  /** A statement the rule reports, for the docs; SQL in the rule's dialect. */
  String badExample() default "";

  /** The safe statements to write instead, for the docs. */
  String safeExample() default "";

  /** The same check in other tools, for people coming from them: {@code "Squawk require-concurrent-index-creation"}. */
  String[] equivalents() default {};
}
