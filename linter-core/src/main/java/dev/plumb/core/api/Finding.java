package dev.plumb.core.api;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** One reported defect: which rule, how bad, what, where, and how to fix it. */
public record Finding(String ruleId, Severity severity, String message, Location location,
                      List<RelatedLocation> related, List<Remediation> remediations) {

  public Finding {
    requireNonNull(ruleId, "no rule id given");
    requireNonNull(severity, "no severity given");
    requireNonNull(message, "no message given");
    requireNonNull(location, "no location given");
    related = List.copyOf(requireNonNull(related, "no related locations given"));
    remediations = List.copyOf(requireNonNull(remediations, "no remediations given"));
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, message, location, related, remediations);
  }

  /**
   * Identifies the finding across runs from facts that survive unrelated edits: the rule, the object, the file
   * and the message, never the line, which moves. The file and message keep apart two findings of one rule about
   * one table (an index built without CONCURRENTLY in two migrations), which GitHub would merge into one alert.
   */
  public String fingerprint() {
    String identity = ruleId + "|" + location.object().map(Object::toString).orElse("") + "|"
        + location.span().map(s -> s.file()).orElse("") + "|" + message;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }
}
