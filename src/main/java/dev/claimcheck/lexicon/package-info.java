/**
 * Word lists shared by the analysis and the checks: negation, hedge and other cue phrases, kept as
 * data in claims-db/cues.yaml. Depends on nothing else in claimcheck.
 */
package dev.claimcheck.lexicon;
