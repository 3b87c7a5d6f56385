package dev.plumb.core.api;

/** A rule that looks at the schema under check as a whole (and the expected schema, where one is given). */
public interface SchemaRule extends Rule {

  void check(RuleContext context);
}
