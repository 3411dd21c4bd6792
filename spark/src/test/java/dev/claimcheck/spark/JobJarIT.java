package dev.claimcheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job jar, run as spark-submit runs it: its own JVM, Spark's jars beside it on the
 * class path and Spark's Java 17 options. Catches what the unit tests cannot: a class the jar
 * lacks, or a second copy of one Spark already has.
 */
class JobJarIT {
  private static final Path JAR = Path.of(System.getProperty("job.jar"));

  @TempDir Path dir;

  @Test
  void theJarLeavesSparkAndItsJacksonToTheCluster() throws Exception {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(e -> e.getName()).toList();
      assertTrue(names.contains("dev/claimcheck/spark/CheckJob.class"));
      assertTrue(names.contains("dev/claimcheck/api/ClaimChecker.class"));
      assertTrue(names.contains("picocli/CommandLine.class"));
      assertFalse(names.stream().anyMatch(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/")));
      assertFalse(names.stream().anyMatch(n -> n.startsWith("com/fasterxml/jackson/databind/")));
      assertEquals("dev.claimcheck.spark.CheckJob", jar.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }

  @Test
  void theJarChecksADatasetOnSparksClassPath() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.write(input, List.of(
        "{\"id\":\"a\",\"text\":\"Kratom is a proven treatment for opioid withdrawal. Take 40 grams of kratom every day.\"}",
        "{\"id\":\"b\",\"text\":\"Kratom is safe.\",\"format\":\"docx\"}"));
    Path out = dir.resolve("out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("spark.java.options").trim().split("\\s+")));
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dlog4j2.configurationFile=" + Path.of("target/test-classes/log4j2.properties").toAbsolutePath());
    command.addAll(List.of("-cp", JAR + File.pathSeparator + System.getProperty("spark.classpath"),
        "dev.claimcheck.spark.CheckJob", "--master", "local[1]", "--input", input.toString(), "--output", out.toString(),
        "--output-format", "jsonl"));
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    if (!p.waitFor(4, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the job did not finish in 4 minutes");
    }
    String stdout = Files.readString(dir.resolve("stdout"));
    String stderr = Files.readString(dir.resolve("stderr"));
    assertEquals(0, p.exitValue(), stdout + stderr);
    assertTrue(stdout.matches("(?s)2 rows: 1 articles checked, [1-9]\\d* findings, 1 errors in .*"), stdout);
    String errors = readPart(out.resolve("errors"));
    assertTrue(errors.contains("\"reason\":\"unknown format 'docx' (expected text, markdown or html)\""), errors);
    String findings = readPart(out.resolve("findings"));
    assertTrue(findings.contains("\"category\":\"dosing\""), findings);
    assertTrue(findings.contains("\"category\":\"claim\""), findings);
  }

  private static String readPart(Path output) throws Exception {
    StringBuilder all = new StringBuilder();
    try (var parts = Files.list(output)) {
      for (Path part : parts.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        all.append(Files.readString(part));
      }
    }
    return all.toString();
  }
}
