/** Report writers (text, JSON): turn per-file results into output. Read findings; never compute them. */
package dev.claimcheck.report;
