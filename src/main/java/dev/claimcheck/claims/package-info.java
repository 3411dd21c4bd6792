/**
 * The claims database: its model (claims, concepts, cues), the loader that reads claims-db/ YAML
 * and the validator. The only package that knows the file format or imports Jackson.
 */
package dev.claimcheck.claims;
