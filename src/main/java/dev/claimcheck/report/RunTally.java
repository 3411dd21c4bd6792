package dev.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Totals of a run, collected file by file as the report streams: counts per severity and verdict,
 * and one small row per file for the moderator summary (no findings, no text). Not thread-safe:
 * one per report.
 */
final class RunTally {
  /** One file of the summary, in input order ({@code index}). */
  record Row(int index, String path, Verdict verdict, FileCounts counts, int suppressed, long risk) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
  private FileCounts totals = FileCounts.ZERO;
  private int suppressed;

  /** Adds a file and returns its row. */
  Row add(FileResult r) {
    Row row = new Row(rows.size(), r.path(), r.verdict(), r.counts(), r.suppressed(), Verdict.risk(r));
    rows.add(row);
    verdicts.merge(row.verdict(), 1, Integer::sum);
    totals = totals.plus(row.counts());
    suppressed += r.suppressed();
    return row;
  }

  int files() {
    return rows.size();
  }

  int checked() {
    return rows.size() - count(Verdict.UNREADABLE);
  }

  int count(Verdict v) {
    return verdicts.getOrDefault(v, 0);
  }

  FileCounts totals() {
    return totals;
  }

  int suppressed() {
    return suppressed;
  }

  /** Files in input order. */
  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Files by risk, highest first; ties keep input order. */
  List<Row> ranked() {
    List<Row> ranked = new ArrayList<>(rows);
    ranked.sort(Comparator.comparingLong(Row::risk).reversed().thenComparingInt(Row::index));
    return ranked;
  }

  /** "3 files: 1 reject, 1 revise, 1 pass" (unreadable ones only when there are some). */
  String describeVerdicts() {
    StringBuilder sb = new StringBuilder();
    sb.append(files()).append(files() == 1 ? " file: " : " files: ");
    sb.append(count(Verdict.REJECT)).append(" reject, ").append(count(Verdict.REVISE)).append(" revise, ")
        .append(count(Verdict.PASS)).append(" pass");
    if (count(Verdict.UNREADABLE) > 0) {
      sb.append(", ").append(count(Verdict.UNREADABLE)).append(" unreadable");
    }
    return sb.toString();
  }
}
