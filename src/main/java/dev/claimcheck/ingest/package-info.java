/**
 * Reads an article (plain text, Markdown or HTML) into decoded text plus text blocks whose offsets
 * map back into that text, and the source's comments. Depends on nothing else in claimcheck.
 */
package dev.claimcheck.ingest;
