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

  /** Javalin, Jetty and Kotlin survive the shading: the jar serves a check and stops on SIGTERM. */
  @Test
  void theJarServes() throws Exception {
    Process server = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString(),
        "serve", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      java.util.regex.Matcher port = java.util.regex.Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)").matcher(String.valueOf(line));
      assertTrue(port.find(), String.valueOf(line));
      java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port.group(1) + "/v1/check"))
              .timeout(java.time.Duration.ofSeconds(60)).header("Content-Type", "text/plain")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Take 15 grams of kratom powder three times a day.")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains("\"category\" : \"dosing\""), answer.body());
      server.destroy();
      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
      assertEquals(143, server.exitValue());
    } finally {
      server.destroyForcibly();
    }
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
