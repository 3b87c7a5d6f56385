package dev.plumb.core.source.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- migrate:up} and {@code -- migrate:down} sections of a dbmate file. Each text is the whole file
 * with everything outside its section blanked to spaces, line breaks kept, so that every position in it is
 * the position in the file.
 */
record DbmateSections(Optional<String> up, Optional<String> down) {

  /** dbmate allows options after the marker: {@code -- migrate:up transaction:false}. */
  static final Pattern MARKER = Pattern.compile("^[ \\t]*--[ \\t]*migrate:(up|down)\\b.*$", Pattern.MULTILINE);

  private record Marker(int start, String kind) {
  }

  static DbmateSections of(String content) {
    List<Marker> markers = new ArrayList<>();
    Matcher marker = MARKER.matcher(content);
    while (marker.find()) {
      markers.add(new Marker(marker.start(), marker.group(1)));
    }
    return new DbmateSections(section(content, markers, "up"), section(content, markers, "down"));
  }

  /** The first section of the kind, running to the next marker or the end of the file. */
  private static Optional<String> section(String content, List<Marker> markers, String kind) {
    for (int i = 0; i < markers.size(); i++) {
      if (markers.get(i).kind().equals(kind)) {
        int end = i + 1 < markers.size() ? markers.get(i + 1).start() : content.length();
        return Optional.of(blankOutside(content, markers.get(i).start(), end));
      }
    }
    return Optional.empty();
  }

  static String blankOutside(String content, int start, int end) {
    StringBuilder text = new StringBuilder(content.length());
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      boolean inside = i >= start && i < end;
      text.append(inside || c == '\n' || c == '\r' ? c : ' ');
    }
    return text.toString();
  }
}
