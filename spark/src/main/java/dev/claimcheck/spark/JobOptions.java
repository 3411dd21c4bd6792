package dev.claimcheck.spark;

import java.util.Objects;

/**
 * What one run of the job reads, writes and how it checks. Immutable.
 *
 * @param input the dataset of articles (a file, a directory or a glob, on any file system Spark reads)
 * @param inputFormat how the input is stored
 * @param output the directory that gets {@code findings/}, {@code articles/} and {@code errors/}
 * @param outputFormat how the outputs are stored
 * @param partitions how many partitions to check the articles in; 0 for at least one per core
 * @param overwrite whether to replace outputs that already exist
 * @param settings how each article is checked
 */
public record JobOptions(String input, DatasetFormat inputFormat, String output, DatasetFormat outputFormat,
    int partitions, boolean overwrite, CheckSettings settings) {
  public JobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(outputFormat, "outputFormat");
    Objects.requireNonNull(settings, "settings");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative: " + partitions);
    }
  }

  /** The path of one of the outputs: {@code findings}, {@code articles} or {@code errors}. */
  String outputPath(String name) {
    return output.endsWith("/") ? output + name : output + "/" + name;
  }
}
