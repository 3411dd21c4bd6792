/**
 * Reads an article (plain text or Markdown) into decoded text plus text blocks whose offsets map
 * back into that text. Depends on nothing else in claimcheck.
 */
package dev.claimcheck.ingest;
