package dev.claimcheck.claims;

/** A topic file: its name and the substance concept its claims are about. */
public record Topic(String name, String subject, Location location) {}
