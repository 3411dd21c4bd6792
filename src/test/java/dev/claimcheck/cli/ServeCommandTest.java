package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code claimcheck serve} refuses bad settings with one line and exit 2, before it listens. */
@Timeout(120)
class ServeCommandTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--port 70000 | --port must be 0 to 65535",
      "--timeout 0 | --timeout must be more than 0",
      "--workers 0 | --workers must be 1 to 1024",
      "--queue -1 | --queue must be 0 to 100000",
      "--cors cms.example.org | --cors takes an origin",
      "--cors https://cms.example.org/path | --cors takes an origin",
      "--max-body 2GB | must be more than 0 and at most 1GB",
      "--token-file /nonexistent/token | cannot read the token file"})
  void badSettingsAreOneLineAndExit2(String options, String message) {
    Run run = serve(options.split(" "));
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
    // The first line says what is wrong (picocli adds the usage after a value it cannot convert).
    assertTrue(run.err().lines().findFirst().orElse("").contains(message), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void anEmptyTokenFileIsRefused(@TempDir Path dir) throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "  \n");
    Run run = serve("--token-file", token.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.code());
    assertTrue(run.err().contains("is empty"), run.err());
  }

  @Test
  void aPortInUseIsOneLineAndExit2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run run = serve("--port", Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.code(), run.err());
      assertTrue(run.err().startsWith("claimcheck serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
    }
  }

  private record Run(int code, String err) {}

  private static Run serve(String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "serve";
    System.arraycopy(options, 0, args, 1, options.length);
    StringWriter err = new StringWriter();
    CommandLine cmd = ClaimCheckCommand.newCommandLine(args);
    cmd.setOut(new PrintWriter(new StringWriter()));
    cmd.setErr(new PrintWriter(err));
    return new Run(cmd.execute(args), err.toString());
  }
}
