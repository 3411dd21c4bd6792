package dev.claimcheck.claims;

import dev.claimcheck.lexicon.Cue;
import dev.claimcheck.lexicon.CueLexicon;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads claims-db directories (the one embedded in the jar and any given with {@code --db}) into a
 * {@link ClaimDatabase}. Every problem in every file is collected and reported together, each with
 * file, line and column. Thread-safe.
 */
public final class ClaimDatabaseLoader {
  static final String EMBEDDED = "claims-db";
  static final String CONCEPTS_FILE = "concepts.yaml";
  /** cues.yaml, and any file named like overstatement-cues.yaml. */
  static final String CUES_FILE = "cues.yaml";
  static final String SUBSTANCES_FILE = "substances.yaml";

  private final YamlTreeReader yaml = new YamlTreeReader();

  /** Loads the embedded database plus {@code extraDirs}, in that order. */
  public ClaimDatabase load(List<Path> extraDirs) throws ClaimDatabaseException {
    List<DatabaseProblem> problems = new ArrayList<>();
    Contents contents = new Contents();
    readEmbedded(contents, problems);
    for (Path dir : extraDirs) {
      readDirectory(dir, dir.toString(), contents, problems);
    }
    return build(contents, problems);
  }

  /**
   * Loads {@code base} in place of the embedded database, plus {@code extraDirs}: for editing a
   * database directory ({@code claimcheck db validate claims-db}).
   */
  public ClaimDatabase load(Path base, List<Path> extraDirs) throws ClaimDatabaseException {
    List<DatabaseProblem> problems = new ArrayList<>();
    Contents contents = new Contents();
    readDirectory(base, base.toString(), contents, problems);
    for (Path dir : extraDirs) {
      readDirectory(dir, dir.toString(), contents, problems);
    }
    return build(contents, problems);
  }

  /** Everything read so far, before cross-file validation. */
  private static final class Contents {
    final List<Topic> topics = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<Concept> concepts = new ArrayList<>();
    final List<Cue> cues = new ArrayList<>();
    final List<Substance> substances = new ArrayList<>();
    final List<SubstanceClass> substanceClasses = new ArrayList<>();
  }

  private void readEmbedded(Contents contents, List<DatabaseProblem> problems) {
    URL url = ClaimDatabaseLoader.class.getResource("/" + EMBEDDED + "/" + CONCEPTS_FILE);
    if (url == null) {
      problems.add(new DatabaseProblem(new Location(EMBEDDED, 1, 1), "the embedded database is missing from the jar"));
      return;
    }
    try {
      URI dirUri = new URI(url.toString().substring(0, url.toString().length() - CONCEPTS_FILE.length()));
      if ("jar".equals(dirUri.getScheme())) {
        FileSystem fs = jarFileSystem(dirUri);
        readDirectory(fs.getPath("/" + EMBEDDED), EMBEDDED, contents, problems);
      } else {
        readDirectory(Path.of(dirUri), EMBEDDED, contents, problems);
      }
    } catch (URISyntaxException | IOException e) {
      problems.add(new DatabaseProblem(new Location(EMBEDDED, 1, 1), "cannot open the embedded database: " + e.getMessage()));
    }
  }

