/**
 * Fact checks exchanged as schema.org ClaimReview JSON-LD, read into draft rows of the evidence
 * matrix: each reviewed claim is read by the sentence reader, its textual (or numeric) rating mapped
 * to supported, contested or unsupported, and what cannot be mapped is listed with the reason
 * (docs/claimreview.md). Writing ClaimReview is a report format (report/).
 */
package dev.claimcheck.claimreview;
