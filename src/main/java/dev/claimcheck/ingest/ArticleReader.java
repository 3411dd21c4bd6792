package dev.claimcheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * Reads an article from a file or a stream: checks the size, decodes the bytes (UTF-8, or UTF-16
 * with a byte order mark; BOM removed) and splits the text into blocks by format (plain text,
 * Markdown or HTML).
 *
 * <p>Every problem with the input is reported as an {@link InputException} whose message is one
 * line starting with the path as given, e.g. {@code notes.txt: no such file}; no other exception
 * escapes. Empty files and files with no text (only white space or markup) are input errors too.
 * Only regular files are read: a FIFO or device could block or never end. Stateless and
 * thread-safe.
 */
public final class ArticleReader {
  /** The default limit on the size of one input: 10 MB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  // Arrays cannot be larger; a configured limit above this still reads at most this much.
  private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

  private final long maxFileSize;
  private final SourceDecoder decoder = new SourceDecoder();
  private final PlainTextParser plainText = new PlainTextParser();
  private final MarkdownParser markdown = new MarkdownParser();
  private final HtmlParser html = new HtmlParser();

  /** A reader with the {@link #DEFAULT_MAX_FILE_SIZE default size limit}. */
  public ArticleReader() {
    this(DEFAULT_MAX_FILE_SIZE);
  }

  /** A reader that rejects inputs larger than {@code maxFileSize} bytes. */
  public ArticleReader(long maxFileSize) {
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
    }
    this.maxFileSize = maxFileSize;
  }

  public long maxFileSize() {
    return maxFileSize;
  }

  /**
   * Reads the article at the path as the user typed it, which may not even be a valid path on this
   * system (a name the locale's charset cannot encode).
   */
  public Article read(String pathAsGiven, ArticleFormat formatOrNull) throws InputException {
    Path path;
    try {
      path = Path.of(pathAsGiven);
    } catch (InvalidPathException e) {
      throw new InputException(
          pathAsGiven
              + ": not a usable file name here (run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8)",
          e);
    }
    return read(path, formatOrNull);
  }

  /**
   * Reads the article at {@code path}; {@link Article#path()} is {@code path.toString()}.
   *
   * @param formatOrNull the format, or null to pick it from the file name's extension
   */
  public Article read(Path path, ArticleFormat formatOrNull) throws InputException {
    String displayPath = path.toString();
    Path fileName = path.getFileName();
    ArticleFormat format =
        formatOrNull != null
            ? formatOrNull
            : ArticleFormat.fromFileName(fileName == null ? displayPath : fileName.toString());
    return parse(displayPath, readFile(path, displayPath), format);
  }

  /**
   * Reads an article from {@code in} (stdin for {@code -}), which is read to its end but not
   * closed.
   *
   * @param displayPath the name used in the article and in error messages
   * @param format the format, or null to pick it from {@code displayPath}
   */
  public Article read(String displayPath, InputStream in, ArticleFormat format)
      throws InputException {
    ArticleFormat chosen = format != null ? format : ArticleFormat.fromFileName(displayPath);
    byte[] bytes;
    try {
      bytes = readAtMostLimit(in);
    } catch (IOException e) {
      throw new InputException(displayPath + ": cannot read input (" + oneLine(e) + ")", e);
    }
    if (bytes.length > maxFileSize) {
      throw tooLarge(displayPath, "input");
    }
    return parse(displayPath, bytes, chosen);
  }

  private byte[] readFile(Path path, String displayPath) throws InputException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new InputException(displayPath + ": is a directory");
      }
      if (!attributes.isRegularFile()) {
        // Opening a FIFO blocks until someone writes to it, possibly forever, and a device such as
        // /dev/zero never ends: neither is an article. Pipes are read with "-".
        throw new InputException(
            displayPath + ": not a regular file (a FIFO, socket or device; use - to read a pipe)");
      }
      // Checked before reading so that a huge file costs nothing; the bounded read below still
      // catches files that grow meanwhile and pipes, whose size is unknown.
      if (attributes.size() > maxFileSize) {
        throw tooLarge(displayPath, "file");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = readAtMostLimit(in);
      }
      if (bytes.length > maxFileSize) {
        throw tooLarge(displayPath, "file");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(path)) {
        throw new InputException(displayPath + ": broken symbolic link (its target does not exist)", e);
      }
      throw new InputException(displayPath + ": no such file", e);
    } catch (AccessDeniedException | SecurityException e) {
      throw new InputException(displayPath + ": permission denied", e);
    } catch (FileSystemException e) {
      // e.g. "Not a directory" for notes.txt/x, "Too many levels of symbolic links" (to which
      // Java adds "or unable to access attributes of symbolic link")
      String reason = e.getReason() != null ? e.getReason() : "cannot read file";
      if (reason.startsWith("Too many levels of symbolic links")) {
        reason = "too many levels of symbolic links (a loop?)";
      }
      throw new InputException(displayPath + ": " + lowerFirst(oneLine(reason)), e);
    } catch (IOException e) {
      throw new InputException(displayPath + ": cannot read file (" + oneLine(e) + ")", e);
    }
  }

  /**
   * Reads up to one byte past the limit, so that a larger input is detected without reading it all.
   */
  private byte[] readAtMostLimit(InputStream in) throws IOException {
    return in.readNBytes((int) Math.min(maxFileSize + 1, MAX_ARRAY_SIZE));
  }

  private Article parse(String displayPath, byte[] bytes, ArticleFormat format)
      throws InputException {
    String text = decoder.decode(displayPath, bytes);
    BlockParser parser = switch (format) {
      case MARKDOWN -> markdown;
      case HTML -> html;
      case TEXT -> plainText;
    };
    ParsedText parsed;
    try {
      parsed = parser.read(text);
    } catch (StackOverflowError e) {
      // commonmark-java recurses on nested inline markup; tens of thousands of levels overflow.
      // Such input is not an article, and one bad file must not stop a batch.
      throw new InputException(displayPath + ": markup is nested too deeply to parse", e);
    }
    List<TextBlock> blocks = parsed.blocks();
    // An empty submission is almost always a mistake (a failed export, the wrong file); say so
    // rather than report a clean pass.
    if (text.isEmpty()) {
      throw new InputException(displayPath + ": empty file");
    }
    if (blocks.isEmpty()) {
      throw new InputException(displayPath + ": no text to check (only white space or markup)");
    }
    return new Article(displayPath, text, format, blocks, parsed.comments());
  }

  private InputException tooLarge(String displayPath, String what) {
    return new InputException(
        String.format(
            "%s: %s is larger than %s (--max-file-size)",
            displayPath, what, describeSize(maxFileSize)));
  }

  /** "10 MB", "512 KB" or "1000 bytes": the largest unit that divides the size evenly. */
  static String describeSize(long bytes) {
    long mb = 1024L * 1024;
    if (bytes % mb == 0) {
      return bytes / mb + " MB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  private static String oneLine(IOException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : oneLine(message);
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
