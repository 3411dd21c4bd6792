package dev.claimcheck.claims;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document into a {@link YamlNode} tree with locations, with limits that keep a
 * hostile file from exhausting memory or time. Thread-safe.
 *
 * <p>What each limit rests on, as tested with jackson-dataformat-yaml 2.18 (see
 * HostileDatabaseTest): the size limit is SnakeYAML's code point limit, which its reader enforces;
 * the depth limit is Jackson's {@link StreamReadConstraints}, which the YAML parser enforces. Two
 * limits that look relevant are not: Jackson reads YAML as a stream of events and never composes
 * nodes, so SnakeYAML's alias and nesting limits for collections are never consulted, and it does
 * not expand aliases either: {@code *name} arrives as the text "name". So this reader refuses
 * aliases itself (a billion-laughs file fails on its first alias) and checks the length of each
 * text itself, since the YAML parser does not apply {@code maxStringLength}.
 */
final class YamlTreeReader {
  /** Database files are small hand-edited texts; anything bigger is a mistake or an attack. */
  static final int MAX_FILE_CODE_POINTS = 4 * 1024 * 1024;

  /** Deeper than any database file needs (they nest four or five levels). */
  static final int MAX_DEPTH = 40;

  /** The longest single text; verdicts and notes are a few hundred chars. */
  static final int MAX_TEXT_CHARS = 50_000;

  private final YAMLFactory factory;

  YamlTreeReader() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_FILE_CODE_POINTS);
    this.factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
  }

  /**
   * Parses {@code reader}; a malformed document becomes a single {@link DatabaseProblem} in {@code
   * problems} and the result is null.
   */
  YamlNode read(String file, Reader reader, List<DatabaseProblem> problems) {
    try (JsonParser parser = factory.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Mapping(Map.of(), Map.of(), new Location(file, 1, 1));
      }
      return readValue(file, parser, problems);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(
          new DatabaseProblem(
              new Location(file, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr())),
              "malformed YAML: " + firstLine(e.getOriginalMessage()).replaceFirst(" \\(\\d+, from `[^`]*`\\)", " (" + MAX_DEPTH + ")")));
      return null;
    } catch (IOException | RuntimeException e) {
      problems.add(new DatabaseProblem(new Location(file, 1, 1), "cannot read YAML: " + firstLine(String.valueOf(e.getMessage()))));
      return null;
    }
  }

  private YamlNode readValue(String file, JsonParser parser, List<DatabaseProblem> problems) throws IOException {
    Location at = location(file, parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Location keyAt = location(file, parser.currentTokenLocation());
          parser.nextToken();
          YamlNode value = readValue(file, parser, problems);
          if (entries.containsKey(key)) {
            problems.add(new DatabaseProblem(keyAt, "duplicate key \"" + key + "\""));
          }
          entries.put(key, value);
          keys.put(key, keyAt);
        }
        return new YamlNode.Mapping(entries, keys, at);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(file, parser, problems));
        }
        return new YamlNode.Sequence(items, at);
      }
      case VALUE_NULL -> {
        return new YamlNode.Scalar("", false, at);
      }
      default -> {
        String text = parser.getText();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          problems.add(new DatabaseProblem(at, "YAML alias *" + text + " is not supported: write the value out"));
          return new YamlNode.Scalar("", false, at);
        }
        if (text.length() > MAX_TEXT_CHARS) {
          problems.add(new DatabaseProblem(at, "text of " + text.length() + " chars is longer than the limit of " + MAX_TEXT_CHARS));
          return new YamlNode.Scalar("", false, at);
        }
        return new YamlNode.Scalar(text, token == JsonToken.VALUE_STRING, at);
      }
    }
  }

  private static Location location(String file, JsonLocation at) {
    return new Location(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
