/**
 * Unsafe dosing advice: reads doses from the analysed tokens (amounts, units, frequencies, daily
 * totals), decides whose dose it is and whether the sentence advises it, and judges it against the
 * substance facts in the database (approval, limits, interactions).
 */
package dev.claimcheck.dosing;
