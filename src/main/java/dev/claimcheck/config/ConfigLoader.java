package dev.claimcheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claimcheck.check.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code .claimcheck.yaml}. Unknown keys and wrong values are errors with
 * file:line:col, all of them reported at once, because a typo that silently switches a setting off
 * is worse than a failed run. Thread-safe.
 */
public final class ConfigLoader {
  /** The name of the configuration file. */
  public static final String FILE_NAME = ".claimcheck.yaml";

  private static final Set<String> KEYS = Set.of("db", "min-severity", "fail-on", "disable", "severity",
      "include", "exclude", "inline-suppressions", "baseline");

  private final YAMLFactory yaml = new YAMLFactory();

  /**
   * The configuration file that applies in {@code dir}: the nearest {@value #FILE_NAME} in it or a
   * parent directory. The search stops at the root of a repository (a directory with {@code .git})
   * so that a checkout never picks up a stray file from outside it.
   */
  public Optional<Path> find(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(d.resolve(".git"))) {
        break;
      }
    }
    return Optional.empty();
  }

  public Config load(Path file) throws ConfigException {
    Parse p = new Parse(file);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         JsonParser parser = yaml.createParser(reader)) {
      p.document(parser);
    } catch (JsonProcessingException e) {
      p.problem(e.getLocation(), "malformed YAML: " + firstLine(e.getOriginalMessage()));
    } catch (NoSuchFileException e) {
      throw new ConfigException(List.of(file + ": no such file"));
    } catch (IOException e) {
      throw new ConfigException(List.of(file + ": cannot read (" + firstLine(e.getMessage()) + ")"));
    }
    if (!p.problems.isEmpty()) {
      throw new ConfigException(p.problems);
    }
    return p.config();
  }

  /** One file being read: its values so far and its problems. Not thread-safe. */
  private static final class Parse {
    final Path file;
    final Path dir;
    final List<String> problems = new ArrayList<>();
    final List<Path> databases = new ArrayList<>();
    Optional<Severity> minSeverity = Optional.empty();
    Optional<FailLevel> failOn = Optional.empty();
    final List<String> disable = new ArrayList<>();
    final Map<String, Severity> severities = new LinkedHashMap<>();
    final List<String> include = new ArrayList<>();
    final List<String> exclude = new ArrayList<>();
    Optional<Boolean> inlineSuppressions = Optional.empty();
    Optional<Path> baseline = Optional.empty();

    Parse(Path file) {
      this.file = file;
      Path parent = file.toAbsolutePath().getParent();
      this.dir = parent == null ? Path.of("") : parent;
    }

    Config config() {
      return new Config(Optional.of(file), databases, minSeverity, failOn, disable, severities, include, exclude,
          inlineSuppressions, baseline);
    }

    void document(JsonParser p) throws IOException {
      JsonToken first = p.nextToken();
      if (first == null) {
        return; // an empty file: all defaults
      }
      if (first != JsonToken.START_OBJECT) {
        problem(p.currentTokenLocation(), "expected a mapping of settings (key: value)");
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation keyAt = p.currentTokenLocation();
        p.nextToken();
        if (!KEYS.contains(key)) {
          problem(keyAt, "unknown key \"" + key + "\" (known keys: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
          p.skipChildren();
          continue;
        }
        value(key, p);
      }
    }

    private void value(String key, JsonParser p) throws IOException {
      switch (key) {
        case "db" -> strings(p, key).forEach(s -> databases.add(dir.resolve(s).normalize()));
        case "min-severity" -> severity(p).ifPresent(s -> minSeverity = Optional.of(s));
        case "fail-on" -> failLevel(p).ifPresent(f -> failOn = Optional.of(f));
        case "disable" -> disable.addAll(strings(p, key));
        case "severity" -> severities(p);
        case "include" -> include.addAll(strings(p, key));
        case "exclude" -> exclude.addAll(strings(p, key));
        case "inline-suppressions" -> bool(p, key).ifPresent(b -> inlineSuppressions = Optional.of(b));
        case "baseline" -> scalar(p, key).ifPresent(s -> baseline = Optional.of(dir.resolve(s).normalize()));
        default -> throw new IllegalStateException("key without a reader: " + key);
      }
    }

    /** A list of strings, or a single string taken as a list of one. */
    private List<String> strings(JsonParser p, String key) throws IOException {
      List<String> out = new ArrayList<>();
      if (p.currentToken() == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (p.currentToken().isScalarValue() && !p.getText().isBlank()) {
            out.add(p.getText().strip());
          } else {
            problem(p.currentTokenLocation(), key + ": expected a list of names");
            p.skipChildren();
          }
        }
      } else {
        scalar(p, key).ifPresent(out::add);
      }
      return out;
    }

    private Optional<String> scalar(JsonParser p, String key) throws IOException {
      if (p.currentToken().isScalarValue() && p.currentToken() != JsonToken.VALUE_NULL && !p.getText().isBlank()) {
        return Optional.of(p.getText().strip());
      }
      problem(p.currentTokenLocation(), key + ": expected a value");
      p.skipChildren();
      return Optional.empty();
    }

    private Optional<Boolean> bool(JsonParser p, String key) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
        return Optional.of(p.getBooleanValue());
      }
      problem(p.currentTokenLocation(), key + ": expected true or false");
      p.skipChildren();
      return Optional.empty();
    }

    private Optional<Severity> severity(JsonParser p) throws IOException {
      JsonLocation at = p.currentTokenLocation();
      Optional<String> text = scalar(p, "severity");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      for (Severity s : Severity.values()) {
        if (s.label().equals(text.get().toLowerCase(Locale.ROOT))) {
          return Optional.of(s);
        }
      }
      problem(at, "unknown severity \"" + text.get() + "\" (use error, warning or info)");
      return Optional.empty();
    }

    private Optional<FailLevel> failLevel(JsonParser p) throws IOException {
      JsonLocation at = p.currentTokenLocation();
      Optional<String> text = scalar(p, "fail-on");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      for (FailLevel f : FailLevel.values()) {
        if (f.label().equals(text.get().toLowerCase(Locale.ROOT))) {
          return Optional.of(f);
        }
      }
      problem(at, "unknown fail-on level \"" + text.get() + "\" (use error, warning, info or none)");
      return Optional.empty();
    }

    private void severities(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        problem(p.currentTokenLocation(), "severity: expected a mapping of claim or rule ids to error, warning or info");
        p.skipChildren();
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String id = p.currentName();
        p.nextToken();
        severity(p).ifPresent(s -> severities.put(id, s));
      }
    }

    void problem(JsonLocation at, String message) {
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int col = at == null ? 1 : Math.max(1, at.getColumnNr());
      problems.add(file + ":" + line + ":" + col + ": " + message);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
