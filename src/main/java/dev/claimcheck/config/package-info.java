/**
 * The project configuration file {@code .claimcheck.yaml}: where it is found, what it may say, and
 * precise errors (file:line:col) for anything it may not.
 */
package dev.claimcheck.config;
