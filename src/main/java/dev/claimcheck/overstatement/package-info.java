/**
 * Overstated benefits: holds the certainty of a sentence's wording against the strength of the
 * evidence for the claim it states (../shared/eval/RUBRIC.md, "overstated").
 *
 * <p>Certainty comes from cue lists in claims-db ({@code overstatement-cues.yaml} and the hedges
 * of {@code cues.yaml}): hedges, boosters and absolutes, evidential claims, attribution and
 * framing, promotional phrases. Each cue governs its own clause, so a hedge in one clause does not
 * calibrate a benefit asserted in the next ("studies suggest it may bind to receptors, helping to
 * manage withdrawal"). Evidence comes from the claims the sentence matches: their rating and kind.
 * Five rules judge the two together (an unhedged contested or unsupported benefit; an absolute on
 * a benefit or on safety; safety or superiority without support; evidence invoked that is not
 * there; promotional framing), and the gap between wording and evidence sets the severity. Each
 * finding says what is overstated and why, lists the cues, and suggests calibrated wording.
 */
package dev.claimcheck.overstatement;
