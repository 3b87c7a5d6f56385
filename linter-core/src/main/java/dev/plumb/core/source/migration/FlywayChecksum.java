package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway stores in {@code flyway_schema_history.checksum} for a SQL migration: a CRC32 updated with
 * the UTF-8 bytes of each line without its terminator, after a byte order mark is dropped, as a signed 32-bit
 * number. So CRLF and LF files, and a file with or without a final newline, have the same checksum.
 */
public final class FlywayChecksum {

  private FlywayChecksum() {
  }

  public static int of(String content) {
    requireNonNull(content, "no content given");
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    CRC32 crc = new CRC32();
    // BufferedReader ends lines at \n, \r and \r\n, exactly as Flyway's reader does.
    try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return (int) crc.getValue();
  }
}
