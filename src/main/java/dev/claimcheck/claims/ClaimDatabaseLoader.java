package dev.claimcheck.claims;

import dev.claimcheck.lexicon.Cue;
import dev.claimcheck.lexicon.CueLexicon;
import java.io.IOException;
import java.io.Reader;
import java.io.InputStream;
import java.io.StringReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
  /** The registry: one file per substance with its dose facts and evidence rows. */
  static final String REGISTRY_DIR = "substances";
  /** outcomes.yaml, and any file in outcomes/. */
  static final String OUTCOMES_FILE = "outcomes.yaml";
  static final String OUTCOMES_DIR = "outcomes";
  /** The subdirectories read besides the top level; any other is ignored. */
  static final List<String> SUBDIRECTORIES = List.of(REGISTRY_DIR, OUTCOMES_DIR);

  /** Made on first use: a start that reads only the embedded snapshot never needs a YAML parser. */
  private static final class Yaml {
    static final YamlTreeReader READER = new YamlTreeReader();
  }

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
    final List<Outcome> outcomes = new ArrayList<>();
    final List<OutcomeFileReader.Opposites> opposites = new ArrayList<>();
    final List<Map.Entry<String, SubstanceFileReader.RowDraft>> rows = new ArrayList<>();
    final Set<String> registrySubstances = new LinkedHashSet<>();
  }

  private void readEmbedded(Contents contents, List<DatabaseProblem> problems) {
    URL url = ClaimDatabaseLoader.class.getResource("/" + EMBEDDED + "/" + CONCEPTS_FILE);
    if (url == null) {
      problems.add(new DatabaseProblem(new Location(EMBEDDED, 1, 1), "the embedded database is missing from the jar"));
      return;
    }
    try {
      if ("jar".equals(url.getProtocol())) {
        readJarDirectory(url, contents, problems);
      } else {
        Path concepts = Path.of(url.toURI());
        readDirectory(concepts.getParent(), EMBEDDED, YamlTreeSnapshot.embedded(), contents, problems);
      }
    } catch (URISyntaxException | IOException e) {
      problems.add(new DatabaseProblem(new Location(EMBEDDED, 1, 1), "cannot open the embedded database: " + e.getMessage()));
    }
  }

  /**
   * Reads the embedded directory straight from the jar that holds {@code anyFile}. The JDK has that
   * jar's index already (classes are loaded from it); a zip file system would build a second one,
   * which cost a tenth of a cold start.
   */
  private void readJarDirectory(URL anyFile, Contents contents, List<DatabaseProblem> problems) throws IOException {
    JarURLConnection connection = (JarURLConnection) anyFile.openConnection();
    connection.setUseCaches(false); // a JarFile of our own, which we may close
    try (JarFile jar = connection.getJarFile()) {
      String prefix = EMBEDDED + "/";
      List<JarEntry> files = jar.stream()
          .filter(e -> e.getName().startsWith(prefix) && isYaml(e.getName()) && isDatabaseFile(e.getName().substring(prefix.length())))
          .sorted(Comparator.comparing(JarEntry::getName))
          .toList();
      FieldReader fields = new FieldReader(problems);
      YamlTreeSnapshot snapshot = YamlTreeSnapshot.embedded();
      for (JarEntry file : files) {
        String name = file.getName().substring(prefix.length());
        try (InputStream in = jar.getInputStream(file)) {
          readFile(name, EMBEDDED + "/" + name, in.readAllBytes(), snapshot, fields, contents, problems);
        }
      }
    }
  }

  private void readDirectory(Path dir, String displayDir, Contents contents, List<DatabaseProblem> problems) {
    readDirectory(dir, displayDir, YamlTreeSnapshot.EMPTY, contents, problems);
  }

  private void readDirectory(Path dir, String displayDir, YamlTreeSnapshot snapshot, Contents contents,
      List<DatabaseProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(new DatabaseProblem(new Location(displayDir, 1, 1), Files.exists(dir) ? "not a directory" : "no such directory"));
      return;
    }
    List<Path> files;
    try {
      files = databaseFiles(dir);
    } catch (IOException e) {
      problems.add(new DatabaseProblem(new Location(displayDir, 1, 1), "cannot list directory: " + e.getMessage()));
      return;
    }
    FieldReader fields = new FieldReader(problems);
    for (Path file : files) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      String display = displayDir + "/" + relative;
      try {
        if (Files.size(file) > YamlTreeReader.MAX_FILE_CODE_POINTS) {
          problems.add(new DatabaseProblem(new Location(display, 1, 1), "file is larger than " + (YamlTreeReader.MAX_FILE_CODE_POINTS / (1024 * 1024)) + " MB"));
          continue;
        }
        readFile(relative, display, Files.readAllBytes(file), snapshot, fields, contents, problems);
      } catch (NoSuchFileException e) {
        problems.add(new DatabaseProblem(new Location(display, 1, 1), "no such file"));
      } catch (IOException e) {
        problems.add(new DatabaseProblem(new Location(display, 1, 1), "cannot read: " + e.getMessage()));
      }
    }
  }

  /**
   * Parses one file (or takes its tree from {@code snapshot}) and adds what it defines; which kind
   * of file it is follows from its name.
   */
  private void readFile(String name, String display, byte[] bytes, YamlTreeSnapshot snapshot, FieldReader fields,
      Contents contents, List<DatabaseProblem> problems) {
    YamlNode root = snapshot.tree(name, bytes).orElseGet(() -> parse(Yaml.READER, bytes, display, problems));
    if (root == null) {
      return;
    }
    if (name.startsWith(REGISTRY_DIR + "/")) {
      SubstanceFileReader.RegistryResult result = new SubstanceFileReader(fields).readRegistry(root);
      result.substance().ifPresent(s -> {
        contents.substances.add(s);
        contents.registrySubstances.add(s.id());
        result.rows().forEach(r -> contents.rows.add(Map.entry(s.id(), r)));
      });
      result.extended().ifPresent(id -> result.rows().forEach(r -> contents.rows.add(Map.entry(id, r))));
    } else if (name.equals(OUTCOMES_FILE) || name.startsWith(OUTCOMES_DIR + "/")) {
      OutcomeFileReader.Result result = new OutcomeFileReader(fields).read(root);
      contents.outcomes.addAll(result.outcomes());
      contents.opposites.addAll(result.opposites());
    } else if (name.equals(CONCEPTS_FILE)) {
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

  /** The tree of a YAML file, or null with the reason in {@code problems}. */
  static YamlNode parse(YamlTreeReader yaml, byte[] bytes, String display, List<DatabaseProblem> problems) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      try (Reader reader = new StringReader(text)) {
        return yaml.read(display, reader, problems);
      }
    } catch (CharacterCodingException e) {
      problems.add(new DatabaseProblem(new Location(display, 1, 1), "not valid UTF-8"));
    } catch (IOException e) {
      problems.add(new DatabaseProblem(new Location(display, 1, 1), "cannot read: " + e.getMessage()));
    }
    return null;
  }

  /**
   * The YAML files of a database directory, top level first, then those of {@link #SUBDIRECTORIES},
   * each in name order.
   */
  static List<Path> databaseFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      files.addAll(list.filter(p -> isYaml(name(p)) && Files.isRegularFile(p)).sorted().toList());
    }
    for (String sub : SUBDIRECTORIES) {
      Path d = dir.resolve(sub);
      if (Files.isDirectory(d)) {
        try (Stream<Path> list = Files.list(d)) {
          files.addAll(list.filter(p -> isYaml(name(p))).sorted().toList());
        }
      }
    }
    return files;
  }

  /** Whether a path inside a database directory ("concepts.yaml", "substances/zinc.yaml") is read. */
  static boolean isDatabaseFile(String relative) {
    int slash = relative.indexOf('/');
    return slash < 0 || relative.indexOf('/', slash + 1) < 0 && SUBDIRECTORIES.contains(relative.substring(0, slash));
  }

  static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
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
    Outcomes outcomes = RegistryCheck.outcomes(contents.outcomes, contents.opposites, problems);
    List<EvidenceRow> rows = RegistryCheck.rows(contents.rows, contents.substances, outcomes, problems);
    RegistryCheck.names(contents.substances, problems);
    RegistryCheck.reached(outcomes, rows, problems);
    if (!problems.isEmpty()) {
      throw new ClaimDatabaseException(problems);
    }
    return new ClaimDatabase(contents.topics, new ArrayList<>(seen.values()), concepts, new CueLexicon(contents.cues),
        contents.substances, contents.substanceClasses, outcomes, rows, RegistryCheck.doseClaims(contents.substances));
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
