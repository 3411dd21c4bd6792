package dev.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class YamlTreeSnapshotTest {
  private static final YamlTreeReader READER = new YamlTreeReader();

  private static YamlNode parse(byte[] source, String display) {
    List<DatabaseProblem> problems = new ArrayList<>();
    YamlNode tree = ClaimDatabaseLoader.parse(READER, source, display, problems);
    assertEquals(List.of(), problems);
    return tree;
  }

  @Test
  void theBuiltSnapshotHoldsEveryEmbeddedFileAsTheParserReadsIt() throws IOException {
    YamlTreeSnapshot snapshot = YamlTreeSnapshot.embedded();
    Path dir = Path.of("claims-db");
    List<Path> files = ClaimDatabaseLoader.databaseFiles(dir);
    assertTrue(files.size() >= 5, files.toString());
    for (Path file : files) {
      String name = dir.relativize(file).toString().replace('\\', '/');
      byte[] source = Files.readAllBytes(file);
      assertEquals(Optional.of(parse(source, "claims-db/" + name)), snapshot.tree(name, source),
          name + ": rebuild (mvn process-classes) after editing claims-db");
    }
    assertEquals(files.size(), snapshot.size());
  }

  @Test
  void readsBackWhatItWroteWithLocationsInTheGivenDirectory() throws IOException {
    byte[] source = "topic: herb\nclaims:\n  - id: 'HERB_EASES'\n    claim: Herbx eases things — a lot.\n  - []\n  - {}\n"
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    YamlTreeSnapshot.write(List.of(new YamlTreeSnapshot.File("herb.yaml", source, parse(source, "anywhere"))), out);

    YamlTreeSnapshot snapshot = YamlTreeSnapshot.read(out.toByteArray(), "db");
    assertEquals(Optional.of(parse(source, "db/herb.yaml")), snapshot.tree("herb.yaml", source));
  }

  @Test
  void aFileChangedSinceTheBuildIsNotTakenFromTheSnapshot() throws IOException {
    byte[] source = "topic: herb\nclaims: []\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    YamlTreeSnapshot.write(List.of(new YamlTreeSnapshot.File("herb.yaml", source, parse(source, "db/herb.yaml"))), out);
    YamlTreeSnapshot snapshot = YamlTreeSnapshot.read(out.toByteArray(), "db");

    assertEquals(Optional.empty(), snapshot.tree("herb.yaml", "topic: herc\nclaims: []\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), snapshot.tree("herb.yaml", "topic: herb\nclaims: []\n\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Optional.empty(), snapshot.tree("other.yaml", source));
  }
}
