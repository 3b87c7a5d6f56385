package dev.plumb.core.report.sarif;

import static dev.plumb.core.report.JsonOutput.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumb.core.api.Finding;
import dev.plumb.core.api.RelatedLocation;
import dev.plumb.core.api.Remediation;
import dev.plumb.core.api.RuleDescriptor;
import dev.plumb.core.api.TextEdit;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns findings into SARIF {@code result} objects. */
final class SarifResults {

  /** Plumb's own fingerprint under a versioned name, so a future change of the algorithm can sit beside it. */
  static final String PLUMB_FINGERPRINT = "plumb/v1";

  private final ArtifactLocations artifacts;
  private final Map<String, Integer> ruleIndexes = new HashMap<>();

  SarifResults(ArtifactLocations artifacts, List<RuleDescriptor> rules) {
    this.artifacts = artifacts;
    for (int i = 0; i < rules.size(); i++) {
      ruleIndexes.putIfAbsent(rules.get(i).id(), i);
    }
  }

  ObjectNode of(Finding finding) {
    ObjectNode result = NODES.objectNode();
    result.put("ruleId", finding.ruleId());
    Integer ruleIndex = ruleIndexes.get(finding.ruleId());
    if (ruleIndex != null) {
      result.put("ruleIndex", ruleIndex);
    }
    result.put("level", finding.severity().id());
    result.putObject("message").put("text", finding.message());
    result.putArray("locations").add(primaryLocation(finding));
    if (!finding.related().isEmpty()) {
      ArrayNode related = result.putArray("relatedLocations");
      int id = 1;
      for (RelatedLocation location : finding.related()) {
        ObjectNode node = related.addObject();
        node.put("id", id++);
        node.set("physicalLocation", physicalLocation(location.span()));
        node.putObject("message").put("text", location.message());
      }
    }
    ObjectNode fingerprints = result.putObject("partialFingerprints");
    // GitHub would otherwise hash the source line, and two findings on one line would merge into one alert.
    fingerprints.put("primaryLocationLineHash", finding.fingerprint());
    fingerprints.put(PLUMB_FINGERPRINT, finding.fingerprint());
    ArrayNode fixes = fixes(finding.remediations());
    if (!fixes.isEmpty()) {
      result.set("fixes", fixes);
    }
    if (!finding.remediations().isEmpty()) {
      result.putObject("properties").set("remediations", remediations(finding.remediations()));
    }
    return result;
  }

  /**
   * The engine anchors every finding to a file; should one come without a span anyway, it is written with
   * its logical location only. That is valid SARIF, but GitHub code scanning rejects the whole file, which
   * is louder and more honest than pointing at a line that has nothing to do with the finding.
   */
  private ObjectNode primaryLocation(Finding finding) {
    ObjectNode location = NODES.objectNode();
    finding.location().span().ifPresent(span -> location.set("physicalLocation", physicalLocation(span)));
    finding.location().object().ifPresent(object -> location.putArray("logicalLocations").add(logical(object)));
    return location;
  }

  private ObjectNode physicalLocation(SourceSpan span) {
    ObjectNode physical = NODES.objectNode();
    physical.set("artifactLocation", artifacts.of(span.file()));
    // A SourceSpan ends on its last character; a SARIF region ends just after it.
    physical.set("region", region(span.line(), span.column(), span.endLine(), span.endColumn() + 1));
    return physical;
  }

  private static ObjectNode region(int startLine, int startColumn, int endLine, int endColumn) {
    ObjectNode region = NODES.objectNode();
    region.put("startLine", startLine);
    region.put("startColumn", startColumn);
    region.put("endLine", endLine);
    region.put("endColumn", endColumn);
    return region;
  }

  /**
   * Only a schema is certainly a namespace; a path of two parts may be a table, view, index or sequence and
   * one of three a column or a constraint, so no kind is claimed for them.
   */
  private static ObjectNode logical(ObjectPath object) {
    ObjectNode logical = NODES.objectNode();
    logical.put("name", object.name());
    logical.put("fullyQualifiedName", object.toString());
    if (object.depth() == 1) {
      logical.put("kind", "namespace");
    }
    return logical;
  }

  private ArrayNode fixes(List<Remediation> remediations) {
    ArrayNode fixes = NODES.arrayNode();
    for (Remediation remediation : remediations) {
      if (remediation.edits().isEmpty()) {
        continue;
      }
      ObjectNode fix = fixes.addObject();
      fix.putObject("description").put("text", remediation.description());
      ArrayNode changes = fix.putArray("artifactChanges");
      for (Map.Entry<String, List<TextEdit>> file : editsByFile(remediation.edits()).entrySet()) {
        ObjectNode change = changes.addObject();
        change.set("artifactLocation", artifacts.of(file.getKey()));
        ArrayNode replacements = change.putArray("replacements");
        for (TextEdit edit : file.getValue()) {
          ObjectNode replacement = replacements.addObject();
          // TextEdit ranges already end just after the last character, as SARIF's do.
          replacement.set("deletedRegion",
              region(edit.startLine(), edit.startColumn(), edit.endLine(), edit.endColumn()));
          if (!edit.newText().isEmpty()) {
            replacement.putObject("insertedContent").put("text", edit.newText());
          }
        }
      }
    }
    return fixes;
  }

  private static Map<String, List<TextEdit>> editsByFile(List<TextEdit> edits) {
    Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
    for (TextEdit edit : edits) {
      byFile.computeIfAbsent(edit.file(), file -> new ArrayList<>()).add(edit);
    }
    return byFile;
  }

  /** Every remediation in plain form, so that tools can read the SQL that SARIF has no field for. */
  private static ArrayNode remediations(List<Remediation> remediations) {
    ArrayNode array = NODES.arrayNode();
    for (Remediation remediation : remediations) {
      ObjectNode node = array.addObject();
      node.put("description", remediation.description());
      remediation.sql().ifPresent(sql -> node.put("sql", sql));
    }
    return array;
  }
}
