package dev.claimcheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The main class as spark-submit runs it: options, exit codes, the summary on stdout and one line
 * on stderr for every problem. The runs start and stop their own local Spark.
 */
class CheckJobTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = CheckJob.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void checksADatasetAndPrintsTheSummary() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.write(input, List.of(
        "{\"id\":\"a\",\"text\":\"Take 40 grams of kratom every day.\"}",
        "{\"id\":\"b\",\"text\":\"# Kratom\\n\\nKratom is a proven treatment for opioid withdrawal.\",\"format\":\"markdown\"}",
        "{\"id\":\"c\"}"));
    Path out = dir.resolve("out");
    Run r = run("--master", "local[2]", "--input", input.toString(), "--output", out.toString(), "--output-format", "JSONL",
        "--partitions", "2");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("(?s)3 rows: 2 articles checked, \\d+ findings, 1 errors in [0-9.]+ s \\(\\d+ articles/s\\)\\s*"), r.out());
    for (String name : CheckRun.OUTPUTS) {
      assertTrue(Files.exists(out.resolve(name).resolve("_SUCCESS")), name);
    }

    Run again = run("--master", "local[2]", "--input", input.toString(), "--output", out.toString());
    assertEquals(2, again.exit());
    assertEquals("claimcheck-spark: " + out.resolve("findings")
        + ": already exists (give another --output, or --overwrite to replace it)\n", again.err());
  }

  @Test
  void aMissingInputIsOneLineAndExit2() {
    Run r = run("--master", "local[2]", "--input", dir.resolve("nothing.jsonl").toString(), "--output", dir.resolve("o").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().matches("claimcheck-spark: \\[PATH_NOT_FOUND\\] Path does not exist: file:.*nothing\\.jsonl\\.?\n"), r.err());
  }

  @Test
  void usageErrorsExit2BeforeSparkStarts() {
    Run missing = run("--input", "in.jsonl");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("Missing required option: '--output=DIR'"), missing.err());

    Run format = run("--input", "in", "--output", "out", "--input-format", "csv");
    assertEquals(2, format.exit());
    assertTrue(format.err().startsWith("Invalid value for option '--input-format': expected one of [JSONL, PARQUET]"), format.err());

    Run size = run("--input", "in", "--output", "out", "--max-text-size", "5XB");
    assertEquals(2, size.exit());
    assertTrue(size.err().startsWith("Invalid value for option '--max-text-size': '5XB' is not a size such as 500KB or 10MB"),
        size.err());

    Run partitions = run("--master", "local[2]", "--input", "in", "--output", "out", "--partitions", "0");
    assertEquals(2, partitions.exit());
    assertEquals("claimcheck-spark: --partitions must be at least 1, not 0\n", partitions.err());

    Run noMaster = run("--input", "in", "--output", "out");
    assertEquals(2, noMaster.exit());
    assertEquals("claimcheck-spark: no Spark master: run it with spark-submit, or give --master (e.g. local[*])\n", noMaster.err());
  }

  @Test
  void sizesReadAsTheCliReadsThem() {
    CheckJob.SizeConverter sizes = new CheckJob.SizeConverter();
    assertEquals(2048L, sizes.convert("2KB"));
    assertEquals(10L * 1024 * 1024, sizes.convert("10mb"));
    assertEquals(500L, sizes.convert("500"));
    assertEquals(1024L * 1024 * 1024, sizes.convert("1GB"));
    for (String bad : List.of("0", "2GB", "9999999999999G", "-1", "ten")) {
      try {
        sizes.convert(bad);
        throw new AssertionError("accepted " + bad);
      } catch (CommandLine.TypeConversionException expected) {
        // refused, as it should be
      }
    }
  }
}
