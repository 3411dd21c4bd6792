package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interrupted batch (SIGINT) leaves the previous report file untouched, with no half-written
 * temporary file beside it, and says which files were done. Runs claimcheck as a real process: the
 * batch waits on standard input, which the test keeps open, so the signal always arrives mid-batch.
 */
class InterruptTest {
  @TempDir Path dir;

  @Test
  void sigintLeavesThePreviousReportAndSaysWhatWasDone() throws Exception {
    Files.writeString(dir.resolve("good.md"), "Kratom is a plant from Southeast Asia.\n");
    Path report = Files.writeString(dir.resolve("out.json"), "previous report\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.claimcheck.Main",
        "check", "--no-config", "--no-progress", "--jobs", "1", "--format", "json", "--output", "out.json",
        "missing-1.md", "good.md", "missing-2.md", "-")
        .directory(dir.toFile())
        .start();
    List<String> errLines = new ArrayList<>();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      // missing-2.md's error line means the three files before stdin are done; stdin stays open.
      String line;
      while ((line = err.readLine()) != null) {
        errLines.add(line);
        if (line.startsWith("missing-2.md: ")) {
          break;
        }
      }
      Thread.sleep(1_000); // its result reaches the report just after its error line
      signal(p, "INT");
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        signal(p, "TERM"); // SIGINT ignored where this runs (a background job): same shutdown path
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "claimcheck did not stop");
      while ((line = err.readLine()) != null) {
        errLines.add(line);
      }
    } finally {
      p.destroyForcibly();
      p.getOutputStream().close();
    }
    assertTrue(p.exitValue() == 130 || p.exitValue() == 143, "exit " + p.exitValue());
    assertEquals(List.of(
        "missing-1.md: no such file",
        "missing-2.md: no such file",
        "claimcheck: interrupted after 3 of 4 files (done: missing-1.md, good.md, missing-2.md);"
            + " no report written, out.json is as it was"), errLines);
    assertEquals("previous report\n", Files.readString(report));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("good.md", "out.json"), files.map(f -> f.getFileName().toString()).sorted().toList(),
          "no temporary report left behind");
    }
  }

  private static void signal(Process p, String signal) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
  }
}
