package dev.claimcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {
  @TempDir Path dir;

  private void touch(String... names) throws Exception {
    for (String name : names) {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
  }

  private List<String> find(List<String> include, List<String> exclude, String... args) {
    String root = dir.toString() + File.separator;
    return new InputFinder(include, exclude).find(List.of(args)).stream()
        .map(i -> i.problem().orElse(i.displayPath()).replace(root, "")).toList();
  }

  @Test
  void directoriesAreSearchedRecursivelyInPathOrderWithTheDefaultIncludes() throws Exception {
    touch("b.md", "a.txt", "sub/c.html", "sub/deeper/d.htm", "e.markdown", "notes.docx", "img.png", ".hidden.md", ".git/x.md");

    assertEquals(List.of("a.txt", "b.md", "e.markdown", "sub/c.html", "sub/deeper/d.htm"),
        find(List.of(), List.of(), dir.toString()));
  }

  @Test
  void includeAndExcludeGlobsMatchNamesOrRelativePaths() throws Exception {
    touch("a.md", "b.txt", "archive/old.md", "drafts/new.md", "drafts/skip.md");

    assertEquals(List.of("drafts/new.md"),
        find(List.of("*.md"), List.of("archive", "drafts/skip.md", "a.md"), dir.toString()));
  }

  @Test
  void argumentsKeepTheirOrderAndFilesAreTakenWhateverTheirName() throws Exception {
    touch("z.docx", "d/a.md");

    assertEquals(List.of("z.docx", "-", "d/a.md", "missing.md"),
        find(List.of(), List.of(), dir.resolve("z.docx").toString(), "-", dir.resolve("d").toString(),
            dir.resolve("missing.md").toString()));
  }

  @Test
  void aDirectoryWithoutMatchesIsAProblemAndABadGlobAUsageError() throws Exception {
    touch("d/a.docx");
    List<String> found = find(List.of(), List.of(), dir.resolve("d").toString());
    assertEquals(1, found.size());
    assertTrue(found.get(0).endsWith("d: no files match *.md, *.markdown, *.txt, *.html, *.htm"), found.get(0));
    assertThrows(IllegalArgumentException.class, () -> new InputFinder(List.of("[a-"), List.of()));
  }
}
