package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.cli.CheckCommandTest.Run;
import dev.claimcheck.segment.SentenceSplitter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input matrix of issue 6: every kind of bad input gets exactly one line on stderr that
 * starts with the path and says what is wrong, exit code 2, no stack trace, and the good files of
 * the same run are still checked and reported. Inputs that are odd but readable (UTF-16, a 5 MB
 * line, 100,000 list items, deep nesting, malformed Markdown and HTML, odd file names) are checked
 * normally.
 *
 * <p>Each refusal runs in a batch {@code good-1.txt BAD good-2.txt} with the JSON report, so that
 * "the other files' results intact" is asserted every time.
 */
class BadInputMatrixTest {
  @TempDir Path dir;
  private Path db;
  private Path good1;
  private Path good2;

  @BeforeEach
  void goodFilesAndDatabase() throws IOException {
    db = HerbDatabase.write(dir);
    good1 = Files.writeString(dir.resolve("good-1.txt"), "Intro line.\n" + HerbDatabase.CLAIM_SENTENCE + "\n");
    good2 = Files.writeString(dir.resolve("good-2.md"), "# Title\n\nSome say " + HerbDatabase.CLAIM_SENTENCE + "\n");
  }

  // --- refused inputs ----------------------------------------------------------------------------

  @Test
  void emptyFile() throws IOException {
    Path bad = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertRefused(bad.toString(), bad + ": empty file");
  }

  @Test
  void onlyWhiteSpace() throws IOException {
    Path bad = Files.writeString(dir.resolve("blank.md"), " \n\t\r\n\u00a0 \n");
    assertRefused(bad.toString(), bad + ": no text to check (only white space or markup)");
  }

  @Test
  void binaryFile() throws IOException {
    Path bad = Files.write(dir.resolve("photo.jpg.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    assertRefused(bad.toString(), bad + ": binary file (contains NUL bytes)");
  }

  @Test
  void invalidUtf8() throws IOException {
    Path bad = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));
    assertRefused(bad.toString(), bad + ": not valid UTF-8 (byte 3)");
  }

  @Test
  void overTheDefaultSizeLimitIsRefusedBeforeReading() throws IOException {
    Path bad = dir.resolve("huge.txt");
    try (RandomAccessFile file = new RandomAccessFile(bad.toFile(), "rw")) {
      file.setLength(10L * 1024 * 1024 + 1); // sparse: costs no disk and, refused by size, no reading
    }
    assertRefused(bad.toString(), bad + ": file is larger than 10 MB (--max-file-size)");
  }

  @Test
  void overAGivenSizeLimit() throws IOException {
    Path bad = Files.writeString(dir.resolve("long.txt"), HerbDatabase.CLAIM_SENTENCE.repeat(40));
    assertRefused(bad.toString(), bad + ": file is larger than 1 KB (--max-file-size)", "--max-file-size", "1KB");
  }

  @Test
  void aHigherSizeLimitAdmitsALargerFile() throws IOException {
    // 11 MB, nearly all of it a code block, which Markdown input skips: cheap to check.
    StringBuilder md = new StringBuilder("```\n");
    String codeLine = "x = compute(y) + 1 # a line of code that is not prose at all\n";
    while (md.length() < 11 * 1024 * 1024) {
      md.append(codeLine);
    }
    md.append("```\n\n").append(HerbDatabase.CLAIM_SENTENCE).append('\n');
    Path big = Files.writeString(dir.resolve("big.md"), md);
    assertRefused(big.toString(), big + ": file is larger than 10 MB (--max-file-size)");
    JsonNode file = assertChecked(big, "--max-file-size", "20MB");
    assertEquals(1, claimFindings(file), file.toString());
  }

