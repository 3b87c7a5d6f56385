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
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, "cannot read: no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(displayName, "cannot read: permission denied");
    } catch (CharacterCodingException e) {
      throw new InputException(displayName, "cannot read: not UTF-8 text");
    } catch (IOException e) {
      String reason = Files.isDirectory(path) ? "it is a directory" : String.valueOf(e.getMessage());
      throw new InputException(displayName, "cannot read: " + reason);
    }
  }
}
