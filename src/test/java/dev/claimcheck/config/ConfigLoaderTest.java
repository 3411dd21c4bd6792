package dev.claimcheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claimcheck.check.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void everySettingIsReadAndPathsAreRelativeToTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), """
        db: [extra-db]
        min-severity: warning
        fail-on: none
        disable: [KRATOM_STANDARD_DOSE, supported-claim]
        severity:
          contested-claim: warning
        include: "*.md"
        exclude: [archive/**]
        inline-suppressions: false
        baseline: reviewed.json
        """);

    Config c = loader.load(file);

    assertEquals(List.of(dir.resolve("extra-db").toAbsolutePath().normalize()), c.databases());
    assertEquals(Optional.of(Severity.WARNING), c.minSeverity());
    assertEquals(Optional.of(FailLevel.NONE), c.failOn());
    assertEquals(List.of("KRATOM_STANDARD_DOSE", "supported-claim"), c.disable());
    assertEquals(Map.of("contested-claim", Severity.WARNING), c.severities());
    assertEquals(List.of("*.md"), c.include());
    assertEquals(List.of("archive/**"), c.exclude());
    assertEquals(Optional.of(false), c.inlineSuppressions());
    assertEquals(Optional.of(dir.resolve("reviewed.json").toAbsolutePath().normalize()), c.baseline());
  }

  @Test
  void unknownKeysAndBadValuesAreAllReportedWithFileLineAndColumn() throws Exception {
    Path file = Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), """
        fail-on: warnings
        disabel: [X]
        severity:
          contested-claim: severe
        inline-suppressions: maybe
        """);

    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));

    assertEquals(List.of(
        file + ":1:10: unknown fail-on level \"warnings\" (use error, warning, info or none)",
        file + ":2:1: unknown key \"disabel\" (known keys: baseline, db, disable, exclude, fail-on, include, inline-suppressions, min-severity, severity)",
        file + ":4:20: unknown severity \"severe\" (use error, warning or info)",
        file + ":5:22: inline-suppressions: expected true or false"), e.problems());
  }

  @Test
  void malformedYamlIsOneProblemWithItsLocation() throws Exception {
    Path file = Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "disable: [X\nfail-on: error\n");
    ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
    assertEquals(1, e.problems().size());
    assertEquals(true, e.problems().get(0).startsWith(file + ":"), e.problems().get(0));
  }

  @Test
  void theNearestFileUpToTheRepositoryRootIsFound() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path deep = Files.createDirectories(repo.resolve("a/b"));
    Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "fail-on: none\n"); // outside the repository

    assertEquals(Optional.empty(), loader.find(deep));

    Path inRepo = Files.writeString(repo.resolve(ConfigLoader.FILE_NAME), "");
    assertEquals(Optional.of(inRepo), loader.find(deep));
    assertEquals(Config.defaults().failOn(), loader.load(inRepo).failOn(), "an empty file is all defaults");
  }
}
