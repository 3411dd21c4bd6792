package dev.claimcheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the dataset of articles into the columns the check takes, {@link #COLUMNS}: {@code id} and
 * {@code text} (required columns, any type, read as strings), {@code format} (optional: text,
 * markdown or html; plain text when absent), the file each row came from, and for JSON Lines the
 * raw text of any line that is not a JSON object. Bad values are left for the check to report row
 * by row; only a dataset without an id or text column at all is refused.
 */
final class ArticleInput {
  /** The columns of the dataset the check reads, in order. */
  static final List<String> COLUMNS = List.of("id", "text", "format", "source", "malformed");

  // Where Spark's permissive JSON reader keeps a line it cannot parse.
  private static final String CORRUPT = "_corrupt_record";

  private static final StructType JSONL_SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("format", DataTypes.StringType)
      .add(CORRUPT, DataTypes.StringType);

  private ArticleInput() {}

  static Dataset<Row> read(SparkSession spark, String path, DatasetFormat format) throws JobException {
    return switch (format) {
      case JSONL -> jsonLines(spark, path);
      case PARQUET -> parquet(spark, path);
    };
  }

  /**
   * With a fixed schema every line is read the same way: a missing field is null, a number or an
   * object where a string was expected is kept as its JSON text, and a line that is not a JSON
   * object keeps its text in the corrupt-record column.
   */
  private static Dataset<Row> jsonLines(SparkSession spark, String path) {
    Dataset<Row> rows = spark.read()
        .schema(JSONL_SCHEMA)
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .json(path);
    return rows.select(col("id"), col("text"), col("format"), input_file_name().as("source"), col(CORRUPT).as("malformed"));
  }

  private static Dataset<Row> parquet(SparkSession spark, String path) throws JobException {
    Dataset<Row> rows = spark.read().parquet(path);
    Column id = required(rows, "id");
    Column text = required(rows, "text");
    Column format = column(rows, "format").map(c -> c.cast(DataTypes.StringType)).orElse(lit(null).cast(DataTypes.StringType));
    return rows.select(id.cast(DataTypes.StringType).as("id"), text.cast(DataTypes.StringType).as("text"),
        format.as("format"), input_file_name().as("source"), lit(null).cast(DataTypes.StringType).as("malformed"));
  }

  private static Column required(Dataset<Row> rows, String name) throws JobException {
    Optional<Column> found = column(rows, name);
    if (found.isEmpty()) {
      throw new JobException("the input has no '" + name + "' column (it has: " + String.join(", ", rows.columns())
          + "); it needs id and text, and may have format");
    }
    return found.get();
  }

  /** A top-level column, named in any case as Spark SQL matches names. */
  private static Optional<Column> column(Dataset<Row> rows, String name) {
    return Arrays.stream(rows.columns()).filter(c -> c.equalsIgnoreCase(name)).findFirst().map(rows::col);
  }
}
