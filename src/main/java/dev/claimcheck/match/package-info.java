/**
 * Finds which known claims a sentence names: concepts found through lemmas and the vocabulary,
 * the article's main subject carried into pronouns, polarity from negation scopes, and an index
 * from concepts to claims so that matching does not scan the database.
 */
package dev.claimcheck.match;
