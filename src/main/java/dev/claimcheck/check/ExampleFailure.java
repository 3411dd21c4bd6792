package dev.claimcheck.check;

/**
 * A database example or counterexample that the real pipeline got wrong.
 *
 * @param owner the claim id or cue it belongs to
 * @param where file:line:col of the owner in the database
 * @param sentence the example sentence
 * @param problem what went wrong, e.g. "example did not match"
 * @param analysis the sentence's tokens with tags, lemmas and scopes, to debug the failure
 */
public record ExampleFailure(String owner, String where, String sentence, String problem, String analysis) {}
