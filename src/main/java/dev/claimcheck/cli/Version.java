package dev.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version written into the jar at build time. */
final class Version implements CommandLine.IVersionProvider {
  static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/claimcheck.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"claimcheck " + current()};
  }
}
