package dev.claimcheck.cli;

import dev.claimcheck.ingest.ArticleReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options on how articles are read, shared by the commands that read them. */
final class InputOptions {
  /**
   * The largest limit accepted. A file is read whole into memory and decoded into twice as many
   * bytes of chars; past 1 GB that no longer fits a Java array.
   */
  static final long MAX_LIMIT = 1024L * 1024 * 1024;

  @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
      description = "Refuse inputs larger than SIZE, in bytes or with KB, MB or GB (powers of 1024), up to 1GB (default: ${DEFAULT-VALUE}).")
  long maxFileSize;

  ArticleReader reader() {
    return new ArticleReader(maxFileSize);
  }

  /** Reads "20MB", "512KB", "1GB" or a plain number of bytes. */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,13})\\s*(B|K|KB|KIB|M|MB|MIB|G|GB|GIB)?");

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a size such as 500KB, 20MB or 1GB");
      }
      long unit = switch (m.group(2) == null ? "B" : m.group(2).substring(0, 1)) {
        case "K" -> 1024L;
        case "M" -> 1024L * 1024;
        case "G" -> 1024L * 1024 * 1024;
        default -> 1L;
      };
      long bytes = Long.parseLong(m.group(1)) * unit;
      if (bytes <= 0 || bytes > MAX_LIMIT) {
        throw new TypeConversionException("'" + value + "' must be more than 0 and at most 1GB");
      }
      return bytes;
    }
  }
}
