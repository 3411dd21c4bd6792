/**
 * Splits text blocks into sentences and analyses each sentence once: tokens, POS tags, lemmas,
 * negation and hedge cues. Every check reads this analysis; nothing re-tokenizes.
 */
package dev.claimcheck.segment;
