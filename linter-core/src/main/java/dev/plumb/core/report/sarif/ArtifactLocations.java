package dev.plumb.core.report.sarif;

import static dev.plumb.core.report.JsonOutput.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns file names as the user gave them into SARIF artifact locations. GitHub maps a location to a file of
 * the repository only through a relative, percent-encoded URI with forward slashes, so files under the base
 * directory get one relative to {@code %SRCROOT%}; files elsewhere can only be named by an absolute file URI.
 */
final class ArtifactLocations {

  static final String SOURCE_ROOT = "%SRCROOT%";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final Path base;

  ArtifactLocations(Path baseDirectory) {
    this.base = baseDirectory.toAbsolutePath().normalize();
  }

  /** The file URI of the base directory; SARIF requires a base URI to end with a slash. */
  String baseUri() {
    String uri = base.toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  ObjectNode of(String file) {
    Path absolute = base.resolve(file).normalize();
    ObjectNode location = NODES.objectNode();
    if (absolute.startsWith(base) && !absolute.equals(base)) {
      location.put("uri", relativeUri(base.relativize(absolute)));
      location.put("uriBaseId", SOURCE_ROOT);
    } else {
      location.put("uri", absolute.toUri().toASCIIString());
    }
    return location;
  }

  private static String relativeUri(Path relative) {
    StringBuilder uri = new StringBuilder();
    for (Path segment : relative) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      percentEncode(segment.toString(), uri);
    }
    return uri.toString();
  }

  /**
   * Keeps only RFC 3986 unreserved characters; encoding more than strictly needed is harmless, while a ':' or
   * '#' left alone would change what the URI means.
   */
  private static void percentEncode(String segment, StringBuilder out) {
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (isUnreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
