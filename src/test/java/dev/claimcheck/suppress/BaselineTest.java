package dev.claimcheck.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestFindings;
import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  @Test
  void reviewedFindingsMatchByPathRuleClaimAndSentenceNotOffsets() throws Exception {
    Path report = Files.writeString(dir.resolve("old.json"), """
        {"tool": {"name": "claimcheck", "version": "0.1.0"}, "files": [
          {"path": "./drafts/a.md", "findings": [
            {"category": "claim", "severity": "warning", "rule": "unsupported-claim", "message": "m",
             "sentence": "Zorbleweed  cures\\n everything.", "span": {"start": 1, "end": 2, "line": 1, "column": 2},
             "claim": {"id": "ZORB_A"}}]}]}
        """);
    Baseline baseline = new BaselineReader().read(report);
    // The article was edited: the sentence moved and was re-wrapped; a second copy was added.
    String text = "New intro. Zorbleweed cures everything. More. Zorbleweed cures everything.";
    Finding moved = TestFindings.claimFinding(text, "Zorbleweed cures everything.", TestFindings.claim("ZORB_A", Rating.UNSUPPORTED));
    Finding copy = new Finding(moved.category(), moved.severity(), moved.rule(), moved.message(), moved.sentence(),
        text.lastIndexOf("Zorbleweed"), text.length(), moved.claim(), List.of());
    Finding otherClaim = TestFindings.claimFinding(text, "More.", TestFindings.claim("ZORB_B", Rating.UNSUPPORTED));

    Outcome o = baseline.apply("drafts/a.md", List.of(moved, otherClaim, copy));

    assertEquals(List.of(otherClaim, copy), o.kept());
    assertEquals(1, o.suppressed());
    assertEquals(List.of(moved), baseline.apply("drafts/b.md", List.of(moved)).kept(), "other files are not affected");
  }

  @Test
  void aFileThatIsNoReportIsAOneLineError() throws Exception {
    Path notReport = Files.writeString(dir.resolve("x.json"), "[1, 2");
    BaselineException e = assertThrows(BaselineException.class, () -> new BaselineReader().read(notReport));
    assertTrue(e.getMessage().startsWith(notReport + ": "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    BaselineException missing = assertThrows(BaselineException.class, () -> new BaselineReader().read(dir.resolve("none.json")));
    assertTrue(missing.getMessage().endsWith("no such file"), missing.getMessage());
  }
}
