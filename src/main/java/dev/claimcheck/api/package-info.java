/**
 * The library API: a {@link dev.claimcheck.api.ClaimChecker} built once (models and database
 * loaded once) that checks texts from any number of threads and returns the same findings as
 * {@code claimcheck check}. The CLI, the HTTP server and the Spark job are its callers.
 */
package dev.claimcheck.api;
