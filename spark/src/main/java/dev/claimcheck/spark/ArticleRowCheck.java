package dev.claimcheck.spark;

import dev.claimcheck.api.CheckReport;
import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/**
 * Checks one input row (the columns of {@link ArticleInput#COLUMNS}) and turns it into result rows:
 * the article and its findings, or a single error row saying why the row could not be checked (no
 * id, no text, an unknown format, a text over the size limit, a record that was not JSON, or any
 * exception while checking it). Never throws for a bad row, so one bad article cannot fail a job.
 * Thread-safe, as the checker is.
 */
final class ArticleRowCheck {
  private final ClaimChecker checker;
  private final CheckSettings settings;

  ArticleRowCheck(ClaimChecker checker, CheckSettings settings) {
    this.checker = checker;
    this.settings = settings;
  }

  List<Row> check(Row input) {
    String id = input.getString(0);
    String text = input.getString(1);
    String format = input.getString(2);
    String source = input.getString(3);
    String malformed = input.getString(4);
    if (malformed != null) {
      return error(null, source, "not a JSON object (a line of JSON Lines input that cannot be parsed)", malformed);
    }
    if (id == null || id.isBlank()) {
      return error(null, source, "missing id", text);
    }
    if (text == null) {
      return error(id, source, "missing text", null);
    }
    if (text.isEmpty()) {
      return error(id, source, "empty text", null);
    }
    ArticleFormat articleFormat = format(format);
    if (articleFormat == null) {
      return error(id, source, "unknown format '" + format + "' (expected text, markdown or html)", text);
    }
    if (!fits(text)) {
      long bytes = text.getBytes(StandardCharsets.UTF_8).length;
      return error(id, source,
          "text is " + bytes + " bytes, over the limit of " + settings.maxTextBytes() + " (--max-text-size)", text);
    }
    try {
      CheckReport report = checker.check(id, text, articleFormat, settings.options());
      return ResultRows.of(id, report);
    } catch (InputException e) {
      return error(id, source, withoutPath(id, e.getMessage()), text);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or hostile input the reader did not foresee: this article goes to the error output
      // and the partition goes on, as a batch of the CLI goes on after one file's internal error
      // (worded as the CLI words it).
      return error(id, source, "internal error while checking (" + oneLine(e) + "); please report it", text);
    }
  }

  /** The format named in a row; null (no column or no value) is plain text, an unknown name null. */
  static ArticleFormat format(String name) {
    if (name == null) {
      return ArticleFormat.TEXT;
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> ArticleFormat.TEXT;
      case "markdown" -> ArticleFormat.MARKDOWN;
      case "html" -> ArticleFormat.HTML;
      default -> null;
    };
  }

  /** The reader's messages start with the article's name, which the id column already gives. */
  private static String withoutPath(String id, String message) {
    String prefix = id + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + message;
  }

  /** Whether the text's UTF-8 form is within the limit; a char takes at most 3 bytes, so most need no encoding. */
  private boolean fits(String text) {
    return text.length() <= settings.maxTextBytes() / 3
        || text.getBytes(StandardCharsets.UTF_8).length <= settings.maxTextBytes();
  }

  private static List<Row> error(String id, String source, String reason, String excerpt) {
    return List.of(ResultRows.error(id, source, reason, excerpt));
  }
}
