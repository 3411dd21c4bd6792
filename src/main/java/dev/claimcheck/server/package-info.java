/**
 * {@code claimcheck serve}: the HTTP service (Javalin on Jetty). Checks and readings of posted
 * texts through {@link dev.claimcheck.api.ClaimChecker} on a fixed pool of workers with a bounded
 * queue, the claims database as JSON, health and Prometheus metrics; every limit answers a JSON
 * error with its status, never a stack trace. Loaded only by the serve command.
 */
package dev.claimcheck.server;
