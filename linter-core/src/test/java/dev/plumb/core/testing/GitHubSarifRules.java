package dev.plumb.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** GitHub code scanning's upload rules that the SARIF schema does not express. */
final class GitHubSarifRules {

  static final int MAX_RUNS = 20;
  static final int MAX_RESULTS_PER_RUN = 25_000;

  private final List<String> problems = new ArrayList<>();

  private GitHubSarifRules() {
  }

  static List<String> check(JsonNode log) {
    GitHubSarifRules rules = new GitHubSarifRules();
    rules.checkLog(log);
    return List.copyOf(rules.problems);
  }

  private void checkLog(JsonNode log) {
    if (!log.path("$schema").asText("").endsWith("2.1.0.json")) {
      problems.add("$schema must end in 2.1.0.json, is " + log.path("$schema"));
    }
    JsonNode runs = log.path("runs");
    if (runs.size() > MAX_RUNS) {
      problems.add(runs.size() + " runs, at most " + MAX_RUNS + " allowed");
    }
    for (int r = 0; r < runs.size(); r++) {
      checkRun("runs[" + r + "]", runs.get(r));
    }
  }

  private void checkRun(String where, JsonNode run) {
    checkRules(where + ".tool.driver", run.path("tool").path("driver"));
    for (JsonNode extension : run.path("tool").path("extensions")) {
      checkRules(where + ".tool.extensions[" + extension.path("name").asText() + "]", extension);
    }
    JsonNode results = run.path("results");
    if (results.size() > MAX_RESULTS_PER_RUN) {
      problems.add(where + ": " + results.size() + " results, at most " + MAX_RESULTS_PER_RUN + " allowed");
    }
    for (int i = 0; i < results.size(); i++) {
      checkResult(where + ".results[" + i + "]", results.get(i));
    }
  }

  private void checkRules(String where, JsonNode component) {
    JsonNode rules = component.path("rules");
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      String ruleWhere = where + ".rules[" + i + "] (" + rule.path("id").asText("no id") + ")";
      for (String field : List.of("shortDescription", "fullDescription", "help")) {
        if (!rule.path(field).path("text").isTextual()) {
          problems.add(ruleWhere + ": no " + field + ".text");
        }
      }
    }
  }

  private void checkResult(String where, JsonNode result) {
    JsonNode physical = result.path("locations").path(0).path("physicalLocation");
    if (physical.isMissingNode()) {
      problems.add(where + ": the first location has no physicalLocation");
    } else {
      checkUri(where, physical.path("artifactLocation").path("uri"));
      if (!physical.path("region").path("startLine").isInt()) {
        problems.add(where + ": the first location has no region.startLine");
      }
    }
    if (!result.path("partialFingerprints").path("primaryLocationLineHash").isTextual()) {
      problems.add(where + ": no partialFingerprints.primaryLocationLineHash");
    }
  }

  private void checkUri(String where, JsonNode uriNode) {
    if (!uriNode.isTextual() || uriNode.asText().isEmpty()) {
      problems.add(where + ": the first location has no artifactLocation.uri");
      return;
    }
    String text = uriNode.asText();
    if (text.contains("\\")) {
      problems.add(where + ": artifactLocation.uri uses backslashes: " + text);
      return;
    }
    try {
      URI uri = new URI(text);
      if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
        problems.add(where + ": artifactLocation.uri is neither relative nor a file URI: " + text);
      }
    } catch (URISyntaxException e) {
      problems.add(where + ": artifactLocation.uri is not percent-encoded: " + text);
    }
  }
}
