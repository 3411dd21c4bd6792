/**
 * Decides which findings are reported: inline suppression comments in the article, the rules
 * switched off or re-rated by configuration, and a baseline of findings already reviewed.
 */
package dev.claimcheck.suppress;
