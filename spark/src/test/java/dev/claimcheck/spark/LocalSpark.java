package dev.claimcheck.spark;

import org.apache.spark.sql.SparkSession;

/** A local Spark with two cores for tests: bound to 127.0.0.1 on free ports, no web UI. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .appName("claimcheck-test")
        .master("local[2]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}
