package dev.claimcheck.suppress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a baseline from an earlier report: the JSON report ({@code {"files": [...]}}) or the JSON
 * Lines report (one file object per line). Only path, rule, claim id and sentence are read, so a
 * report from an older or newer claimcheck works too. Thread-safe.
 */
public final class BaselineReader {
  private final ObjectMapper mapper = new ObjectMapper();

  public Baseline read(Path file) throws BaselineException {
    Map<String, Map<Baseline.Key, Integer>> byPath = new HashMap<>();
    try (MappingIterator<JsonNode> roots = mapper.readerFor(JsonNode.class).readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      while (roots.hasNextValue()) {
        JsonNode root = roots.nextValue();
        if (root.has("files")) {
          root.get("files").forEach(f -> addFile(f, byPath));
        } else if (root.has("path")) {
          addFile(root, byPath);
        } else {
          throw new BaselineException(file + ": not a claimcheck JSON or JSON Lines report", null);
        }
      }
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", col " + e.getLocation().getColumnNr() + ")";
      throw new BaselineException(file + ": not a claimcheck JSON report" + where, e);
    } catch (NoSuchFileException e) {
      throw new BaselineException(file + ": no such file", e);
    } catch (IOException e) {
      throw new BaselineException(file + ": cannot read baseline (" + e.getMessage() + ")", e);
    }
    return new Baseline(byPath);
  }

  private static void addFile(JsonNode file, Map<String, Map<Baseline.Key, Integer>> byPath) {
    Map<Baseline.Key, Integer> keys = byPath.computeIfAbsent(Baseline.normalizePath(file.path("path").asText()), p -> new HashMap<>());
    for (JsonNode f : file.path("findings")) {
      Baseline.Key key = new Baseline.Key(f.path("rule").asText(), f.path("claim").path("id").asText(""),
          Baseline.normalize(f.path("sentence").asText()));
      keys.merge(key, 1, Integer::sum);
    }
  }
}
