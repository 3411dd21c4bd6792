package dev.claimcheck.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The Spark job's main class, for spark-submit: checks a dataset of articles and writes a row per
 * finding, a row per article and a row per bad input row. Exit codes as the CLI's: 0 the job ran
 * (bad rows are data, in the error output, not a failure), 1 the Spark job failed, 2 a usage error
 * or an input or output the job cannot use (one line on stderr, never a stack trace).
 */
@Command(
    name = "claimcheck-spark",
    usageHelpAutoWidth = true,
    description = "Checks a dataset of articles (columns id, text and optionally format: text, markdown or html) "
        + "and writes OUTPUT/findings, OUTPUT/articles and OUTPUT/errors.")
public final class CheckJob implements Callable<Integer> {
  static final int OK = 0;
  static final int JOB_FAILED = 1;
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "The articles: a file, a directory or a glob, on any file system Spark reads.")
  String input;

  @Option(names = "--input-format", paramLabel = "jsonl|parquet", defaultValue = "jsonl",
      description = "How the input is stored (default: ${DEFAULT-VALUE}).")
  DatasetFormat inputFormat;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Where findings/, articles/ and errors/ are written.")
  String output;

  @Option(names = "--output-format", paramLabel = "parquet|jsonl", defaultValue = "parquet",
      description = "How the outputs are stored (default: ${DEFAULT-VALUE}).")
  DatasetFormat outputFormat;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master, e.g. local[*] (default: the one spark-submit gives).")
  String master;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Check the articles in N partitions (default: as read, but at least one per core).")
  Integer partitions;

  @Option(names = "--max-text-size", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
      description = "Send texts larger than SIZE (UTF-8 bytes, or with KB, MB) to the error output (default: ${DEFAULT-VALUE}).")
  long maxTextSize;

  @Option(names = "--no-inline-suppressions",
      description = "Ignore the articles' claimcheck-disable comments (untrusted submissions).")
  boolean noInlineSuppressions;

  @Option(names = "--overwrite", description = "Replace outputs that already exist.")
  boolean overwrite;

  @Option(names = "--verbose", description = "Print the stack trace when the Spark job fails.")
  boolean verbose;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new CheckJob()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (partitions != null && partitions <= 0) {
      err.println("claimcheck-spark: --partitions must be at least 1, not " + partitions);
      return USAGE;
    }
    if (master == null && !new SparkConf().contains("spark.master")) {
      err.println("claimcheck-spark: no Spark master: run it with spark-submit, or give --master (e.g. local[*])");
      return USAGE;
    }
    JobOptions options = new JobOptions(input, inputFormat, output, outputFormat, partitions == null ? 0 : partitions,
        overwrite, new CheckSettings(maxTextSize, !noInlineSuppressions));
    SparkSession.Builder builder = SparkSession.builder().appName("claimcheck");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      JobSummary summary = CheckRun.run(spark, options);
      spec.commandLine().getOut().println(summary.describe());
      return OK;
    } catch (JobException e) {
      err.println("claimcheck-spark: " + e.getMessage());
      return USAGE;
    } catch (Exception e) { // Spark's Scala code throws checked exceptions without declaring them
      if (e instanceof AnalysisException) { // e.g. [PATH_NOT_FOUND] Path does not exist: ...
        err.println("claimcheck-spark: " + firstLine(e));
        return USAGE;
      }
      err.println("claimcheck-spark: the Spark job failed: " + firstLine(e));
      if (verbose) {
        e.printStackTrace(err);
      }
      return JOB_FAILED;
    } finally {
      spark.stop();
    }
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getName() : message.lines().findFirst().orElse("").strip();
  }

  /** Reads "500KB", "10MB" or a plain number of bytes (powers of 1024), as the CLI's --max-file-size. */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,13})\\s*(B|KB?|KIB|MB?|MIB|GB?|GIB)?");
    private static final long MAX = 1024L * 1024 * 1024;

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not a size such as 500KB or 10MB");
      }
      long unit = switch (m.group(2) == null ? "B" : m.group(2).substring(0, 1)) {
        case "K" -> 1024L;
        case "M" -> 1024L * 1024;
        case "G" -> MAX;
        default -> 1L;
      };
      long bytes = Long.parseLong(m.group(1)) > MAX ? MAX + 1 : Long.parseLong(m.group(1)) * unit;
      // Spark holds each text in one string: beyond 1 GB it could not anyway.
      if (bytes <= 0 || bytes > MAX) {
        throw new TypeConversionException("'" + value + "' must be more than 0 and at most 1GB");
      }
      return bytes;
    }
  }
}
