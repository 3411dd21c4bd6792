package dev.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {
  private final ArticleReader reader = new ArticleReader();

  @TempDir Path dir;

  @Test
  void missingFile() {
    Path path = dir.resolve("notes.txt");
    assertEquals(path + ": no such file", failure(path));
  }

  @Test
  void directory() throws IOException {
    Path path = Files.createDirectory(dir.resolve("drafts"));
    assertEquals(path + ": is a directory", failure(path));
  }

  @Test
  void pathThroughAFileIsReportedOnOneLine() throws IOException {
    Path path = write("plain.txt", "Text.").resolve("child.txt");
    String message = failure(path);
    assertTrue(message.startsWith(path + ": "), message);
    assertFalse(message.contains("\n"), message);
  }

  @Test
  void unreadableFile() throws IOException {
    Path path = write("secret.txt", "Private.");
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(path), "running as a user who can read anything (root)");
    assertEquals(path + ": permission denied", failure(path));
  }

  @Test
  void emptyFileIsAnError() throws Exception {
    Path path = write("empty.txt", "");
    assertEquals(path + ": empty file", failure(path));
  }

  @Test
  void whitespaceOnlyFileIsAnError() throws Exception {
    Path path = write("blank.md", " \n\t\r\n  \n");
    assertEquals(path + ": no text to check (only white space or markup)", failure(path));
  }

  @Test
  void binaryFile() throws IOException {
    Path path = write("x.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 'a'});
    assertEquals(path + ": binary file (contains NUL bytes)", failure(path));
  }

  @ParameterizedTest(name = "[{index}] bad byte at {1}")
  @CsvSource({
    "'61 62 FF 63', 2", // a byte that never occurs in UTF-8
    "'61 62 E2 82', 2", // a sequence cut off at the end of the file
    "'61 C0 AF', 1", // an overlong encoding of '/'
    "'61 ED A0 80', 1", // an encoded surrogate
    "'EF BB BF 61 80', 4" // offsets count the BOM: they are file offsets
  })
  void invalidUtf8ReportsTheByteOffset(String hex, int offset) throws IOException {
    Path path = write("bad.txt", bytes(hex));
    assertEquals(path + ": not valid UTF-8 (byte " + offset + ")", failure(path));
  }

  @Test
  void utf8BomIsRemoved() throws Exception {
    Article article = reader.read(write("bom.txt", bytes("EF BB BF 48 69 2E")), null);
    assertEquals("Hi.", article.text());
    assertEquals(0, article.blocks().get(0).offsets().toSource(0));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"UTF-16BE, FE FF", "UTF-16LE, FF FE"})
  void utf16WithBomIsDecoded(String charset, String bom) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(bytes(bom));
    bytes.write("Caf\u00e9 Heading\nA sentence \ud83c\udf75.\n".getBytes(charset));

    Article article = reader.read(write("wide.txt", bytes.toByteArray()), null);

    assertEquals("Caf\u00e9 Heading\nA sentence \ud83c\udf75.\n", article.text());
    assertEquals(2, article.blocks().size());
    assertEquals(BlockKind.HEADING, article.blocks().get(0).kind());
  }

  @Test
  void truncatedUtf16IsInvalid() throws IOException {
    Path path = write("odd.txt", bytes("FF FE 41 00 42"));
    assertEquals(path + ": not valid UTF-16 (byte 4)", failure(path));
  }

  @Test
  void utf16WithNulCharIsBinary() throws IOException {
    Path path = write("nul16.txt", bytes("FE FF 00 41 00 00"));
    assertEquals(path + ": binary file (contains NUL bytes)", failure(path));
  }

  @Test
  void crlfTextIsKeptAsWrittenAndSplitIntoLines() throws Exception {
    String text = "Heading Here\r\nFirst sentence.\r\n- item\r\n";

    Article article = reader.read(write("crlf.txt", text), null);

    assertEquals(text, article.text());
    assertEquals(3, article.blocks().size());
    TextBlock item = article.blocks().get(2);
    assertEquals("- item", item.text());
    assertEquals(text.indexOf("- item"), item.offsets().toSource(0));
  }

  @Test
  void fileAtTheSizeLimitIsRead() throws Exception {
    Path path = write("limit.txt", "x".repeat(16));
    assertEquals(1, new ArticleReader(16).read(path, null).blocks().size());
  }

  @Test
  void fileOverTheSizeLimitIsRejected() throws IOException {
    Path path = write("big.txt", "x".repeat(17));
    InputException e =
        assertThrows(InputException.class, () -> new ArticleReader(16).read(path, null));
    assertEquals(path + ": file is larger than 16 bytes (--max-file-size)", e.getMessage());
  }

  @Test
  void defaultLimitIsTenMegabytesAndCheckedBeforeReading() throws IOException {
    Path path = dir.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(ArticleReader.DEFAULT_MAX_FILE_SIZE + 1); // sparse: all NUL bytes
    }
    // Not "binary file": the size check comes first.
    assertEquals(path + ": file is larger than 10 MB (--max-file-size)", failure(path));
  }

  @ParameterizedTest
  @CsvSource({"1, 1 byte", "1000, 1000 bytes", "2048, 2 KB", "10485760, 10 MB"})
  void describesSizes(long bytes, String expected) {
    assertEquals(expected, ArticleReader.describeSize(bytes));
  }

  @Test
  void formatComesFromTheExtensionUnlessGiven() throws Exception {
    Path path = write("post.md", "# Title\n\nSome *text*.\n");

    Article markdown = reader.read(path, null);
    Article text = reader.read(path, ArticleFormat.TEXT);

    assertEquals(ArticleFormat.MARKDOWN, markdown.format());
    assertEquals("Some text.", markdown.blocks().get(1).text());
    assertEquals("Some *text*.", text.blocks().get(1).text());
    assertEquals(path.toString(), markdown.path());
  }

  @Test
  void readsStdin() throws Exception {
    InputStream in =
        new ByteArrayInputStream("> A quoted line.\n".getBytes(StandardCharsets.UTF_8));

    Article article = reader.read("-", in, ArticleFormat.MARKDOWN);

    assertEquals("-", article.path());
    assertEquals(BlockKind.QUOTE, article.blocks().get(0).kind());
  }

  @Test
  void stdinWithoutFormatIsText() throws Exception {
    InputStream in =
        new ByteArrayInputStream("# Not a heading marker".getBytes(StandardCharsets.UTF_8));
    Article article = reader.read("-", in, null);
    assertEquals(ArticleFormat.TEXT, article.format());
    assertEquals("# Not a heading marker", article.blocks().get(0).text());
  }

  @Test
  void stdinOverTheSizeLimitIsRejected() {
    InputStream in = new ByteArrayInputStream(new byte[17]);
    InputException e =
        assertThrows(InputException.class, () -> new ArticleReader(16).read("-", in, null));
    assertEquals("-: input is larger than 16 bytes (--max-file-size)", e.getMessage());
  }

  @Test
  void stdinReadErrorIsAnInputException() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("stream closed\nby peer");
          }
        };
    InputException e = assertThrows(InputException.class, () -> reader.read("-", broken, null));
    assertEquals("-: cannot read input (stream closed by peer)", e.getMessage());
  }

  @Test
  void stdinWithInvalidUtf8NamesTheDisplayPath() {
    InputStream in = new ByteArrayInputStream(bytes("41 FE"));
    InputException e = assertThrows(InputException.class, () -> reader.read("-", in, null));
    assertEquals("-: not valid UTF-8 (byte 1)", e.getMessage());
  }

  /** Regression: commonmark-java recurses once per nesting level of inline markup. */
  @Test
  void absurdlyNestedMarkdownIsAnInputException() throws IOException {
    Path path = write("deep.md", "*".repeat(50_000) + "x" + "*".repeat(50_000));
    assertEquals(path + ": markup is nested too deeply to parse", failure(path));
  }

  private String failure(Path path) {
    InputException e = assertThrows(InputException.class, () -> reader.read(path, null));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e.getMessage();
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] bytes(String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }
}
