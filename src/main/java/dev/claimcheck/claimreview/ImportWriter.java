package dev.claimcheck.claimreview;

import dev.claimcheck.claims.DraftRow;
import dev.claimcheck.claims.DraftRowsWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an import into a new directory that is an extra database directory: {@code
 * substances/<substance>.yaml} with the draft rows of each substance (a file that {@code extends}
 * it), {@code known.tsv} comparing the reviews of claims the database already rates, and {@code
 * unmapped.tsv} with every review that became no row and why. Stateless.
 */
public final class ImportWriter {
  public static final String UNMAPPED = "unmapped.tsv";
  public static final String KNOWN = "known.tsv";

  private final DraftRowsWriter rows = new DraftRowsWriter();

  /** The files written. */
  public record Written(List<Path> drafts, Path known, Path unmapped) {}

  /** Refuses a directory that holds anything: an import never overwrites a person's review work. */
  public static void requireEmpty(Path dir) throws ClaimReviewException {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new ClaimReviewException(dir + ": not a directory");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new ClaimReviewException(dir + ": not empty; give --out a new directory (an import never overwrites drafts)");
      }
    } catch (IOException e) {
      throw new ClaimReviewException(dir + ": cannot list: " + e.getMessage());
    }
  }

  public Written write(Path dir, String source, ImportResult result) throws IOException {
    Files.createDirectories(dir);
    Map<String, List<DraftRow>> bySubstance = new LinkedHashMap<>();
    result.drafts().forEach(d -> bySubstance.computeIfAbsent(d.row().substance(), k -> new ArrayList<>()).add(d.row()));
    List<Path> drafts = new ArrayList<>();
    if (!bySubstance.isEmpty()) {
      Path substances = Files.createDirectories(dir.resolve("substances"));
      for (Map.Entry<String, List<DraftRow>> e : bySubstance.entrySet()) {
        Path file = substances.resolve(DraftRowsWriter.fileName(e.getKey()));
        Files.writeString(file, rows.write(e.getKey(), e.getValue(), List.of(
            "Draft rows for " + e.getKey() + ", imported by claimcheck db import-claimreview from " + source + ".",
            "None is reviewed: claimcheck refuses a row marked \"draft: true\" (claimcheck db validate --db DIR lists them).",
            "For each row: read the fact check and the evidence it cites, check the rating against the rubric, write",
            "the verdict in your own words, add sources you have read and a counterexample, then delete \"draft: true\".")),
            StandardCharsets.UTF_8);
        drafts.add(file);
      }
    }
    StringBuilder known = new StringBuilder("review\tclaimReviewed\trating\turl\trow\tdatabase\tfact check\tagrees\n");
    for (ImportResult.Known k : result.known()) {
      known.append(columns(k.review())).append('\t').append(k.row().id().value()).append('\t')
          .append(k.row().rating().label()).append('\t').append(k.mapped().label()).append('\t')
          .append(k.agrees() ? "yes" : "no").append('\n');
    }
    Path knownFile = Files.writeString(dir.resolve(KNOWN), known, StandardCharsets.UTF_8);
    StringBuilder unmapped = new StringBuilder("review\tclaimReviewed\trating\turl\treason\n");
    for (ImportResult.Unmapped u : result.unmapped()) {
      unmapped.append(columns(u.review())).append('\t').append(cell(u.reason())).append('\n');
    }
    Path unmappedFile = Files.writeString(dir.resolve(UNMAPPED), unmapped, StandardCharsets.UTF_8);
    return new Written(drafts, knownFile, unmappedFile);
  }

  private static String columns(FactCheck r) {
    return r.index() + "\t" + cell(r.claimReviewed().orElse("")) + "\t" + cell(r.ratingLabel()) + "\t" + cell(r.url().orElse(""));
  }

  /** A TSV cell: tabs and line breaks become spaces. */
  private static String cell(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