  private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }

  private void readDirectory(Path dir, String displayDir, Contents contents, List<DatabaseProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(new DatabaseProblem(new Location(displayDir, 1, 1), Files.exists(dir) ? "not a directory" : "no such directory"));
      return;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> name(p).endsWith(".yaml") || name(p).endsWith(".yml")).sorted().toList();
    } catch (IOException e) {
      problems.add(new DatabaseProblem(new Location(displayDir, 1, 1), "cannot list directory: " + e.getMessage()));
      return;
    }
    FieldReader fields = new FieldReader(problems);
    for (Path file : files) {
      String display = displayDir + "/" + name(file);
      YamlNode root = parse(file, display, problems);
      if (root == null) {
        continue;
      }
      String name = name(file);
      if (name.equals(CONCEPTS_FILE)) {
        contents.concepts.addAll(new ConceptFileReader(fields).read(root));
      } else if (name.equals(CUES_FILE) || name.endsWith("-" + CUES_FILE)) {
        contents.cues.addAll(new CueFileReader(fields).read(root));
      } else if (name.equals(SUBSTANCES_FILE)) {
        SubstanceFileReader.Result result = new SubstanceFileReader(fields).read(root);
        contents.substanceClasses.addAll(result.classes());
        contents.substances.addAll(result.substances());
      } else {
        TopicFileReader.Result result = new TopicFileReader(fields).read(root);
        if (result != null) {
          contents.topics.add(result.topic());
          contents.claims.addAll(result.claims());
        }
      }
    }
  }

  private YamlNode parse(Path file, String display, List<DatabaseProblem> problems) {
    try {
      if (Files.size(file) > YamlTreeReader.MAX_FILE_CODE_POINTS) {
        problems.add(new DatabaseProblem(new Location(display, 1, 1), "file is larger than " + (YamlTreeReader.MAX_FILE_CODE_POINTS / (1024 * 1024)) + " MB"));
        return null;
      }
      var decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      String text = decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      try (Reader reader = new java.io.StringReader(text)) {
        return yaml.read(display, reader, problems);
      }
    } catch (NoSuchFileException e) {
      problems.add(new DatabaseProblem(new Location(display, 1, 1), "no such file"));
    } catch (CharacterCodingException e) {
      problems.add(new DatabaseProblem(new Location(display, 1, 1), "not valid UTF-8"));
    } catch (IOException e) {
      problems.add(new DatabaseProblem(new Location(display, 1, 1), "cannot read: " + e.getMessage()));
    }
    return null;
  }

  private static String name(Path p) {
    Path n = p.getFileName();
    return n == null ? "" : n.toString();
  }

  /** Cross-file checks, then the immutable database or every problem found. */
  private static ClaimDatabase build(Contents contents, List<DatabaseProblem> problems) throws ClaimDatabaseException {
    Map<String, Concept> concepts = mergeConcepts(contents.concepts);
    Map<ClaimId, Claim> seen = new LinkedHashMap<>();
    for (Claim claim : contents.claims) {
      Claim earlier = seen.putIfAbsent(claim.id(), claim);
      if (earlier != null) {
        problems.add(new DatabaseProblem(claim.location(), "duplicate claim id " + claim.id() + " (first defined at " + earlier.location() + ")"));
      }
      for (String concept : claim.match().concepts()) {
        if (!concepts.containsKey(concept)) {
          problems.add(new DatabaseProblem(claim.location(), "claim " + claim.id() + ": unknown concept " + concept + " in match"));
        }
      }
    }
    for (Topic topic : contents.topics) {
      Concept subject = concepts.get(topic.subject());
      if (!topic.subject().isEmpty() && subject == null) {
        problems.add(new DatabaseProblem(topic.location(), "topic " + topic.name() + ": unknown subject concept " + topic.subject()));
      }
    }
    SubstanceFileReader.crossCheck(contents.substances, contents.substanceClasses, concepts.keySet(), problems);
    if (!problems.isEmpty()) {
      throw new ClaimDatabaseException(problems);
    }
    return new ClaimDatabase(contents.topics, new ArrayList<>(seen.values()), concepts, new CueLexicon(contents.cues),
        contents.substances, contents.substanceClasses);
  }

  /** A concept defined in several directories gets the union of its terms, so --db can extend it. */
  private static Map<String, Concept> mergeConcepts(List<Concept> all) {
    Map<String, Concept> merged = new LinkedHashMap<>();
    for (Concept c : all) {
      merged.merge(c.id(), c, (a, b) -> new Concept(a.id(), union(a.terms(), b.terms()), union(a.references(), b.references()), a.location()));
    }
    return merged;
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> set = new LinkedHashSet<>(a);
    set.addAll(b);
    return List.copyOf(set);
  }
}
