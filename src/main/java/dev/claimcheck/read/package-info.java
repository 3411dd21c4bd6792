/**
 * The sentence reader: claim frames (subject, relation, outcome, polarity, attribution, strength,
 * boosters) read once per sentence and shared by claim matching, dosing and overstatement.
 */
package dev.claimcheck.read;
