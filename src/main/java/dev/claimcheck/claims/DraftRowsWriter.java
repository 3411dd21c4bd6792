package dev.claimcheck.claims;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes draft rows as a registry file that {@code extends} a substance defined elsewhere
 * (docs/registry-format.md), so that a directory of drafts is an extra database directory: {@code
 * claimcheck db validate --db DIR} lists every draft until a person has reviewed it and removed its
 * {@code draft: true}. Stateless.
 */
public final class DraftRowsWriter {
  private final YAMLFactory yaml = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLGenerator.Feature.SPLIT_LINES) // long lines folded with backslashes are hard to edit
      .build();

  /** The file name for a substance's drafts: its id in lower case with dashes, as the registry names files. */
  public static String fileName(String substance) {
    return substance.toLowerCase(Locale.ROOT).replace('_', '-') + ".yaml";
  }

  /** The registry file adding {@code rows} (all of one substance) to {@code substance}, with {@code header} as comments. */
  public String write(String substance, List<DraftRow> rows, List<String> header) {
    StringWriter out = new StringWriter();
    for (String line : header) {
      out.append("# ").append(line.replace('\n', ' ').replace('\r', ' ')).append('\n');
    }
    try (JsonGenerator g = yaml.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("extends", substance);
      g.writeArrayFieldStart("rows");
      for (DraftRow r : rows) {
        if (!r.substance().equals(substance)) {
          throw new IllegalArgumentException("row of " + r.substance() + " in the file of " + substance);
        }
        writeRow(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeRow(JsonGenerator g, DraftRow r) throws IOException {
    g.writeStartObject();
    g.writeStringField("relation", r.relation().label());
    if (r.outcome().isPresent()) {
      g.writeStringField("outcome", r.outcome().get());
    }
    // A line of its own, never the first of the item, so that a reviewer deletes it and nothing else.
    g.writeBooleanField("draft", true);
    g.writeStringField("rating", r.rating().label());
    g.writeStringField("verdict", r.verdict());
    g.writeArrayFieldStart("sources");
    for (Source s : r.sources()) {
      g.writeStartObject();
      g.writeStringField("title", s.title());
      g.writeStringField("url", s.url());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("examples");
    for (String e : r.examples()) {
      g.writeString(e);
    }
    g.writeEndArray();
    g.writeStringField("note", r.note());
    g.writeEndObject();
  }
}
