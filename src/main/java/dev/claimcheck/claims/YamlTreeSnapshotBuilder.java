package dev.claimcheck.claims;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the {@link YamlTreeSnapshot} of a database directory. The build runs it on the embedded
 * database after compiling ({@code pom.xml}, exec-maven-plugin):
 * {@code YamlTreeSnapshotBuilder DATABASE_DIR SNAPSHOT_FILE}. A file that does not parse cleanly is
 * left out, so that a start parses it and reports its problems as always.
 */
public final class YamlTreeSnapshotBuilder {
  private YamlTreeSnapshotBuilder() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: YamlTreeSnapshotBuilder DATABASE_DIR SNAPSHOT_FILE");
    }
    Path dir = Path.of(args[0]);
    List<Path> yamlFiles;
    yamlFiles = ClaimDatabaseLoader.databaseFiles(dir);
    YamlTreeReader reader = new YamlTreeReader();
    List<YamlTreeSnapshot.File> files = new ArrayList<>();
    for (Path file : yamlFiles) {
      String name = dir.relativize(file).toString().replace('\\', '/');
      byte[] source = Files.readAllBytes(file);
      List<DatabaseProblem> problems = new ArrayList<>();
      YamlNode tree = ClaimDatabaseLoader.parse(reader, source, ClaimDatabaseLoader.EMBEDDED + "/" + name, problems);
      if (tree != null && problems.isEmpty()) {
        files.add(new YamlTreeSnapshot.File(name, source, tree));
      }
    }
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      YamlTreeSnapshot.write(files, out);
    }
  }
}
