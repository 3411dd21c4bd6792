package dev.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-claim database about a made-up herb, so that CLI tests see a finding in every good file
 * without depending on the real database's content.
 */
final class HerbDatabase {
  /** A sentence that states the herb's (unsupported, so warning) claim. */
  static final String CLAIM_SENTENCE = "Zorbleweed can cure everything.";

  static final String CLAIM_ID = "ZORBLEWEED_CURES_EVERYTHING";

  private HerbDatabase() {}

  static Path write(Path parent) throws IOException {
    Path db = Files.createDirectories(parent.resolve("herb-db"));
    Files.writeString(db.resolve("concepts.yaml"), """
        concepts:
          ZORBLEWEED:
            terms: [zorbleweed]
            references: [the weed]
          CURE_ALL:
            terms: [cure everything]
        """);
    Files.writeString(db.resolve("zorbleweed.yaml"), """
        topic: zorbleweed
        subject: ZORBLEWEED
        claims:
          - id: ZORBLEWEED_CURES_EVERYTHING
            claim: Zorbleweed cures every disease.
            rating: unsupported
            kind: benefit
            verdict: No evidence at all.
            sources: [{title: A source, url: "https://example.org/zorble"}]
            match: {all: [ZORBLEWEED, CURE_ALL]}
            examples: [Zorbleweed can cure everything., The weed will cure everything., Zorbleweed may cure everything.]
            counterexamples: [Zorbleweed does not cure everything., Tea can cure everything.]
        """);
    return db;
  }
}
