/**
 * The check contract (Check, Finding, Severity), the checker that runs every check over a matched
 * article, the claim check itself, and the runner that tests database examples through the real
 * pipeline. Never imports a check implementation from another package; cli wires them.
 */
package dev.claimcheck.check;
