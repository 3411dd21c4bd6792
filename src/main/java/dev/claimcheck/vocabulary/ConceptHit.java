package dev.claimcheck.vocabulary;

/**
 * A concept found in a sentence.
 *
 * @param concept the concept id
 * @param text the words that expressed it, as written
 * @param start first token
 * @param end token after the last (exclusive)
 * @param negated whether the words lie inside a negation scope
 * @param hedged whether the words lie inside a hedge scope
 * @param viaReference whether it was found through an anaphor standing for the main subject
 */
public record ConceptHit(
    String concept, String text, int start, int end, boolean negated, boolean hedged, boolean viaReference) {}
