package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.check.Check;
import dev.claimcheck.check.Finding;
import dev.claimcheck.cli.CheckCommandTest.Run;
import dev.claimcheck.match.MatchedArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug met while checking one file costs that file its result, never another file's findings. */
class FailureIsolationTest {
  @TempDir Path dir;

  /** A check with a bug: it throws on articles that contain a trigger word. */
  private static final class BrokenCheck implements Check {
    @Override
    public String id() {
      return "broken";
    }

    @Override
    public List<Finding> check(MatchedArticle article) {
      String text = article.analyzed().article().text();
      if (text.contains("BOOM")) {
        throw new IllegalStateException("test check failed on purpose\nsecond line");
      }
      if (text.contains("DEEP")) {
        throw new StackOverflowError();
      }
      return List.of();
    }
  }

  @Test
  void internalFailureInOneFileKeepsTheOthersFindings() throws Exception {
    Path db = HerbDatabase.write(dir);
    Path good1 = Files.writeString(dir.resolve("good-1.txt"), HerbDatabase.CLAIM_SENTENCE + "\n");
    Path boom = Files.writeString(dir.resolve("boom.txt"), HerbDatabase.CLAIM_SENTENCE + " BOOM.\n");
    Path deep = Files.writeString(dir.resolve("deep.txt"), HerbDatabase.CLAIM_SENTENCE + " DEEP.\n");
    Path good2 = Files.writeString(dir.resolve("good-2.txt"), "Intro.\n" + HerbDatabase.CLAIM_SENTENCE + "\n");

    Run r = CheckCommandTest.run(List.of(new BrokenCheck()), "check", "--format", "json", "--db", db.toString(),
        good1.toString(), boom.toString(), deep.toString(), good2.toString());

    assertEquals(2, r.code());
    assertEquals(List.of(
        boom + ": internal error while checking (IllegalStateException: test check failed on purpose); please report it",
        deep + ": internal error while checking (StackOverflowError); please report it"), r.errLines());
    assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
    JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
    assertEquals(4, files.size());
    for (int i : new int[] {0, 3}) {
      assertEquals(HerbDatabase.CLAIM_ID, files.get(i).get("findings").get(0).get("claim").get("id").asText());
    }
    assertEquals(r.errLines().get(0), files.get(1).get("error").asText());
    assertEquals(0, files.get(1).get("findings").size(), "a failed file reports no partial findings");
  }
}
