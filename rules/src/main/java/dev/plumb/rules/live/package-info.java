/**
 * Health rules for live databases: what the catalog says beyond the schema (invalid indexes, constraints never
 * validated, sequences running out, integrity problems), read from {@link dev.plumb.core.api.RuleContext#liveFacts()}.
 */
package dev.plumb.rules.live;
