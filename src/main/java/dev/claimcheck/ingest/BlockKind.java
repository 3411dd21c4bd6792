package dev.claimcheck.ingest;

/** The structural role of a text block. Every block boundary is a hard sentence boundary. */
public enum BlockKind {
  PARAGRAPH,
  HEADING,
  LIST_ITEM,
  QUOTE
}
