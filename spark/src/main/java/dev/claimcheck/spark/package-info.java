/**
 * claimcheck as an Apache Spark job: reads a dataset of articles, checks each one through the
 * library API ({@link dev.claimcheck.api.ClaimChecker}, one per executor JVM) and writes a row per
 * finding, a row per article and a row per article that could not be checked.
 */
package dev.claimcheck.spark;
