package dev.claimcheck.spark;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the job on a session: reads the articles, checks every partition with the executors'
 * shared checkers, and writes the three outputs from a single pass (the results are kept, in
 * memory or on disk, while the three projections are written, so no article is checked twice).
 */
public final class CheckRun {
  /** The outputs, each a directory under {@link JobOptions#output()}. */
  public static final List<String> OUTPUTS = List.of("findings", "articles", "errors");

  private CheckRun() {}

  public static JobSummary run(SparkSession spark, JobOptions options) throws JobException {
    long started = System.nanoTime();
    SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (!options.overwrite()) {
      refuseExistingOutputs(spark, options);
    }
    Dataset<Row> input = ArticleInput.read(spark, options.input(), options.inputFormat());
    Dataset<Row> results = partitioned(spark, input, options.partitions())
        .mapPartitions(new CheckArticles(options.settings()), Encoders.row(ResultRows.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      write(ResultRows.findings(results), options.outputPath("findings"), options.outputFormat(), mode);
      write(ResultRows.articles(results), options.outputPath("articles"), options.outputFormat(), mode);
      write(ResultRows.errors(results), options.outputPath("errors"), options.outputFormat(), mode);
      Map<ResultRows.Kind, Long> counts = new EnumMap<>(ResultRows.Kind.class);
      for (Row r : results.groupBy(ResultRows.kind()).count().collectAsList()) {
        counts.put(ResultRows.Kind.valueOf(r.getString(0).toUpperCase(Locale.ROOT)), r.getLong(1));
      }
      long articles = counts.getOrDefault(ResultRows.Kind.ARTICLE, 0L);
      long errors = counts.getOrDefault(ResultRows.Kind.ERROR, 0L);
      return new JobSummary(articles + errors, articles, counts.getOrDefault(ResultRows.Kind.FINDING, 0L), errors,
          (System.nanoTime() - started) / 1e9);
    } finally {
      results.unpersist();
    }
  }

  /**
   * Checking an article costs far more than moving it, so every core should have articles: an
   * input read as fewer partitions than the cluster has cores (one small file is one partition) is
   * spread over them first.
   */
  private static Dataset<Row> partitioned(SparkSession spark, Dataset<Row> input, int partitions) {
    if (partitions > 0) {
      return input.repartition(partitions);
    }
    int cores = spark.sparkContext().defaultParallelism();
    return input.rdd().getNumPartitions() < cores ? input.repartition(cores) : input;
  }

  private static void refuseExistingOutputs(SparkSession spark, JobOptions options) throws JobException {
    for (String name : OUTPUTS) {
      String out = options.outputPath(name);
      try {
        Path path = new Path(out);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(path)) {
          throw new JobException(out + ": already exists (give another --output, or --overwrite to replace it)");
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new JobException(out + ": cannot use this output (" + e.getMessage() + ")");
      }
    }
  }

  private static void write(Dataset<Row> rows, String path, DatasetFormat format, SaveMode mode) {
    DataFrameWriter<Row> writer = rows.write().mode(mode);
    switch (format) {
      // Every line has every column, null where a value is absent, so readers see one shape.
      case JSONL -> writer.option("ignoreNullFields", "false").json(path);
      case PARQUET -> writer.parquet(path);
    }
  }
}
