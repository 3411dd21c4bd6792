package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as users run it: the database and the models are read from inside the jar,
 * which the unit tests (run on target/classes) never do. Run by failsafe after {@code package}.
 */
class PackagedJarIT {
  private static final Path JAR = Path.of(System.getProperty("claimcheck.jar", "target/claimcheck.jar"));

  private record Run(int exitCode, String stdout, String stderr) {}

  @Test
  void theEmbeddedDatabaseIsReadFromTheJar() throws Exception {
    Run run = run("db", "validate");

    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().matches("database ok: [1-9]\\d* claims, [1-9]\\d* concepts, [1-9]\\d* cues\\R"), run.stdout());
  }

  @Test
  void aCheckUsesTheModelsAndDatabaseInTheJar(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("draft.md");
    Files.writeString(article, """
        # Kratom and withdrawal

        Kratom cures opioid addiction. Take 15 grams of kratom powder three times a day.
        """);

    Run run = run("check", "--format", "json", "--fail-on", "none", article.toString());

    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("\"category\" : \"claim\""), run.stdout());
    assertTrue(run.stdout().contains("\"category\" : \"dosing\""), run.stdout());
  }

  private static Run run(String... args) throws IOException, InterruptedException {
    Path stderr = Files.createTempFile("claimcheck-it", ".err");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the jar did not finish");
    String err = Files.readString(stderr);
    Files.delete(stderr);
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), err);
  }
}