  @Test
  void badSizeOptionIsAUsageError() {
    Run r = CheckCommandTest.run("check", "--max-file-size", "lots", good1.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'lots' is not a size such as 500KB, 20MB or 1GB"), r.err());
    assertEquals(2, CheckCommandTest.run("check", "--max-file-size", "2GB", good1.toString()).code());
    assertEquals(2, CheckCommandTest.run("check", "--max-file-size", "0", good1.toString()).code());
  }

  @Test
  void directoryWithoutArticles() throws IOException {
    Path bad = Files.createDirectories(dir.resolve("drafts"));
    // Directories are searched for articles; one without any is an input error.
    assertRefused(bad.toString(), bad + ": no files match *.md, *.markdown, *.txt, *.html, *.htm");
  }

  @Test
  void fifoIsRefusedWithoutBlocking() throws Exception {
    // Opening a FIFO that nobody writes to blocks for ever; the reader refuses it instead.
    Path bad = dir.resolve("queue.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", bad.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    assertRefused(bad.toString(), bad + ": not a regular file (a FIFO, socket or device; use - to read a pipe)");
  }

  @Test
  void deviceIsRefused() {
    assertRefused("/dev/zero", "/dev/zero: not a regular file (a FIFO, socket or device; use - to read a pipe)");
  }

  @Test
  void pathThroughAFile() {
    String bad = good1 + "/article.txt";
    assertRefused(bad, bad + ": not a directory");
  }

  @Test
  void fileWithoutReadPermission() throws IOException {
    Path bad = Files.writeString(dir.resolve("secret.txt"), "Private.");
    Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
    // The only case that needs an unprivileged user; the FIFO and path cases above cover unreadable
    // files when tests run as root.
    assumeFalse(Files.isReadable(bad), "running as root, who can read anything");
    assertRefused(bad.toString(), bad + ": permission denied");
  }

  @Test
  void missingFile() {
    Path bad = dir.resolve("missing.txt");
    assertRefused(bad.toString(), bad + ": no such file");
  }

  @Test
  void brokenSymlink() throws IOException {
    Path bad = Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("gone.md"));
    assertRefused(bad.toString(), bad + ": broken symbolic link (its target does not exist)");
  }

  @Test
  void symlinkLoop() throws IOException {
    Path a = dir.resolve("a.md");
    Files.createSymbolicLink(a, dir.resolve("b.md"));
    Files.createSymbolicLink(dir.resolve("b.md"), a);
    assertRefused(a.toString(), a + ": too many levels of symbolic links (a loop?)");
  }

  @Test
  void stdinClosedEarly() {
    InputStream closed = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Stream closed");
      }
    };
    withStdin(closed, () -> assertRefused("-", "-: cannot read input (Stream closed)"));
  }

  @Test
  void stdinCutOffInsideACharacter() {
    byte[] cut = Arrays.copyOf("Zorbleweed \u2014".getBytes(StandardCharsets.UTF_8), 12); // half an em dash
    withStdin(new ByteArrayInputStream(cut), () -> assertRefused("-", "-: not valid UTF-8 (byte 11)"));
  }

  // --- odd but readable inputs -------------------------------------------------------------------

  @Test
  void utf16WithByteOrderMarkIsChecked() throws IOException {
    for (String charset : List.of("UTF-16LE", "UTF-16BE")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.write(charset.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
      bytes.write(("Caf\u00e9 notes\n" + HerbDatabase.CLAIM_SENTENCE + "\n").getBytes(charset));
      Path file = Files.write(dir.resolve(charset + ".txt"), bytes.toByteArray());
      JsonNode result = assertChecked(file);
      assertEquals(2, result.get("findings").get(0).get("span").get("line").asInt(), charset);
    }
  }

  @Test
  void fiveMegabyteLineWithoutPunctuationIsCheckedInCappedSentences() throws IOException {
    // Long words keep the token count (what the NLP models cost) low; bench/long-line.sh times
    // lines of ordinary words. The claim recurs, so each capped piece can match it.
    String piece = "zorbleweed can cure everything " + "x".repeat(900) + " ";
    Path file = Files.writeString(dir.resolve("one-line.txt"), piece.repeat(5 * 1024 * 1024 / piece.length()));
    JsonNode result = assertChecked(file);
    assertTrue(claimFindings(result) > 5000, "one finding per capped piece, not one per file");
    for (JsonNode finding : result.get("findings")) {
      assertTrue(finding.get("sentence").asText().length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
    }
    Run split = CheckCommandTest.run("sentences", file.toString());
    assertEquals(0, split.code(), split.err());
  }

  @Test
  void hundredThousandItemListIsSplitIntoItems() throws IOException {
    StringBuilder md = new StringBuilder("# A long list\n\n");
    StringBuilder txt = new StringBuilder("A long list\n");
    for (int i = 0; i < 100_000; i++) {
      md.append("- item ").append(i).append('\n');
      txt.append("- item ").append(i).append('\n');
    }
    for (Path file : List.of(Files.writeString(dir.resolve("list.md"), md), Files.writeString(dir.resolve("list.txt"), txt))) {
      Run r = CheckCommandTest.run("sentences", "--format", "json", file.toString());
      assertEquals(0, r.code(), r.err());
      JsonNode sentences = json(r).get("files").get(0).get("sentences");
      assertEquals(100_001, sentences.size(), file.toString());
      assertEquals("- item 99999", sentences.get(100_000).get("text").asText().replace("item", "- item").replaceFirst("^- - ", "- "));
    }
    // The check itself over 100,000 sentences is timed by bench/long-line.sh; here a part of it.
    StringBuilder some = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      some.append("- item ").append(i).append('\n');
    }
    some.append("- ").append(HerbDatabase.CLAIM_SENTENCE).append('\n');
    assertEquals(1, claimFindings(assertChecked(Files.writeString(dir.resolve("some.txt"), some))));
  }

  @Test
  void deeplyNestedMarkdownIsChecked() throws IOException {
    Path quotes = Files.writeString(dir.resolve("quotes.md"), "> ".repeat(10_000) + HerbDatabase.CLAIM_SENTENCE + "\n");
    assertEquals(1, claimFindings(assertChecked(quotes)));
    Path lists = Files.writeString(dir.resolve("lists.md"), "- ".repeat(10_000) + HerbDatabase.CLAIM_SENTENCE + "\n");
    assertEquals(1, claimFindings(assertChecked(lists)));
    Path mixed = Files.writeString(dir.resolve("mixed.md"), "> 1. - ".repeat(3_000) + HerbDatabase.CLAIM_SENTENCE + "\n");
    assertEquals(1, claimFindings(assertChecked(mixed)));
  }

  @Test
  void deeplyNestedHtmlIsChecked() throws IOException {
    String deep = "<html><body>" + "<div>".repeat(10_000) + "<p>" + HerbDatabase.CLAIM_SENTENCE + "</p>" + "</div>".repeat(10_000) + "</body></html>";
    assertEquals(1, claimFindings(assertChecked(Files.writeString(dir.resolve("deep.html"), deep))));
    String unclosed = "<html><body>" + "<span><b><i>".repeat(10_000) + "<p>" + HerbDatabase.CLAIM_SENTENCE + "\n";
    assertEquals(1, claimFindings(assertChecked(Files.writeString(dir.resolve("unclosed.html"), unclosed))));
  }

  @Test
  void malformedHtmlIsChecked() throws IOException {
    String html = "<p>Unclosed <b>bold <i>both</p><p>" + HerbDatabase.CLAIM_SENTENCE + " &amp &lt; &#xZZ; &bogus;"
        + " <a href='x>odd</a><<>><!-- open comment <script>never closed";
    assertEquals(1, claimFindings(assertChecked(Files.writeString(dir.resolve("broken.html"), html))));
  }

  @Test
  void deeplyNestedInlineMarkupIsRefused() throws IOException {
    Path bad = Files.writeString(dir.resolve("stars.md"), "*".repeat(50_000) + "x" + "*".repeat(50_000));
    assertRefused(bad.toString(), bad + ": markup is nested too deeply to parse");
  }

  @Test
  void malformedMarkdownIsCheckedWithSpansIntoTheFile() throws IOException {
    String text = String.join("\n",
        "# Unclosed *emphasis and **strong",
        "[broken link](http://example.org \"no close",
        "<div><span>unclosed html",
        "",
        "| table | without | end",
        "|---",
        "  \t- mixed\tindent",
        "1) odd list",
        "[^footnote]: x",
        "",
        "Some say " + HerbDatabase.CLAIM_SENTENCE + " `unclosed code",
        "```",
        "never closed fence");
    Path file = Files.writeString(dir.resolve("malformed.md"), text);
    JsonNode finding = assertChecked(file).get("findings").get(0);
    assertEquals(11, finding.get("span").get("line").asInt());
    int start = finding.get("span").get("start").asInt();
    assertTrue(text.substring(start).startsWith("Some say Zorbleweed"), text.substring(start));
  }

  @Test
  void pathWithSpacesAndNonAsciiCharacters() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("Entwürfe mit Leerzeichen"));
    Path file = Files.writeString(folder.resolve("naïve café – 草稿.md"), HerbDatabase.CLAIM_SENTENCE + "\n");
    JsonNode result = assertChecked(file);
    assertEquals(file.toString(), result.get("path").asText());
    Run text = CheckCommandTest.run("check", "--db", db.toString(), "--no-color", file.toString());
    assertTrue(text.out().startsWith(file + ":1:1: warning "), text.out());
  }

  // --- helpers -----------------------------------------------------------------------------------

  /**
   * Runs {@code good-1 bad good-2} and asserts: exit 2, exactly {@code message} on stderr and
   * nothing else, no stack trace, the bad file's error in the report and both good files'
   * findings intact.
   */
  private void assertRefused(String bad, String message, String... options) {
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--db", db.toString()));
    args.addAll(List.of(options));
    args.addAll(List.of(good1.toString(), bad, good2.toString()));
    Run r = CheckCommandTest.run(args.toArray(String[]::new));
    assertEquals(2, r.code(), r.err());
    assertEquals(List.of(message), r.errLines());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    JsonNode files = json(r).get("files");
    assertEquals(3, files.size());
    assertEquals(message, files.get(1).get("error").asText());
    assertEquals(0, files.get(1).get("findings").size());
    for (int i : new int[] {0, 2}) {
      JsonNode good = files.get(i);
      assertFalse(good.has("error"), good.toString());
      assertEquals(HerbDatabase.CLAIM_ID, good.get("findings").get(0).get("claim").get("id").asText(), good.toString());
    }
  }

  /** Checks one readable file: exit 0 (its findings are warnings), nothing on stderr; its report entry. */
  private JsonNode assertChecked(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--db", db.toString()));
    args.addAll(List.of(options));
    args.add(file.toString());
    Run r = CheckCommandTest.run(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    JsonNode result = json(r).get("files").get(0);
    assertFalse(result.has("error"), result.toString());
    return result;
  }

  /** How many claim findings of the report entry name the herb claim (overstatement adds its own). */
  private static long claimFindings(JsonNode file) {
    long n = 0;
    for (JsonNode f : file.get("findings")) {
      if (f.get("category").asText().equals("claim") && HerbDatabase.CLAIM_ID.equals(f.get("claim").get("id").asText())) {
        n++;
      }
    }
    return n;
  }

  private static JsonNode json(Run r) {
    try {
      return new ObjectMapper().readTree(r.out());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + r.out(), e);
    }
  }

  private static void withStdin(InputStream in, Runnable body) {
    InputStream saved = System.in;
    System.setIn(in);
    try {
      body.run();
    } finally {
      System.setIn(saved);
    }
  }
}
