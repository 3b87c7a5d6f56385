package dev.plumb.core.source.sql;

import static java.util.Objects.requireNonNull;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.SourceSpan;
import dev.plumb.core.source.InputException;
import dev.plumb.core.source.TextFiles;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a SQL file of a run as UTF-8 text. Bytes that are not such text do not stop the run, as one bad file
 * does not stop a migration tool from reporting on the others: they become a {@code sql-parse-error} problem
 * at the first bad byte. A file with bytes that are not UTF-8 is still replayed, each bad sequence read as
 * U+FFFD the way Java-based migration tools read it; a binary file (one with a NUL byte) or a UTF-16 file is
 * skipped.
 */
public final class SqlFileReader {

  /**
   * What a file gave.
   *
   * @param text the text to replay; empty for a file that is not text at all
   * @param problem what is wrong with the file's bytes, if anything
   */
  public record Content(Optional<String> text, Optional<SourceProblem> problem) {

    public Content {
      requireNonNull(text, "text is Optional, not null");
      requireNonNull(problem, "problem is Optional, not null");
    }
  }

  private SqlFileReader() {
  }

  /**
   * Reads the file; a file that cannot be read at all (missing, permission denied) is still an
   * {@link InputException}, since that is a mistake in the command, not in the file.
   */
  public static Content read(Path path, String displayName) throws InputException {
    return decode(TextFiles.readBytes(path, displayName), displayName);
  }

  /** The text of a file's bytes, or what is wrong with them. */
  public static Content decode(byte[] bytes, String displayName) {
    requireNonNull(bytes, "no bytes given");
    requireNonNull(displayName, "no display name given");
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return skipped(SourceSpan.fileStart(displayName), "UTF-16 or UTF-32 text (it starts with a byte order mark), "
          + "skipped; save the file as UTF-8");
    }
    // Editors on Windows put a byte order mark before UTF-8 text; it is not part of the SQL.
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    int nul = indexOfNul(bytes, start);
    if (nul >= 0) {
      SourceSpan at = positionAfter(bytes, start, nul, displayName);
      return skipped(at, "binary file (NUL byte at " + at.line() + ":" + at.column() + "), skipped");
    }
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    // The decoder puts U+FFFD where bytes are not UTF-8; only then is the slower search for the first one needed.
    if (text.indexOf('\uFFFD') < 0) {
      return new Content(Optional.of(text), Optional.empty());
    }
    return firstMalformedByte(bytes, start, displayName)
        .map(problem -> new Content(Optional.of(text), Optional.of(problem)))
        .orElseGet(() -> new Content(Optional.of(text), Optional.empty()));
  }

  private static Optional<SourceProblem> firstMalformedByte(byte[] bytes, int start, String displayName) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      // Only real U+FFFD characters: the text is valid UTF-8.
      return Optional.empty();
    }
    int bad = in.position();
    SourceSpan at = positionAfter(bytes, start, bad, displayName);
    String message = String.format("not UTF-8 text: byte 0x%02X at %d:%d (read as U+FFFD); save the file as UTF-8",
        bytes[bad] & 0xFF, at.line(), at.column());
    return Optional.of(new SourceProblem(SourceProblem.SQL_PARSE_ERROR, message, at, at));
  }

  /** The line and column just after {@code bytes[start, end)}, counted in characters as the splitter counts. */
  private static SourceSpan positionAfter(byte[] bytes, int start, int end, String displayName) {
    String before = new String(bytes, start, end - start, StandardCharsets.UTF_8);
    return new LineIndex(before).at(displayName, before.length());
  }

  private static Content skipped(SourceSpan at, String message) {
    return new Content(Optional.empty(),
        Optional.of(new SourceProblem(SourceProblem.SQL_PARSE_ERROR, message, at, at)));
  }

  private static int indexOfNul(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
