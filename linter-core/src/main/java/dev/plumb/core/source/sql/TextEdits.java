package dev.plumb.core.source.sql;

/**
 * Changes to a statement's text that keep every other character where it was, so positions read from the
 * changed text are positions in the file: blanked runs keep their line breaks, replacements are as long as what
 * they replace.
 */
final class TextEdits {

  private final StringBuilder text;

  TextEdits(String text) {
    this.text = new StringBuilder(text);
  }

  /** Turns {@code start..end} into blanks, line breaks kept. */
  TextEdits blank(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        text.setCharAt(i, ' ');
      }
    }
    return this;
  }

  /** Writes {@code replacement} over as many characters at {@code start}. */
  TextEdits replace(int start, String replacement) {
    text.replace(start, start + replacement.length(), replacement);
    return this;
  }

  String result() {
    return text.toString();
  }
}
