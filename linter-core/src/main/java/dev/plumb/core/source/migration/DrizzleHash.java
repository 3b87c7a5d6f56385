package dev.plumb.core.source.migration;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash Drizzle's migrator stores in {@code __drizzle_migrations.hash}: the SHA-256, in lower-case hex, of the
 * migration file's whole text ({@code crypto.createHash('sha256').update(query).digest('hex')}).
 */
public final class DrizzleHash {

  private DrizzleHash() {
  }

  public static String of(String content) {
    requireNonNull(content, "no content given");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
