/** The picocli commands and the composition root: builds models, database and checks and wires them. */
package dev.claimcheck.cli;
