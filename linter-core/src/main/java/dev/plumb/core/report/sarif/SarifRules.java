package dev.plumb.core.report.sarif;

import static dev.plumb.core.report.JsonOutput.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.core.api.RuleDescriptor;
import java.util.List;

/**
 * The {@code tool.driver.rules} of a run. GitHub rejects a rule without short and full description and help
 * text, and shows {@code help.markdown} but never {@code helpUri}, so the pointer to the rule's page is in
 * the Markdown.
 */
final class SarifRules {

  private SarifRules() {
  }

  static ArrayNode of(List<RuleDescriptor> rules) {
    ArrayNode array = NODES.arrayNode();
    for (RuleDescriptor rule : rules) {
      array.add(of(rule));
    }
    return array;
  }

  private static ObjectNode of(RuleDescriptor rule) {
    ObjectNode node = NODES.objectNode();
    node.put("id", rule.id());
    node.put("name", pascalCase(rule.id()));
    node.putObject("shortDescription").put("text", rule.summary());
    node.putObject("fullDescription").put("text", rule.description());
    ObjectNode help = node.putObject("help");
    help.put("text", helpText(rule));
    help.put("markdown", helpMarkdown(rule));
    node.putObject("defaultConfiguration").put("level", rule.defaultSeverity().id());
    node.putObject("properties").putArray("tags").add(rule.category());
    return node;
  }

  /** {@code adding-not-null-column} becomes {@code AddingNotNullColumn}, the rule's class name. */
  static String pascalCase(String id) {
    StringBuilder name = new StringBuilder(id.length());
    for (String word : id.split("[-_]")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
    }
    return name.toString();
  }

  private static String helpText(RuleDescriptor rule) {
    if (rule.remediation().isBlank()) {
      return rule.description();
    }
    return rule.description() + "\n\nHow to fix: " + rule.remediation();
  }

  private static String helpMarkdown(RuleDescriptor rule) {
    StringBuilder markdown = new StringBuilder();
    markdown.append("# ").append(rule.summary()).append("\n\n");
    markdown.append(rule.description()).append("\n\n");
    if (!rule.remediation().isBlank()) {
      markdown.append("## How to fix\n\n").append(rule.remediation()).append("\n\n");
    }
    // Relative on purpose: Plumb has no published documentation site, and the page lives beside the code.
    String page = "docs/rules/" + rule.id() + ".md";
    markdown.append("Rule documentation: [").append(page).append("](").append(page).append(")\n");
    return markdown.toString();
  }
}
