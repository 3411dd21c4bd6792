package dev.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version written into the jar at build time. */
final class Version implements CommandLine.IVersionProvider {
  static String current() {
    return property("version", "dev");
  }

  /** The project's home page, for reports that link to the tool (SARIF's informationUri). */
  static String informationUri() {
    return property("url", "https://claimcheck.dev");
  }

  private static String property(String name, String fallback) {
    try (InputStream in = Version.class.getResourceAsStream("/claimcheck.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String value = p.getProperty(name, fallback);
      return value.startsWith("${") ? fallback : value;
    } catch (IOException e) {
      return fallback;
    }
  }

  @Override
  public String[] getVersion() {
    // The runtime too: the launcher picks one, and start-up depends on which (see README).
    return new String[] {"claimcheck " + current(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
