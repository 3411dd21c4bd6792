package dev.claimcheck.batch;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns command-line arguments into the files of a batch. A file argument is checked as given,
 * whatever its name. A directory is searched recursively for files matching an include glob and no
 * exclude glob; hidden files and directories (names starting with a dot) and symbolic links to
 * directories are skipped. Order is stable: arguments in the order given, and inside a directory
 * by path, names compared as strings. Thread-safe.
 *
 * <p>Globs use Java's glob syntax. A glob without a slash matches a file's (or directory's) name
 * anywhere ({@code *.md}, {@code drafts}); a glob with a slash matches the path relative to the
 * directory given ({@code archive/**}, {@code 2024/*.html}). An excluded directory is not entered.
 */
public final class InputFinder {
  /** The files a directory search checks when no include glob is given. */
  public static final List<String> DEFAULT_INCLUDES = List.of("*.md", "*.markdown", "*.txt", "*.html", "*.htm");

  private final List<Glob> includes;
  private final List<Glob> excludes;

  /** A compiled glob and whether it names a relative path (has a slash) or a single name. */
  private record Glob(String text, PathMatcher matcher, boolean wholePath) {
    boolean matches(Path relative) {
      Path name = relative.getFileName();
      return wholePath ? matcher.matches(relative) : name != null && matcher.matches(name);
    }
  }

  /**
   * @throws IllegalArgumentException with a one-line message for a malformed glob
   */
  public InputFinder(List<String> includes, List<String> excludes) {
    FileSystem fs = FileSystems.getDefault();
    this.includes = compile(fs, includes.isEmpty() ? DEFAULT_INCLUDES : includes);
    this.excludes = compile(fs, excludes);
  }

  private static List<Glob> compile(FileSystem fs, List<String> globs) {
    List<Glob> out = new ArrayList<>();
    for (String g : globs) {
      try {
        out.add(new Glob(g, fs.getPathMatcher("glob:" + g), g.contains("/")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad glob \"" + g + "\": " + e.getMessage().lines().findFirst().orElse(""), e);
      }
    }
    return List.copyOf(out);
  }

  /** The inputs named by {@code args} ({@code -} is standard input), in report order. */
  public List<BatchInput> find(List<String> args) {
    List<BatchInput> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        inputs.add(new BatchInput("-", Optional.empty(), Optional.empty()));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        // A name the JVM's charset cannot encode (Java under LANG=C); the launcher sets UTF-8.
        inputs.add(new BatchInput(arg, Optional.empty(),
            Optional.of(arg + ": not a usable file name here (run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8)")));
        continue;
      }
      if (!Files.isDirectory(path)) {
        // Missing and unreadable files are the reader's to report, in their place in the batch.
        inputs.add(new BatchInput(arg, Optional.of(path), Optional.empty()));
        continue;
      }
      int before = inputs.size();
      List<String> problems = new ArrayList<>();
      walk(arg, path, path, inputs, problems);
      for (String problem : problems) {
        inputs.add(new BatchInput(arg, Optional.empty(), Optional.of(problem)));
      }
      if (inputs.size() == before) {
        inputs.add(new BatchInput(arg, Optional.empty(), Optional.of(arg + ": no files match " + describeIncludes())));
      }
    }
    return inputs;
  }

  private void walk(String arg, Path root, Path dir, List<BatchInput> out, List<String> problems) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException | SecurityException e) {
      problems.add(display(arg, root, dir) + ": cannot list directory (" + e.getClass().getSimpleName() + ")");
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      Path relative = root.relativize(entry);
      if (name.startsWith(".") || excludes.stream().anyMatch(g -> g.matches(relative))) {
        continue;
      }
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(arg, root, entry, out, problems);
      } else if (Files.isRegularFile(entry) && includes.stream().anyMatch(g -> g.matches(relative))) {
        out.add(new BatchInput(display(arg, root, entry), Optional.of(entry), Optional.empty()));
      }
    }
  }

  /** The directory argument as the user typed it, joined with the path inside it. */
  private static String display(String arg, Path root, Path entry) {
    String inside = root.relativize(entry).toString();
    if (inside.isEmpty()) {
      return arg;
    }
    return arg.endsWith("/") || arg.endsWith(File.separator) ? arg + inside : arg + File.separator + inside;
  }

  private String describeIncludes() {
    return String.join(", ", includes.stream().map(Glob::text).toList());
  }
}
