package dev.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draft rows come back from the loader exactly as written, whatever their text, once the draft line is gone. */
class DraftRowsWriterTest {
  @TempDir Path dir;

  @Test
  void hostileTextSurvivesTheRoundTrip() throws Exception {
    String example = "*alias &anchor !tag: {a: [b]} # no comment 'single' \"double\" \\ back \u2028 true";
    String verdict = "- yes: no\nnull ~ %TAG @at `tick` | > ? ,";
    DraftRow row = new DraftRow("TURMERIC", Relation.CURES, Optional.of("ALZHEIMERS_DISEASE"), Rating.UNSUPPORTED, verdict,
        List.of(new Source("Desk: \"fact check\" #1", "https://factcheck.example/a?b=1&c=#d")), List.of(example, "true"), "n: #");
    Files.createDirectories(dir.resolve("substances"));
    Path file = dir.resolve("substances").resolve(DraftRowsWriter.fileName("TURMERIC"));
    Files.writeString(file, new DraftRowsWriter().write("TURMERIC", List.of(row), List.of("header\nwith a break")));
    assertTrue(Files.readString(file).startsWith("# header with a break\nextends: TURMERIC\n"), Files.readString(file));

    ClaimDatabaseException drafts = assertThrows(ClaimDatabaseException.class, () -> new ClaimDatabaseLoader().load(List.of(dir)));
    assertEquals(1, drafts.problems().size(), drafts.problems().toString());

    Files.write(file, Files.readAllLines(file).stream().filter(l -> !l.strip().equals("draft: true")).toList());
    ClaimDatabase db = new ClaimDatabaseLoader().load(List.of(dir));
    Claim loaded = db.rows().stream().map(EvidenceRow::claim).filter(c -> c.id().value().equals(row.id())).findFirst().orElseThrow();
    assertEquals(verdict, loaded.verdict());
    assertEquals(List.of(example, "true"), loaded.examples());
    assertEquals(row.sources(), loaded.sources());
    assertEquals(Rating.UNSUPPORTED, loaded.rating());
  }
}
