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
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new SqlText("", Optional.of(problem(bytes, i, name, "a binary file, not SQL text (a NUL byte "
            + "here); it is not replayed")));
      }
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = strict.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      String text = withoutBom(new String(bytes, StandardCharsets.UTF_8));
      return new SqlText(text, Optional.of(problem(bytes, bad, name, String.format("not UTF-8 text: byte 0x%02X "
          + "here cannot be read, so the file was read with replacement characters; save it as UTF-8",
          bytes[bad] & 0xFF))));
    }
    out.flip();
    return new SqlText(withoutBom(out.toString()), Optional.empty());
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
