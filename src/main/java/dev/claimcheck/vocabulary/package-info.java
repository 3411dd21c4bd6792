/**
 * Finding the words of a vocabulary in an analysed sentence: a word trie over lemmas and
 * lower-case text, with anaphors that stand for the article's main subject. Shared by claim
 * matching (concepts) and the sentence reader (substances, outcomes).
 */
package dev.claimcheck.vocabulary;
