package dev.plumb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version the build stamped into the jar. */
public final class PlumbVersion implements IVersionProvider {

  public static String current() {
    Properties properties = new Properties();
    try (InputStream in = PlumbVersion.class.getResourceAsStream("/plumb-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"plumb " + current()};
  }
}
