/**
 * Runs a batch: finds the files to check (directories searched with include and exclude globs),
 * checks them in parallel with results in a stable order, and shows progress on a terminal. Knows
 * nothing about articles or findings.
 */
package dev.claimcheck.batch;
