package dev.plumb.core.source.migration;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumb.core.model.SourceSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Drizzle's {@code meta/_journal.json}: the migrations of its folder, by {@code tag}, in {@code idx} order. */
final class DrizzleJournal {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One journal entry and where it is written. */
  record Entry(String tag, long idx, long when, SourceSpan span) {
  }

  /** The journal cannot be read; the message is for people and names the place. */
  static final class Unreadable extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SourceSpan where;

    Unreadable(SourceSpan where, String message) {
      super(message);
      this.where = where;
    }

    SourceSpan where() {
      return where;
    }
  }

  private DrizzleJournal() {
  }

  /** The entries in apply order: by {@code idx}, then {@code when}. */
  static List<Entry> read(MigrationFile journal) throws Unreadable {
    List<Entry> entries = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(journal.content())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new Unreadable(at(journal, parser.currentTokenLocation()), "expected a JSON object with 'entries'");
      }
      boolean found = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!field.equals("entries")) {
          parser.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw new Unreadable(at(journal, parser.currentTokenLocation()), "'entries' must be a list");
        }
        found = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          SourceSpan span = at(journal, parser.currentTokenLocation());
          entries.add(entry(JSON.readTree(parser), entries.size(), span));
        }
      }
      if (!found) {
        throw new Unreadable(SourceSpan.fileStart(journal.name()), "no 'entries' list");
      }
    } catch (JsonProcessingException e) {
      throw new Unreadable(at(journal, e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new Unreadable(SourceSpan.fileStart(journal.name()), "cannot read: " + e.getMessage());
    }
    entries.sort(Comparator.comparingLong(Entry::idx).thenComparingLong(Entry::when));
    return entries;
  }

  private static Entry entry(JsonNode node, int position, SourceSpan span) throws Unreadable {
    JsonNode tag = node.path("tag");
    if (!tag.isTextual() || tag.asText().isBlank()) {
      throw new Unreadable(span, "journal entry " + (position + 1) + " has no 'tag'");
    }
    JsonNode idx = node.path("idx");
    return new Entry(tag.asText(), idx.canConvertToLong() ? idx.asLong() : position, node.path("when").asLong(0),
        span);
  }

  private static SourceSpan at(MigrationFile journal, JsonLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return SourceSpan.fileStart(journal.name());
    }
    return SourceSpan.at(journal.name(), location.getLineNr(), location.getColumnNr());
  }
}
