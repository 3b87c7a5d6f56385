package dev.plumb.core.source.migration;

import dev.plumb.core.api.SourceProblem;
import dev.plumb.core.model.SourceSpan;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file's bytes as text. Not UTF-8 is a finding at the first bad byte, and the rest is read with replacement
 * characters (a Latin-1 accent in a comment should not hide the file); a binary file is not read at all.
 *
 * @param problem why the text is not exactly the file, if it is not
 */
record SqlText(String content, Optional<SourceProblem> problem) {

  static SqlText decode(byte[] bytes, String name) {
    if (startsWithUtf16Bom(bytes)) {
      return new SqlText("", Optional.of(problem(bytes, 0, name, "UTF-16 text, which Plumb does not read; save "
          + "the file as UTF-8. It is not replayed")));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new SqlText("", Optional.of(problem(bytes, i, name, "a binary file, not SQL text (a NUL byte "
            + "here); it is not replayed")));
      }
    }
    // The lenient decoding is the fast path and all a valid file needs; only a replacement character in its
    // result makes the strict (and costlier) search for a bad byte worth it.
    String text = withoutBom(new String(bytes, StandardCharsets.UTF_8));
    if (text.indexOf('\uFFFD') < 0) {
      return new SqlText(text, Optional.empty());
    }
    int bad = firstMalformedByte(bytes);
    if (bad < 0) {
      return new SqlText(text, Optional.empty());
    }
    return new SqlText(text, Optional.of(problem(bytes, bad, name, String.format("not UTF-8 text: byte 0x%02X "
        + "here cannot be read, so the file was read with replacement characters; save it as UTF-8",
        bytes[bad] & 0xFF))));
  }

  private static boolean startsWithUtf16Bom(byte[] bytes) {
    if (bytes.length < 2) {
      return false;
    }
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    return first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF;
  }

  /** The offset of the first byte that is not valid UTF-8, or -1. */
  private static int firstMalformedByte(byte[] bytes) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = strict.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  /** Editors show no column for a byte-order mark, so positions must not count it either. */
  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static SourceProblem problem(byte[] bytes, int offset, String name, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    SourceSpan where = SourceSpan.at(name, line, column);
    return new SourceProblem(SourceProblem.SQL_PARSE_ERROR, message, where, SourceSpan.fileStart(name));
  }
}
