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
 *
 * @param upTransactional what the up marker's {@code transaction:} option says; empty without one
 */
record DbmateSections(Optional<String> up, Optional<String> down, Optional<Boolean> upTransactional) {

  /** dbmate allows options after the marker: {@code -- migrate:up transaction:false}. */
  static final Pattern MARKER = Pattern.compile("^[ \\t]*--[ \\t]*migrate:(up|down)\\b(.*)$", Pattern.MULTILINE);

  private record Marker(int start, String kind, String options) {
  }

  static DbmateSections of(String content) {
    List<Marker> markers = new ArrayList<>();
    Matcher marker = MARKER.matcher(content);
    while (marker.find()) {
      markers.add(new Marker(marker.start(), marker.group(1), marker.group(2)));
    }
    Optional<Marker> up = first(markers, "up");
    return new DbmateSections(up.map(m -> section(content, markers, m)),
        first(markers, "down").map(m -> section(content, markers, m)),
        up.flatMap(m -> transactional(m.options())));
  }

  private static Optional<Marker> first(List<Marker> markers, String kind) {
    return markers.stream().filter(m -> m.kind().equals(kind)).findFirst();
  }

  /** The section of the marker, running to the next marker or the end of the file. */
  private static String section(String content, List<Marker> markers, Marker marker) {
    int next = markers.indexOf(marker) + 1;
    int end = next < markers.size() ? markers.get(next).start() : content.length();
    return blankOutside(content, marker.start(), end);
  }

  /**
   * Read as dbmate reads options: {@code key:value} pairs split by blanks, and only the exact value
   * {@code false} turns the transaction off.
   */
  private static Optional<Boolean> transactional(String options) {
    Optional<Boolean> transactional = Optional.empty();
    for (String pair : options.strip().split("\\s+")) {
      String[] keyAndValue = pair.split(":", -1);
      if (keyAndValue.length == 2 && keyAndValue[0].equals("transaction")) {
        transactional = Optional.of(!keyAndValue[1].equals("false"));
      }
    }
    return transactional;
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
