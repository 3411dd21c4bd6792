package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.check.Check;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI contract: exit codes, one-line errors, other files still reported, the JSON shape. */
class CheckCommandTest {
  @TempDir Path dir;

  /** Output, error output and exit code of one run. */
  record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  static Run run(String... args) {
    return run(List.of(), args);
  }

  /** Runs with {@code extraChecks} added to the built-in checks. */
  static Run run(List<Check> extraChecks, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = ClaimCheckCommand.newCommandLine(new TestCommands(extraChecks));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path bytes(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  /** A database with one unsupported (warning) claim about a made-up herb, so tests do not depend on kratom content. */
  private Path herbDb() throws IOException {
    return HerbDatabase.write(dir);
  }

  @Test
  void missingFileIsOneLineAndOtherFilesAreStillReported() throws Exception {
    Path good = file("good.txt", "Zorbleweed can cure everything, its fans say.\n");
    Run r = run("check", "--format", "json", "--db", herbDb().toString(), dir.resolve("missing.txt").toString(), good.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).contains("missing.txt") && r.errLines().get(0).contains("no such file"), r.err());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertEquals(2, report.get("files").size());
    JsonNode goodFile = report.get("files").get(1);
    assertEquals("ZORBLEWEED_CURES_EVERYTHING", goodFile.get("findings").get(0).get("claim").get("id").asText());
  }

  @Test
  void badInputsEachGiveOneLineAndExitTwo() throws Exception {
    Path directory = Files.createDirectories(dir.resolve("adir"));
    Path binary = bytes("bin.dat", new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00});
    Path invalid = bytes("bad.txt", new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    Path empty = file("empty.txt", "");
    Path blank = file("blank.txt", "  \n\n\t \n");
    for (Path p : List.of(directory, binary, invalid, empty, blank)) {
      Run r = run("check", p.toString());
      assertEquals(2, r.code(), p + ": " + r.err());
      assertEquals(1, r.errLines().size(), p + ": " + r.err());
      assertTrue(r.errLines().get(0).startsWith(p.toString() + ": "), r.err());
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }
  }

  @Test
  void malformedDatabaseIsExitTwoWithLocation() throws Exception {
    Path db = Files.createDirectories(dir.resolve("baddb"));
    Files.writeString(db.resolve("broken.yaml"), "topic: x\nclaims: [\n");
    Run r = run("check", "--db", db.toString(), file("a.txt", "Hello there.").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("broken.yaml: line "), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void failOnDecidesTheExitCode() throws Exception {
    Path article = file("a.txt", "Zorbleweed can cure everything.\n");
    String db = herbDb().toString();
    assertEquals(0, run("check", "--db", db, article.toString()).code(), "a warning is below the default --fail-on error");
    assertEquals(1, run("check", "--db", db, "--fail-on", "warning", article.toString()).code());
    assertEquals(0, run("check", "--db", db, "--fail-on", "none", article.toString()).code());
    assertEquals(2, run("check", "--fail-on", "sometimes", article.toString()).code());
  }

  @Test
  void textReportIsCompilerStyle() throws Exception {
    Path article = file("a.txt", "Intro line.\nSome say zorbleweed can cure everything.\n");
    Run r = run("check", "--db", herbDb().toString(), "--no-color", article.toString());
    assertTrue(r.out().contains(article + ":2:1: warning "), r.out());
    assertTrue(r.out().contains("[ZORBLEWEED_CURES_EVERYTHING]"), r.out());
    assertTrue(r.out().contains("https://example.org/zorble"), r.out());
    assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
  }

  @Test
  void jsonSpansAreCodePointsIntoTheDecodedFile() throws Exception {
    // A BOM, an emoji (two UTF-16 chars) and a CRLF before the finding.
    String text = "\uFEFFGreat \uD83D\uDE00 news.\r\nZorbleweed can cure everything.\r\n";
    Path article = bytes("e.txt", text.getBytes(StandardCharsets.UTF_8));
    Run r = run("check", "--format", "json", "--db", herbDb().toString(), article.toString());
    JsonNode f = new ObjectMapper().readTree(r.out()).get("files").get(0).get("findings").get(0);
    String decoded = text.substring(1);
    int expectedStart = decoded.codePointCount(0, decoded.indexOf("Zorbleweed"));
    assertEquals(expectedStart, f.get("span").get("start").asInt());
    assertEquals(2, f.get("span").get("line").asInt());
    assertEquals(1, f.get("span").get("column").asInt());
    assertEquals("claim", f.get("category").asText());
    assertEquals("warning", f.get("severity").asText());
    assertEquals("unsupported", f.get("claim").get("rating").asText());
    assertTrue(f.get("claim").get("sources").get(0).has("url"));
    assertEquals("claimcheck", new ObjectMapper().readTree(r.out()).get("tool").get("name").asText());
  }

  @Test
  void sentencesJsonGivesSpans() throws Exception {
    Path article = file("s.txt", "Take approx. 2 g daily. See Dr. Smith first.\n- A bullet item\n");
    Run r = run("sentences", "--format", "json", article.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode sentences = new ObjectMapper().readTree(r.out()).get("files").get(0).get("sentences");
    assertEquals(3, sentences.size(), r.out());
    assertEquals("Take approx. 2 g daily.", sentences.get(0).get("text").asText());
    assertEquals(0, sentences.get(0).get("start").asInt());
    assertEquals(23, sentences.get(0).get("end").asInt());
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertEquals(2, run().code());
    assertEquals(2, run("frobnicate").code());
  }
}
