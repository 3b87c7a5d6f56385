package dev.plumb.core.source;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input files as UTF-8 text, turning every I/O failure into a one-line {@link InputException}. */
public final class TextFiles {

  private TextFiles() {
  }

  /** The file's text, or an {@link InputException} saying in a few words why it cannot be read. */
  public static String readText(Path path, String displayName) throws InputException {
    requireNonNull(path, "no path given");
    requireNonNull(displayName, "no display name given");
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannotRead(path, displayName, e);
    }
  }

  /** The file's bytes, for callers that decide themselves what to make of bytes that are not text. */
  public static byte[] readBytes(Path path, String displayName) throws InputException {
    requireNonNull(path, "no path given");
    requireNonNull(displayName, "no display name given");
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw cannotRead(path, displayName, e);
    }
  }

  private static InputException cannotRead(Path path, String displayName, IOException failure) {
    String reason;
    if (failure instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (failure instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (failure instanceof CharacterCodingException) {
      reason = "not UTF-8 text";
    } else {
      reason = Files.isDirectory(path) ? "it is a directory" : String.valueOf(failure.getMessage());
    }
    return new InputException(displayName, "cannot read: " + reason);
  }
}
